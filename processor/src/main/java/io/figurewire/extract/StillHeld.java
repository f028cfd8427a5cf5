package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * "105 hostages have been freed so far, while 137 remain in Gaza": once a sentence has named captives,
 * a bare figure that still stands ({@code still-held-verbs}: "remain", "are still held") counts the
 * captives still held, not more of the freed that the release verb before it would give. The captives
 * are those of the nearest captive noun before the figure: hostages stay hostages, detainees and
 * prisoners (who have no count type of their own) are held in custody. A fate after the verb is left
 * to its own cue ("15 remain missing", "3 remain in hospital").
 */
final class StillHeld {

    /** Prisoners and inmates, held in custody, are counted as the arrested are. */
    static final String IN_CUSTODY = "arrested";
    private static final Set<String> HELD_TYPES = WordClasses.get("still-held-types");
    private static final Set<String> CAPTIVES = WordClasses.get("captive-nouns");
    private static final Set<String> VERBS = WordClasses.get("still-held-verbs");
    private static final Set<String> SKIPS = WordClasses.get("still-held-skips");
    private static final Set<String> AUXILIARIES = WordClasses.get("auxiliaries");
    /** Words read past between the figure and its verb: "are still being held". */
    private static final int REACH = 4;

    private StillHeld() {
    }

    /** The captives' type for a bare figure ending at {@code end}, whose sentence names captives before {@code start}; or null. */
    static CountCues.Reading read(List<Lexeme> lx, CountTypeLexicon lexicon, int start, int end) {
        int verb = verbAfter(lx, end);
        if (verb < 0) return null;
        String held = heldBefore(lx, lexicon, start);
        if (held == null) return null;
        CountTypeLexicon.Cue fate = lexicon.afterAt(lx, verb + 1);
        if (fate != null && !HELD_TYPES.contains(fate.countType())) return null;
        return new CountCues.Reading(held, "still held: '" + lx.get(verb).lower() + "' after captives named before it");
    }

    private static int verbAfter(List<Lexeme> lx, int from) {
        for (int k = from; k < Math.min(lx.size(), from + REACH + 1) && lx.get(k).isWord(); k++) {
            String w = lx.get(k).lower();
            if (VERBS.contains(w)) return k;
            if (!SKIPS.contains(w) && !AUXILIARIES.contains(w)) return -1;
        }
        return -1;
    }

    private static String heldBefore(List<Lexeme> lx, CountTypeLexicon lexicon, int start) {
        for (int j = start - 1; j >= 0; j--) {
            String w = lx.get(j).lower();
            if (!CAPTIVES.contains(w)) continue;
            String type = lexicon.nounType(w);
            if (type == null) type = IN_CUSTODY;
            return HELD_TYPES.contains(type) ? type : null;
        }
        return null;
    }
}
