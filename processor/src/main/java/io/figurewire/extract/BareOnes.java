package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * A spelled "one" on its own is too often a pronoun or an article ("one of the victims", "one said")
 * to be a count; it is one when a singular people noun follows ("One person was killed") or when it
 * ends a change ("from one to four").
 */
final class BareOnes {

    private static final Set<String> SINGULAR_PEOPLE = WordClasses.get("singular-people-nouns");

    private BareOnes() {
    }

    /** Whether the figure {@code f} (mention {@code m}) is a bare "one", no count. */
    static boolean isBare(SentenceView view, Finding f, NumberMention m) {
        List<Lexeme> lx = view.lx;
        return m.value() == 1 && m.spelled() && f.low == null && f.first + 1 == f.end && !f.ellipsis && !changeEnd(view, f)
                && !(f.end < lx.size() && SINGULAR_PEOPLE.contains(lx.get(f.end).lower()));
    }

    /** "from one to four": a figure at either end of a change is a number, whatever its shape. */
    private static boolean changeEnd(SentenceView view, Finding f) {
        List<Lexeme> lx = view.lx;
        boolean fromSide = f.qStart > 0 && lx.get(f.qStart - 1).is("from") && f.end + 1 < lx.size() && lx.get(f.end).is("to")
                && view.mentionStarting(f.end + 1) != null;
        boolean toSide = f.qStart > 1 && lx.get(f.qStart - 1).is("to") && view.mentionEnding(f.qStart - 1) != null;
        return fromSide || toSide;
    }
}
