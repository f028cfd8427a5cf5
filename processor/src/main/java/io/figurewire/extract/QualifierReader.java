package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads how a figure is hedged from the words right before it ("more than", "nearly",
 * "an estimated", "as many as") or right after it ("or more", "or so", "-odd", "+").
 */
final class QualifierReader {

    /** A qualifier and the lexeme where its words start. */
    record Read(Qualifier qualifier, int first, int afterEnd) {
    }

    private record Cue(String[] words, Qualifier q) {
    }

    private static final List<Cue> BEFORE = List.of(
            cue("no fewer than", Qualifier.AT_LEAST), cue("no less than", Qualifier.AT_LEAST), cue("not less than", Qualifier.AT_LEAST),
            cue("no more than", Qualifier.UP_TO), cue("not more than", Qualifier.UP_TO),
            cue("more than", Qualifier.MORE_THAN), cue("greater than", Qualifier.MORE_THAN), cue("larger than", Qualifier.MORE_THAN),
            cue("upwards of", Qualifier.MORE_THAN), cue("in excess of", Qualifier.MORE_THAN), cue("well over", Qualifier.MORE_THAN),
            cue("just over", Qualifier.MORE_THAN), cue("over", Qualifier.MORE_THAN), cue("beyond", Qualifier.MORE_THAN),
            cue("above", Qualifier.MORE_THAN), cue("exceeding", Qualifier.MORE_THAN), cue("exceeded", Qualifier.MORE_THAN),
            cue("exceeds", Qualifier.MORE_THAN), cue("exceed", Qualifier.MORE_THAN), cue("surpassed", Qualifier.MORE_THAN),
            cue("surpassing", Qualifier.MORE_THAN), cue("surpass", Qualifier.MORE_THAN), cue("topped", Qualifier.MORE_THAN),
            cue("tops", Qualifier.MORE_THAN), cue("topping", Qualifier.MORE_THAN), cue("passed", Qualifier.MORE_THAN),
            cue("surpasses", Qualifier.MORE_THAN), cue("passes", Qualifier.MORE_THAN), cue("pass", Qualifier.MORE_THAN),
            cue("at least", Qualifier.AT_LEAST), cue("a minimum of", Qualifier.AT_LEAST),
            cue("nearly", Qualifier.NEARLY), cue("almost", Qualifier.NEARLY), cue("close to", Qualifier.NEARLY),
            cue("just under", Qualifier.NEARLY), cue("just shy of", Qualifier.NEARLY), cue("approaching", Qualifier.NEARLY),
            cue("approximately", Qualifier.ABOUT), cue("approx", Qualifier.ABOUT), cue("about", Qualifier.ABOUT),
            cue("around", Qualifier.ABOUT), cue("roughly", Qualifier.ABOUT), cue("some", Qualifier.ABOUT),
            cue("an estimated", Qualifier.ABOUT), cue("estimated at", Qualifier.ABOUT), cue("estimated", Qualifier.ABOUT), cue("an approximate", Qualifier.ABOUT),
            cue("circa", Qualifier.ABOUT), cue("or so", Qualifier.ABOUT), cue("nigh on", Qualifier.NEARLY),
            cue("up to", Qualifier.UP_TO), cue("as many as", Qualifier.UP_TO), cue("as much as", Qualifier.UP_TO),
            cue("at most", Qualifier.UP_TO), cue("a maximum of", Qualifier.UP_TO),
            cue("fewer than", Qualifier.LESS_THAN), cue("less than", Qualifier.LESS_THAN), cue("under", Qualifier.LESS_THAN),
            cue("below", Qualifier.LESS_THAN), cue("smaller than", Qualifier.LESS_THAN), cue("past", Qualifier.MORE_THAN));

    /** Verbs after which "past" means "beyond" ("the toll climbed past 200"), unlike "the past 24 hours". */
    private static final Set<String> RISE_VERBS = Set.of("climbed", "climbs", "climbing", "rose", "rises", "rising", "risen",
            "went", "gone", "pushed", "moved", "crept", "edged", "soared", "jumped", "surged", "shot");

    /** Verbs whose particle "over" stands right before their object. */
    private static final Set<String> OVER_VERBS = Set.of("hand", "hands", "handed", "handing", "turn", "turns", "turned",
            "turning", "took", "take", "takes", "taking", "taken", "handover");

    private QualifierReader() {
    }

    private static Cue cue(String s, Qualifier q) {
        return new Cue(Phrases.words(s), q);
    }

    /** The qualifier ending right before lexeme {@code first}, else EXACT. */
    static Read before(List<Lexeme> lx, int first) {
        for (Cue c : BEFORE) {
            int s = Phrases.startEndingAt(lx, first, c.words());
            if (s >= 0) {
                // "handed over 11 hostages": the verb's particle, not "more than 11"
                if (c.words().length == 1 && c.words()[0].equals("over") && s > 0 && OVER_VERBS.contains(lx.get(s - 1).lower())) break;
                if (c.words().length == 1 && c.words()[0].equals("past") && !(s > 0 && RISE_VERBS.contains(lx.get(s - 1).lower()))) break;
                // "over the past 24 hours" is not a qualifier of a count, "tops" only as a verb
                return new Read(c.q(), s, -1);
            }
        }
        return new Read(Qualifier.EXACT, first, -1);
    }

    /** A qualifier written after the figure: "500 or more", "30-odd", "1,000+", "50 or so". */
    static Read after(List<Lexeme> lx, int end) {
        int n = lx.size();
        if (end < n && lx.get(end).isPunct('+') && !lx.get(end).spaceBefore()) return new Read(Qualifier.MORE_THAN, -1, end + 1);
        if (end + 1 < n && lx.get(end).is("or") && lx.get(end + 1).is("more")) return new Read(Qualifier.AT_LEAST, -1, end + 2);
        if (end + 1 < n && lx.get(end).is("and") && lx.get(end + 1).is("more")) return new Read(Qualifier.AT_LEAST, -1, end + 2);
        if (end + 1 < n && lx.get(end).is("or") && lx.get(end + 1).is("greater")) return new Read(Qualifier.AT_LEAST, -1, end + 2);
        if (end + 1 < n && lx.get(end).is("or") && (lx.get(end + 1).is("less") || lx.get(end + 1).is("fewer")))
            return new Read(Qualifier.UP_TO, -1, end + 2);
        if (end + 1 < n && lx.get(end).is("or") && lx.get(end + 1).is("so")) return new Read(Qualifier.ABOUT, -1, end + 2);
        if (end + 1 < n && lx.get(end).isDash() && lx.get(end + 1).is("odd")) return new Read(Qualifier.ABOUT, -1, end + 2);
        if (end < n && lx.get(end).is("plus")) return new Read(Qualifier.MORE_THAN, -1, end + 1);
        return null;
    }
}
