package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * Injuries named by their kind after a verb of suffering: "65 workers suffered broken bones", "nine firefighters sustained
 * burn injuries", "11 passengers suffered fractures". The kinds and modifiers vary too much for a list of whole phrases,
 * so a verb of {@code injury-verbs} followed within a few words by a noun of {@code injury-nouns} makes the cue.
 */
final class InjuryPhrases {

    private static final Set<String> VERBS = WordClasses.get("injury-verbs");
    private static final Set<String> NOUNS = WordClasses.get("injury-nouns");
    /** Modifiers read past between the verb and the injury: "suffered serious third-degree burns". */
    private static final int REACH = 5;

    private InjuryPhrases() {
    }

    /** The injured cue whose verb stands at {@code at}, spanning to the injury noun, or null. */
    static CountTypeLexicon.Cue at(List<Lexeme> lx, int at) {
        if (at >= lx.size() || !VERBS.contains(lx.get(at).lower())) return null;
        for (int j = at + 1; j < Math.min(lx.size(), at + 1 + REACH); j++) {
            Lexeme l = lx.get(j);
            if (!l.isWord() && !l.isDash()) return null;
            if (NOUNS.contains(l.lower())) return CountTypeLexicon.Cue.spanning("injured", lx, at, j);
        }
        return null;
    }
}
