package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * "140 people dead or missing", "the number of dead or missing stands at 302": one tally of two fates joined by
 * "or", which is neither the death toll nor the missing count (the agencies giving it have not told them apart).
 * Such a figure is typed {@code other}; its metric ({@code killed-or-missing}) comes from the refinements of
 * {@code metric-aliases.json}.
 */
final class JointFates {

    private static final Set<String> DEAD = WordClasses.get("joint-fate-dead");
    private static final Set<String> MISSING = WordClasses.get("joint-fate-missing");
    private static final Set<String> PRESUMING = WordClasses.get("presumption-verbs");
    private static final Set<String> LINKS = WordClasses.get("joint-fate-links");
    /** Link words between "or" and the second fate: "or are still missing". */
    private static final int MAX_LINKS = 2;
    /** How far from the figure, in its clause, the joined fates may stand: "140 people in the valley dead or missing". */
    private static final int REACH = 7;

    private JointFates() {
    }

    /**
     * The joined pair near a figure, or null: after it up to {@code stop} (the next figure) or a clause-joining "and",
     * or before it back to the previous figure ("the number of dead or missing stands at 302").
     */
    static String near(SentenceView view, int qStart, int end, int stop) {
        List<Lexeme> lx = view.lx;
        int c = view.clause[Math.min(qStart, lx.size() - 1)];
        for (int k = end; k < Math.min(stop, end + REACH) && view.clause[k] == c && !lx.get(k).is("and") && !lx.get(k).is("but"); k++) {
            int len = joinedAt(lx, k);
            if (len > 0) return presumed(lx, k + len) ? null : view.text(k, k + len);
        }
        for (int k = qStart - 1; k >= Math.max(0, qStart - REACH - 2) && view.clause[k] == c && view.mentionEnding(k + 1) == null; k--) {
            int len = joinedAt(lx, k);
            if (len > 0 && k + len <= qStart) return view.text(k, k + len);
        }
        return null;
    }

    /** "79 people are either dead or missing and sadly I have to presume are dead": a presumption later in the sentence makes it the death toll. */
    private static boolean presumed(List<Lexeme> lx, int from) {
        for (int k = from; k < lx.size(); k++) {
            if (PRESUMING.contains(lx.get(k).lower())) return true;
        }
        return false;
    }

    /** Length of "dead or missing", "died or remain missing" starting at {@code k}, or 0. */
    private static int joinedAt(List<Lexeme> lx, int k) {
        if (k + 2 >= lx.size() || !lx.get(k + 1).is("or")) return 0;
        int j = k + 2;
        while (j < Math.min(lx.size() - 1, k + 2 + MAX_LINKS) && LINKS.contains(lx.get(j).lower())) j++;
        String a = lx.get(k).lower();
        String b = lx.get(j).lower();
        return DEAD.contains(a) && MISSING.contains(b) || MISSING.contains(a) && DEAD.contains(b) ? j + 1 - k : 0;
    }
}
