package io.figurewire.extract;

import java.util.Set;

/**
 * A relative aside between a tally and its link: "The official toll across the delta, where whole villages
 * were swept away, reached 140", "The death toll in the capital, which bore the brunt of the storm, stood
 * at 37", "the toll in Itogon, where 59 are missing, rose to 81", "A tally of deaths, issued by the agency on
 * Sunday, stood at 87" (a participle opens a reduced relative; a place preposition a place aside, "The toll from
 * the quake, near the border, has risen to 53"). The aside describes the tally's event or
 * place; the tally's figure comes after it, so reading back from the figure to its tally steps over the aside
 * (and any figure of its own). A date set off by commas is stepped over the same way: "The death toll from the
 * quake on Monday, Feb. 6, has risen to 50", "on Tuesday, 14 July,", "on Aug. 4, 2020,". Bounded: a long aside
 * is a clause of its own.
 */
final class RelativeAsides {

    /** The longest aside stepped over, in lexemes between its commas. */
    private static final int MAX_LENGTH = 20;
    private static final Set<String> RELATIVES = WordClasses.get("relatives");
    private static final Set<String> THING_RELATIVES = WordClasses.get("thing-relatives");
    /** "The toll, issued by the agency on Sunday, stood at 87": a participle opens a reduced relative aside. */
    private static final Set<String> PARTICIPLES = WordClasses.get("participle-aside-openers");
    /** "The death toll from the quake, near the border, has risen to 53": a place aside tells where, not what is counted. */
    private static final Set<String> PLACE_OPENERS = WordClasses.get("place-aside-openers");
    /** "The death toll, initially put at 25, has risen to 31": an adverb of an earlier figure opens an aside that holds it. */
    private static final Set<String> EARLIER_OPENERS = WordClasses.get("earlier-figure-aside-openers");
    private static final Set<String> EVENT_NOUNS = WordClasses.get("event-nouns");
    private static final Set<String> MONTHS = WordClasses.get("months");
    private static final Set<String> WEEKDAYS = WordClasses.get("weekdays");
    /** How far past a tally's first fate its relative clause, and that clause's own fate, are looked for. */
    private static final int FATE_REACH = 8;

    private RelativeAsides() {
    }

    /** Whether a relative of a thing ("that", "which") stands right before {@code at}: "the quake that struck Myanmar". */
    static boolean thingRelativeBefore(java.util.List<Lexeme> lx, int at) {
        return at > 0 && THING_RELATIVES.contains(lx.get(at - 1).lower());
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
            if (l.isWord() || l.isPunct('.')) continue;
            if (!l.isPunct(',')) return -1;
            String opener = k + 1 < close ? view.lx.get(k + 1).lower() : "";
            boolean relative = opens(opener);
            return relative && view.lx.get(k - 1).isWord() || dateBetween(view, k, close) ? k : -1;
        }
        return -1;
    }

    /** Whether a word right after a comma opens an aside: a relative, a participle, a place or an earlier figure's adverb. */
    static boolean opens(String lower) {
        return PLACE_OPENERS.contains(lower) || opensValueAside(lower);
    }

    /** Whether an aside that this word opens can hold its tally's value (not a place aside: "across the three valleys"). */
    static boolean opensValueAside(String lower) {
        return RELATIVES.contains(lower) || PARTICIPLES.contains(lower) || EARLIER_OPENERS.contains(lower);
    }

    /** Whether the lexemes between two commas are only a date: "Feb. 6", "14 July", "Monday", "2020". */
    private static boolean dateBetween(SentenceView view, int open, int close) {
        boolean named = false;
        for (int j = open + 1; j < close; j++) {
            Lexeme l = view.lx.get(j);
            if (l.isWord() && (MONTHS.contains(l.lower()) || WEEKDAYS.contains(l.lower()))) {
                named |= MONTHS.contains(l.lower());
            } else if (l.isDigits()) {
                named |= close - open == 2 && isYear(l.text());
            } else if (!l.isPunct('.')) {
                return false;
            }
        }
        return named;
    }

    /** A lone four-digit aside (", 2020,") names a year. */
    private static boolean isYear(String digits) {
        return digits.length() == 4 && NotACountRules.isYearValue(Integer.parseInt(digits));
    }

    /**
     * Where the fate of a relative clause after a tally's first fate starts, or -1: in "the number of people
     * trapped in the rubble who had been rescued" the rescued are counted, in "people injured who later died"
     * the dead. A relative after a comma (", who were mostly women,") is an aside about the counted people.
     */
    static int laterFate(SentenceView view, CountTypeLexicon lex, int from, int lead) {
        for (int r = from; r < Math.min(lead, from + FATE_REACH); r++) {
            if (!RELATIVES.contains(view.lx.get(r).lower())) continue;
            if (view.lx.get(r - 1).isPunct(',')) return -1;
            // "the number of dead from the fire that gutted the hotel": the clause tells of the event, not the counted
            if (THING_RELATIVES.contains(view.lx.get(r).lower()) && EVENT_NOUNS.contains(view.lx.get(r - 1).lower())) return -1;
            for (int q = r + 1; q < Math.min(lead, r + 1 + FATE_REACH); q++) {
                if (lex.afterAt(view.lx, q) != null) return q;
            }
            return -1;
        }
        return -1;
    }
}
