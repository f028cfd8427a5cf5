package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * People taken into care at a named or counted hospital: "35 villagers were admitted to the government hospital",
 * "120 people were admitted to three hospitals", "rushed to the district hospital". The hospitals' names and
 * counts vary too much for a list of whole phrases, so a verb of {@code admission-verbs}, a preposition of
 * {@code admission-links} and, within a few words, a noun of {@code hospital-nouns} make the injured cue.
 */
final class HospitalAdmissions {

    private static final Set<String> VERBS = WordClasses.get("admission-verbs");
    private static final Set<String> LINKS = WordClasses.get("admission-links");
    private static final Set<String> NOUNS = WordClasses.get("hospital-nouns");
    /** Words read past between the preposition and the hospital, also a list of names: "to the Kallakurichi, Salem and Villupuram government hospitals". */
    private static final int REACH = 10;

    private HospitalAdmissions() {
    }

    /** The injured cue whose verb stands at {@code at}, spanning to the hospital noun, or null. */
    static CountTypeLexicon.Cue at(List<Lexeme> lx, int at) {
        if (at + 2 >= lx.size() || !VERBS.contains(lx.get(at).lower()) || !LINKS.contains(lx.get(at + 1).lower())) return null;
        for (int j = at + 2; j < Math.min(lx.size(), at + 2 + REACH); j++) {
            Lexeme l = lx.get(j);
            if (!l.isWord() && !l.isDigits() && !l.isDash() && !l.isPunct(',')) return null;
            if (NOUNS.contains(l.lower())) return CountTypeLexicon.Cue.spanning("injured", lx, at, j);
        }
        return null;
    }
}
