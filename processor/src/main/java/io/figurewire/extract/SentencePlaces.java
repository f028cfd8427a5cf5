package io.figurewire.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Two rules of where a figure's place lies among the places and numbers of its sentence, apart
 * from {@link SentenceReader} so that each stays small: a place listed with the article's anchor
 * gives an event-wide figure, and a place after a later figure belongs to that figure.
 */
final class SentencePlaces {

    private static final Set<String> TIME_UNITS = WordClasses.get("time-units");
    private static final Set<String> ORIGIN_LEADS = WordClasses.get("origin-leads");
    private static final Set<String> DESTINATION_PREPS = WordClasses.get("destination-preps");
    private static final Set<String> TRIP_NOUNS = WordClasses.get("trip-nouns");
    /** How many capitalized words a destination's name may have ("for Santiago de Compostela" stops short: no destination). */
    private static final int NAME_WORDS = 3;
    private static final Set<String> COMPASS_POINTS = WordClasses.get("compass-points");
    private static final Set<String> MEASURE_UNITS = WordClasses.get("measure-units");
    private static final Set<String> PLACE_NOUNS = WordClasses.get("place-nouns");

    private SentencePlaces() {
    }

    /**
     * "Turkey, Syria earthquake death toll", "quakes that hit southern Turkey and northern Syria":
     * a place listed with the anchor (or a place containing it) names the whole event, whose key
     * is the anchor's. Returns the listed hit that is or contains the anchor, or null.
     */
    static Gazetteer.Hit listedWithAnchor(List<Lexeme> lx, List<Gazetteer.Hit> hits, Gazetteer.Hit h, GeoPlace anchor,
                                          Set<String> modifiers) {
        if (anchor == null || h.place() == null || h.place().geo().contains(anchor)) return null;
        // "in Mozambique, Zimbabwe and Malawi": the list runs on through places each joined to the next
        List<Gazetteer.Hit> list = listAround(lx, hits, h, modifiers);
        for (Gazetteer.Hit o : list) {
            if (o != h && o.place() != null && o.place().geo().contains(anchor)) return o;
        }
        return null;
    }

    /** The hits of the list {@code h} stands in, in reading order: neighbours joined one to the next (itself alone when none). */
    private static List<Gazetteer.Hit> listAround(List<Lexeme> lx, List<Gazetteer.Hit> hits, Gazetteer.Hit h, Set<String> modifiers) {
        List<Gazetteer.Hit> sorted = new ArrayList<>(hits);
        sorted.removeIf(o -> o.place() == null);
        sorted.sort(Comparator.comparingInt(Gazetteer.Hit::first));
        int at = sorted.indexOf(h);
        if (at < 0) return List.of(h);
        int from = at;
        int to = at;
        while (from > 0 && joined(lx, sorted.get(from - 1).end(), sorted.get(from).first(), modifiers)) from--;
        while (to + 1 < sorted.size() && joined(lx, sorted.get(to).end(), sorted.get(to + 1).first(), modifiers)) to++;
        return sorted.subList(from, to + 1);
    }

    /**
     * "in the provinces of Gaziantep and Sanliurfa", "in Kerala and Karnataka": a figure placed in a
     * list of places belongs to the smallest place containing the first two (their state, else their
     * country). Returns that place's name, or {@code single} when {@code h} heads no such list.
     */
    static String listedOr(List<Lexeme> lx, List<Gazetteer.Hit> hits, Gazetteer.Hit h, Set<String> modifiers, String single) {
        GeoPlace a = h.place() == null ? null : h.place().geo();
        for (Gazetteer.Hit o : hits) {
            if (o.first() < h.end() || o.place() == null || !joined(lx, h.end(), o.first(), modifiers)) continue;
            GeoPlace b = o.place().geo();
            // "Antakya, Hatay", "Springfield, Illinois": a place and where it lies, no list
            if (a == null || b == null || a.country() == null || !a.country().equals(b.country()) || a.contains(b) || b.contains(a)) {
                return single;
            }
            boolean oneState = a.admin1() != null && a.admin1().equals(b.admin1())
                    && a.level() != GeoPlace.Level.ADMIN1 && b.level() != GeoPlace.Level.ADMIN1;
            return oneState ? a.admin1() : a.country();
        }
        return single;
    }

    /** Lexemes [from, to) join two places of one list: one "and", comma, ampersand, dash or slash, and place modifiers. */
    static boolean joined(List<Lexeme> lx, int from, int to, Set<String> modifiers) {
        if (from >= to || to - from > 3) return false;
        int joiners = 0;
        for (int k = from; k < to; k++) {
            Lexeme l = lx.get(k);
            if (l.is("and") || l.isPunct(',') || l.isPunct('&') || l.isDash() || l.isPunct('/')) joiners++;
            else if (!modifiers.contains(l.lower())) return false;
        }
        return joiners == 1;
    }

    /**
     * Whether the preposition at lexeme {@code k} opens where people or a vessel came from
     * ("migrants from Egypt", "set off from Izmir", "took off for Pokhara from Kathmandu"), which is
     * no place of the figure; "evacuated from Mandi" is.
     */
    static boolean origin(List<Lexeme> lx, int k) {
        if (k <= 0 || !lx.get(k).is("from")) return false;
        String lead = lx.get(k - 1).lower();
        return ORIGIN_LEADS.contains(lead) || TRIP_NOUNS.contains(lead) || afterDestination(lx, k);
    }

    /**
     * "Dubai-Kozhikode flight", "Oslo-Bergen Nordic Air flight": {@code h} is one end of two names
     * joined by a dash, followed (past a carrier's capitalized name) by a trip noun: a route, no
     * place of the event. The other end need not be a hit (a name run into a carrier's is none).
     * "Turkey-Syria earthquake" is no route.
     */
    static boolean route(List<Lexeme> lx, Gazetteer.Hit h) {
        int k = h.end();
        boolean first = k + 1 < lx.size() && lx.get(k).isDash() && lx.get(k + 1).isCapitalized();
        boolean second = h.first() >= 2 && lx.get(h.first() - 1).isDash() && lx.get(h.first() - 2).isCapitalized();
        if (!first && !second) return false;
        if (first) k++;
        int names = 0;
        while (k < lx.size() && names <= NAME_WORDS && lx.get(k).isCapitalized() && !tripNoun(lx.get(k))) {
            k++;
            names++;
        }
        return k < lx.size() && tripNoun(lx.get(k));
    }

    /** A vehicle or service on a trip ("flight", "Plane", "ferry"; word class trip-nouns). */
    static boolean tripNoun(Lexeme l) {
        return l.isWord() && TRIP_NOUNS.contains(l.lower());
    }

    /**
     * "70 kilometres north-east of Adana", "southwest of the city of Konya", "40 miles from
     * Trabzon": a place the event lies away from is a reference point, no place of its figures
     * (the article's place stands). "In the north-east of Syria" names a region of the place. Without
     * an article place to stand instead, the reference point is the best place there is.
     */
    static boolean referencePoint(List<Lexeme> lx, int first, ArticleContext ctx) {
        if (ctx == null || ctx.location() == null) return false;
        int k = first - 1;
        // "of the city of Konya": past the place noun's own "of" first
        if (k >= 3 && lx.get(k).is("of") && PLACE_NOUNS.contains(lx.get(k - 1).lower()) && lx.get(k - 2).is("the")) k -= 3;
        if (k < 1 || !(lx.get(k).is("of") || lx.get(k).is("from") || lx.get(k).is("outside"))) return false;
        int d = k - 1;
        if (MEASURE_UNITS.contains(lx.get(d).lower())) return !lx.get(k).is("of");
        if (!COMPASS_POINTS.contains(lx.get(d).lower()) || lx.get(k).is("outside")) return false;
        if (d >= 2 && lx.get(d - 1).isDash() && COMPASS_POINTS.contains(lx.get(d - 2).lower())) d -= 2;
        int before = d > 0 && lx.get(d - 1).is("far") ? d - 2 : d - 1;
        return before < 0 || !lx.get(before).is("the");
    }

    /** A place of the figure's own sentence that is no place of it: the people's trip, or a reference point. */
    static boolean elsewhere(List<Lexeme> lx, List<Gazetteer.Hit> hits, Gazetteer.Hit h, ArticleContext ctx) {
        return trip(lx, hits, h) || route(lx, h) || referencePoint(lx, h.first(), ctx);
    }

    /** A place of the counted people's trip: "migrants from Turkey", and "to Europe" after it. */
    static boolean trip(List<Lexeme> lx, List<Gazetteer.Hit> hits, Gazetteer.Hit h) {
        int k = h.first() - 1;
        if (origin(lx, k)) return true;
        if (k < 1 || !lx.get(k).is("to")) return false;
        for (Gazetteer.Hit o : hits) {
            if (o.end() == k && origin(lx, o.first() - 1)) return true;
        }
        return false;
    }

    /**
     * "for Pokhara from Kathmandu": the "from" at {@code k} right after a name (known to a gazetteer
     * or not: "for Karsk") that a trip was going to.
     */
    private static boolean afterDestination(List<Lexeme> lx, int k) {
        if (k < 2 || !lx.get(k).is("from")) return false;
        int first = k;
        while (first > 0 && k - first < NAME_WORDS && lx.get(first - 1).isCapitalized()) first--;
        return first < k && first > 0 && DESTINATION_PREPS.contains(lx.get(first - 1).lower());
    }

    /**
     * Where the next figure after lexeme {@code from} starts ("while 100 others were killed in
     * India": India places the 100). A number that modifies a noun with a dash ("7.8-magnitude",
     * "eleven-week") or counts time ("in 24 hours") is no figure here. The sentence's end when none.
     */
    static int laterFigure(SentenceView view, int from) {
        List<Lexeme> lx = view.lx;
        int m = view.nextMentionStart(from);
        while (m < lx.size()) {
            NumberMention n = view.mentionStarting(m);
            if (n == null || n.endLexeme() >= lx.size()) return m;
            Lexeme next = lx.get(n.endLexeme());
            if (!next.isDash() && !TIME_UNITS.contains(next.lower())) return m;
            m = view.nextMentionStart(n.endLexeme());
        }
        return lx.size();
    }

    /** "in Turkey", "in eastern Turkey": a country named as what contains the place before it. */
    static boolean placesInside(List<Lexeme> lx, Gazetteer.Hit h) {
        int k = h.first() - 1;
        if (k > 0 && lx.get(k).isWord() && !lx.get(k).isCapitalized() && !lx.get(k).is("in")) k--;
        return k >= 0 && lx.get(k).is("in");
    }

    /**
     * The narrower place a country hit stands for: the anchor when the hit is listed with it,
     * "Sudan's Gezira province" (possessive) or "Malatya province in eastern Turkey" (containment);
     * else the hit itself.
     */
    static Gazetteer.Hit narrower(List<Lexeme> lx, List<Gazetteer.Hit> hits, Gazetteer.Hit h, GeoPlace anchorPlace,
                                  Set<String> modifiers) {
        Gazetteer.Hit anchor = listedWithAnchor(lx, hits, h, anchorPlace, modifiers);
        if (anchor != null) return anchor;
        if (placesInside(lx, h)) {
            // "Malatya province in eastern Turkey", "Grenfell Tower in north Kensington": the place the later one contains
            for (Gazetteer.Hit prev : hits) {
                if (prev.place() == null || prev.isCountry() || prev.end() > h.first()) continue;
                boolean near = h.isCountry() ? prev.end() >= h.first() - 4 : prev.end() < lx.size() && lx.get(prev.end()).is("in");
                if (near) return prev;
            }
        }
        if (!h.isCountry() || !Lexer.possessiveAt(lx, h.end())) return h;
        for (Gazetteer.Hit next : hits) {
            if (next.place() != null && !next.isCountry() && next.first() >= h.end() + 2 && next.first() <= h.end() + 4) return next;
        }
        return h;
    }

    /** "US President", "US officials": the place names whose people speak or act, not where it happened. */
    private static final Set<String> ACTOR_NOUNS = WordClasses.get("actor-nouns");

    static boolean namesAnActor(List<Lexeme> lx, Gazetteer.Hit h) {
        return h.end() < lx.size() && ACTOR_NOUNS.contains(lx.get(h.end()).lower());
    }
}
