package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * Captives who get out of custody are freed: "600 inmates escaped", "1,000 prisoners broke out", "412
 * inmates fled the prison". "Fled" alone counts the displaced ("12 residents fled"), so the escape
 * verbs of {@code escape-verbs} count releases only after a noun of {@code captive-nouns}, past
 * auxiliaries and the words of {@code escape-skips} ("prisoners managed to escape"). In a relative clause
 * ("inmates who fled") the escape counts only when no main verb follows it in the clause: "two inmates who
 * escaped from the jail have been arrested" counts arrests.
 */
final class CaptiveEscapes {

    private static final Set<String> CAPTIVES = WordClasses.get("captive-nouns");
    private static final Set<String> VERBS = WordClasses.get("escape-verbs");
    /** Verbs that escape only with "out" after them: "broke out", not "broke the lock". */
    private static final Set<String> OUT_VERBS = WordClasses.get("escape-out-verbs");
    private static final Set<String> SKIPS = WordClasses.get("escape-skips");
    private static final Set<String> AUXILIARIES = WordClasses.get("auxiliaries");
    private static final Set<String> RELATIVES = WordClasses.get("relatives");
    private static final Set<String> FINITE_AUXILIARIES = WordClasses.get("finite-auxiliaries");
    /** Words read back from the verb to the captive noun. */
    private static final int REACH = 4;

    private CaptiveEscapes() {
    }

    /** The released cue whose escape verb stands at {@code at} after a captive noun, or null. */
    static CountTypeLexicon.Cue at(List<Lexeme> lx, int at) {
        if (at >= lx.size()) return null;
        String w = lx.get(at).lower();
        boolean out = OUT_VERBS.contains(w) && at + 1 < lx.size() && lx.get(at + 1).is("out");
        if (!VERBS.contains(w) && !out) return null;
        for (int j = at - 1; j >= Math.max(0, at - 1 - REACH); j--) {
            String v = lx.get(j).lower();
            if (CAPTIVES.contains(v)) return new CountTypeLexicon.Cue("released", out ? new String[] {w, "out"} : new String[] {w});
            if (RELATIVES.contains(v) && !mainVerbAfter(lx, at + 1)) continue;
            if (!lx.get(j).isWord() || !(SKIPS.contains(v) || AUXILIARIES.contains(v))) return null;
        }
        return null;
    }

    /** Whether a finite auxiliary follows before the clause ends: the relative clause's subject has a main verb of its own. */
    private static boolean mainVerbAfter(List<Lexeme> lx, int from) {
        for (int k = from; k < lx.size() && lx.get(k).isWord(); k++) {
            if (FINITE_AUXILIARIES.contains(lx.get(k).lower())) return true;
        }
        return false;
    }
}
