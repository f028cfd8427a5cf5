package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a point event lies when the headline names only its country ("Brazil dam collapse"):
 * a dam, a train or a building fails at one place, and outlets that name the town, the state or
 * only the country must meet on one key (see figures/KeyJoin: a coarse key joins the one finer
 * key inside it). Floods, quakes and wars cover a country, so a town the reporter files from or
 * the lede names is one affected place among many, and the country stays.
 */
final class PointEventSite {

    private final Gazetteer gazetteer;

    PointEventSite(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The place inside {@code country} that a point-event headline's article is about: a dateline
     * town of that country that is no bureau city, else the finest of the places of that country
     * the lede sites the event at, when they lie one inside another; null when none is said.
     */
    GeoPlace refine(GeoPlace country, String title, GeoPlace dateline, List<String> lede) {
        if (country == null || country.level() != GeoPlace.Level.COUNTRY || !pointEvent(title)) return null;
        boolean townOfTheCountry = dateline != null && !dateline.sameAs(country) && country.contains(dateline);
        if (townOfTheCountry && !gazetteer.resolver().rules().bureau(dateline)) return dateline;
        return finestOfOneChain(sited(country, dateline, lede));
    }

    /** A headline with a word of an event over an area ("floods", "quake"). */
    boolean arealEvent(String title) {
        return anyWord(title, gazetteer.resolver().rules().arealEventWords());
    }

    /** An areal headline, or one naming no event of either kind over a lede that opens on an areal one ("More rain falls" / "Storms hit"). */
    boolean arealStory(String title, List<String> lede) {
        if (arealEvent(title)) return true;
        return !anyWord(title, gazetteer.resolver().rules().pointEventWords()) && !lede.isEmpty() && arealEvent(lede.get(0));
    }

    /** A headline with a word of an event at one place and none of an event over an area. */
    private boolean pointEvent(String title) {
        return !arealEvent(title) && anyWord(title, gazetteer.resolver().rules().pointEventWords());
    }

    private static boolean anyWord(String title, java.util.Set<String> words) {
        if (title == null) return false;
        for (Lexeme l : Lexer.lex(title.length() > 300 ? title.substring(0, 300) : title)) {
            if (l.isWord() && words.contains(l.lower())) return true;
        }
        return false;
    }

    /** The places below the country's level that the lede names after "in", "near", before a place noun or as "the city of X". */
    private List<GeoPlace> sited(GeoPlace country, GeoPlace dateline, List<String> lede) {
        PlaceRules rules = gazetteer.resolver().rules();
        List<GeoPlace> out = new ArrayList<>();
        for (String p : lede) {
            if (p == null) continue;
            List<Lexeme> lx = Lexer.lex(ClaimExtractor.bounded(p));
            for (Gazetteer.Hit h : gazetteer.find(lx, dateline)) {
                if (h.place() == null) continue;
                GeoPlace g = h.place().geo();
                if (g.level() == GeoPlace.Level.COUNTRY || g.sameAs(country) || !country.contains(g)) continue;
                if (rules.sitePrepositionBefore(lx, h.first()) || rules.placeNounAfter(lx, h.end()) || rules.calledAPlace(lx, h.first())) out.add(g);
            }
        }
        return out;
    }

    /** The finest place when every place lies inside or around every other (town in its state); else null. */
    private static GeoPlace finestOfOneChain(List<GeoPlace> places) {
        GeoPlace finest = null;
        for (GeoPlace p : places) {
            if (finest == null || finest.contains(p)) {
                finest = p;
            } else if (!p.contains(finest)) {
                return null;
            }
        }
        return finest;
    }
}
