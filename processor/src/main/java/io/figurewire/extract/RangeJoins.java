package io.figurewire.extract;

import java.util.List;

/** Two number mentions read as one range ("20-30", "between 20 and 30") and the scale a range shares ("2 to 3 million"). */
final class RangeJoins {

    private RangeJoins() {
    }

    /** Whether mentions {@code a} and {@code b} form one range: "20-30", "between 20 and 30", "two or three". */
    static boolean isJoin(List<Lexeme> lx, RoleCues roles, NumberMention a, NumberMention b) {
        int gap = b.firstLexeme() - a.endLexeme();
        if (gap != 1) return false;
        Lexeme g = lx.get(a.endLexeme());
        if (g.isDash()) return true;
        if (g.is("to") || g.is("through")) {
            int before = RoleCues.pastSupersededCue(lx, QualifierReader.before(lx, a.firstLexeme()).first());
            // "rose from 77 to 100", "increased the death toll on Tuesday from 23 to 148": a change, not a range
            // "the toll rose by 12 to 345": an increment and the new total; "climbed from the previous 30 to 48" too
            return !(before > 0 && (lx.get(before - 1).is("from") || lx.get(before - 1).is("by")) && roles.changeBefore(before - 1));
        }
        if (g.is("or")) return a.spelled() && b.spelled() && a.value() < b.value() && b.value() < 20;
        if (g.is("and")) {
            int before = a.firstLexeme() - 1;
            return before >= 0 && lx.get(before).is("between");
        }
        return false;
    }

    /** The scale word ending a mention ("million", "5K"), or 1 below a thousand. */
    static double trailingScale(List<Lexeme> lx, NumberMention m) {
        Lexeme last = lx.get(m.endLexeme() - 1);
        Double s = NumberWords.scale(last.lower());
        if (s == null) s = NumberWords.suffix(last.text());
        return s == null || s < 1000 ? 1 : s;
    }
}
