package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Finds the batches a later clause of the sentence adds to a tally: "Divers recovered 17 bodies,
 * raising the toll to 232", "the bodies of 25 hostages, which raised the number killed to 48". The
 * batch is an increment of the tally, which alone is the standing figure; read after the whole
 * sentence, since the tally comes after the batch. Pure logic on one sentence's findings.
 */
final class Batches {

    private static final Set<String> RAISING = WordClasses.get("tally-raising-verbs");

    private Batches() {
    }

    /**
     * The current counts that a later figure of the same count type, brought in by a raising verb,
     * totals. A total itself ("a total of 5,714") and a place's own count ("5,714 died in Syria,
     * taking the total to ...", which {@code placeBetween} tells) stay current.
     */
    static List<Finding> addedToALaterTally(List<Lexeme> lx, List<Finding> findings, BiPredicate<Integer, Integer> placeBetween) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!isCurrentCount(f) || isTotal(lx, f)) continue;
            for (int j = i + 1; j < findings.size(); j++) {
                Finding g = findings.get(j);
                int verb = g.countType != null && g.countType.equals(f.countType) && isCurrentCount(g) ? raisingBetween(lx, f.end, g.qStart) : -1;
                if (verb > 0 && !placeBetween.test(f.end, verb)) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isCurrentCount(Finding f) {
        return f.claim && f.kind == ClaimKind.COUNT && f.role == ClaimRole.CURRENT && f.countType != null
                && !"other".equals(f.countType);
    }

    /** "a total of 5,714", "the toll of 40": the figure is a tally of its own. */
    private static boolean isTotal(List<Lexeme> lx, Finding f) {
        if (f.reason != null && (f.reason.startsWith("tally") || f.reason.startsWith("after '"))) return true;
        for (int k = f.qStart - 1; k >= Math.max(0, f.qStart - 3); k--) {
            if (lx.get(k).is("total")) return true;
        }
        return false;
    }

    /** ", raising the toll to", ", bringing to 42", "which raised the number killed to": where a clause that totals what came before starts, or -1. */
    private static int raisingBetween(List<Lexeme> lx, int from, int to) {
        for (int k = Math.max(from, 1); k < to; k++) {
            if (!RAISING.contains(lx.get(k).lower())) continue;
            Lexeme b = lx.get(k - 1);
            if (b.isPunct(',') || b.is("which")) return k;
        }
        return -1;
    }
}
