package io.figurewire.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An anchor town that is a namesake abroad. GeoNames ranks an unqualified name by population, so a
 * story about Mati in Greece resolves to the Mati of 106,000 in the Philippines, and one about Mena
 * near Mecca to a Mena in Ukraine. When the headline and lede name countries (or listed cities) and
 * never the town's own, the town is read as a place of the country they name most, with the
 * town's name: its key stays the town's, and its path meets the outlets that name the country.
 * A town of {@code namesakePopulation} or more, a listed city, or a dateline that names its
 * country ("MATI, Philippines —") stands.
 */
final class ForeignNamesakes {

    private final Gazetteer gazetteer;

    ForeignNamesakes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** {@code place}, or the same name inside the country the article names when it is a namesake abroad. */
    GeoPlace placed(GeoPlace place, String title, List<String> lede, List<String> leads) {
        if (!candidate(place) || qualifiedDateline(leads)) return place;
        Map<String, Integer> named = namedCountries(title, lede);
        if (named.isEmpty() || named.containsKey(place.country())) return place;
        String country = null;
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (country == null || e.getValue() > named.get(country)) country = e.getKey();
        }
        GeoPlace within = GeoPlace.country(country);
        // "S.Leone": a word of the country's own name is the country
        return (" " + country + " ").contains(" " + place.name() + " ") ? within : PlaceResolver.inside(place.name(), within);
    }

    private boolean candidate(GeoPlace place) {
        return place != null && place.level() != GeoPlace.Level.COUNTRY && place.country() != null
                && place.population() < gazetteer.resolver().rules().namesakePopulation() && gazetteer.place(place.name()) == null;
    }

    /** "MATI, Philippines (AP) —": the dateline itself says which one. */
    private boolean qualifiedDateline(List<String> leads) {
        PlaceRules rules = gazetteer.resolver().rules();
        for (String p : leads == null ? List.<String>of() : leads) {
            Dateline d = Dateline.parse(p, rules.datelineSkip(), rules.months());
            if (d != null) return d.within() != null;
        }
        return false;
    }

    /**
     * How often the texts name each country, as a country or through a listed city, leaving out an
     * actor's country ("US officials") and the counted people's trip ("migrants from Greece").
     */
    private Map<String, Integer> namedCountries(String title, List<String> lede) {
        Map<String, Integer> named = new LinkedHashMap<>();
        List<String> texts = new java.util.ArrayList<>(lede);
        if (title != null) texts.add(0, title);
        for (String t : texts) {
            if (t == null) continue;
            List<Lexeme> lx = Lexer.lex(ClaimExtractor.bounded(t));
            List<Gazetteer.Hit> hits = gazetteer.find(lx, null);
            for (Gazetteer.Hit h : hits) {
                if (h.place() == null || h.place().geo().country() == null) continue;
                if (!h.isCountry() && gazetteer.place(h.place().name()) == null) continue;
                boolean actor = SentencePlaces.namesAnActor(lx, h);
                if (actor || SentencePlaces.trip(lx, hits, h)) continue;
                named.merge(h.place().geo().country(), 1, Integer::sum);
            }
        }
        return named;
    }
}
