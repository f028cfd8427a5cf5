package io.figurewire.extract;

import java.util.Set;

/**
 * A relative aside between a tally and its link: "The official toll across the delta, where whole villages
 * were swept away, reached 140", "The death toll in the capital, which bore the brunt of the storm, stood
 * at 37", "the toll in Itogon, where 59 are missing, rose to 81". The aside describes the tally's event or
 * place; the tally's figure comes after it, so reading back from the figure to its tally steps over the aside
 * (and any figure of its own). Bounded: a long aside is a clause of its own.
 */
final class RelativeAsides {

    /** The longest aside stepped over, in lexemes between its commas. */
    private static final int MAX_LENGTH = 20;
    private static final Set<String> RELATIVES = WordClasses.get("relatives");

    private RelativeAsides() {
    }

    /**
     * The opening comma of a relative aside whose closing comma is at {@code close}, or -1: the opening comma
     * is followed by a relative word and preceded by a word, and no other clause mark lies between.
     */
    static int openingBefore(SentenceView view, int close) {
        if (!view.lx.get(close).isPunct(',')) return -1;
        for (int k = close - 1; k > 0 && k >= close - MAX_LENGTH - 1; k--) {
            // a figure inside the aside ("where 1,059 are missing") counts in the aside's own clause: read past it whole
            NumberMention m = view.mentionEnding(k + 1);
            if (m != null) {
                k = m.firstLexeme();
                continue;
            }
            Lexeme l = view.lx.get(k);
            if (l.isWord()) continue;
            if (!l.isPunct(',')) return -1;
            boolean relative = k + 1 < close && RELATIVES.contains(view.lx.get(k + 1).lower());
            return relative && view.lx.get(k - 1).isWord() ? k : -1;
        }
        return -1;
    }
}
