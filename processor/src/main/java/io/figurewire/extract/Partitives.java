package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * "Three of the 17 crew were rescued", "More than 1,000 of nearly 50,000 apartments were damaged":
 * a part and its whole. The fate the sentence gives is the part's; the whole is the population it
 * was taken from, so it counts the fate only when its own noun names it ("Nine of the 40 bodies
 * were children's": the 40 are the dead, and the nine a breakdown of them).
 */
final class Partitives {

    /** Counted things that are no fate by themselves: a whole of buildings is the stock, not the damage. */
    private static final Set<String> STOCK_TYPES = WordClasses.get("stock-count-types");

    private Partitives() {
    }

    /** Whether lexemes [partEnd, wholeStart) join a part to its whole: "of", "of the". */
    static boolean joins(List<Lexeme> lx, int partEnd, int wholeStart) {
        int n = wholeStart - partEnd;
        if (n < 1 || n > 2 || !lx.get(partEnd).is("of")) return false;
        return n == 1 || lx.get(partEnd + 1).is("the");
    }

    /** Whether the whole's own noun, right after it, names its count type ("40 bodies"). */
    static boolean wholeNamesTheFate(CountTypeLexicon lexicon, List<Lexeme> lx, int wholeEnd, String countType) {
        if (wholeEnd >= lx.size() || countType == null || STOCK_TYPES.contains(countType)) return false;
        CountTypeLexicon.Cue noun = lexicon.nounAt(lx, wholeEnd);
        return noun != null && noun.countType().equals(countType);
    }
}
