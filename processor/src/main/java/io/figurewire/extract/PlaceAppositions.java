package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * "The death toll from the shootings in Christchurch, New Zealand, has increased to 50": the commas
 * around the country that places a town are no clause break, so the tally reaches its figure. Only a
 * place after a place preposition counts, and only when the verb of the sentence follows the
 * apposition at once ("..., has increased", "..., rose"); "in Kabul, Afghanistan, police said" is left alone.
 */
final class PlaceAppositions {

    private static final Set<String> LOC_PREPS = WordClasses.get("loc-preps");
    private static final Set<String> FINITE_AUXILIARIES = WordClasses.get("finite-auxiliaries");
    private static final Set<String> CHANGE_VERBS = WordClasses.get("change-verbs");
    /** Capitalised words of the town before the comma and of the country after it. */
    private static final int NAME_WORDS = 3;

    private PlaceAppositions() {
    }

    /** The last lexeme of a place apposition opened by the comma at {@code i} (its closing comma, if any), or -1. */
    static int end(List<Lexeme> lx, int i) {
        if (!lx.get(i).isPunct(',') || !placeBefore(lx, i)) return -1;
        int j = i + 1;
        while (j < lx.size() && j <= i + NAME_WORDS && lx.get(j).isCapitalized()) j++;
        if (j == i + 1 || j >= lx.size()) return -1;
        if (verb(lx.get(j))) return j - 1;
        return lx.get(j).isPunct(',') && j + 1 < lx.size() && verb(lx.get(j + 1)) ? j : -1;
    }

    /** Whether capitalised words after a place preposition end right before {@code comma}. */
    private static boolean placeBefore(List<Lexeme> lx, int comma) {
        for (int k = comma - 1; k >= Math.max(0, comma - 1 - NAME_WORDS); k--) {
            if (!lx.get(k).isCapitalized()) return k < comma - 1 && LOC_PREPS.contains(lx.get(k).lower());
        }
        return false;
    }

    private static boolean verb(Lexeme l) {
        return FINITE_AUXILIARIES.contains(l.lower()) || CHANGE_VERBS.contains(l.lower());
    }
}
