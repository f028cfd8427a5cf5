package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places and named events from {@code places.json} and {@code metric-aliases.json}, and the
 * GeoNames towns and admin areas of {@link GeoNames}, found in text by whole-lexeme,
 * case-sensitive matching (so "Chad" the country is not "chad"), longest name first. A
 * places.json name always counts; a GeoNames name only under {@link PlaceRules}, and an
 * ambiguous one is resolved by the other places of its sentence, the article's anchor and
 * population ({@link PlaceResolver}).
 */
public final class Gazetteer {

    /** A place: the name claims report, its demonyms, its kind (country, area, region, city) and where it lies. */
    public record Place(String name, List<String> demonyms, String kind, GeoPlace geo) {
        public String slug() {
            return MetricKeys.slug(name);
        }
    }

    /** A named event ("the October 7 attack") with a key slug and where it happened. */
    public record Event(String name, String slug, String place) {
    }

    /** A found name: lexemes [first, end) and what it names (a Place or an Event). */
    public record Hit(int first, int end, Place place, Event event) {
        boolean isCountry() {
            return place != null && "country".equals(place.kind());
        }
    }

    private record Entry(String[] texts, Place place, Event event) {
    }

    /** Landform words after a place's name ("Noto Peninsula") that make the whole another place. */
    private static final Set<String> FEATURE_NOUNS = WordClasses.get("feature-nouns");

    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final Map<String, Place> byDemonym = new HashMap<>();
    private final Map<String, Place> byName = new HashMap<>();
    private final List<String[]> localAgents = new ArrayList<>();
    private final PlaceResolver resolver;

    Gazetteer(JsonNode places, JsonNode aliases, GeoNames geo, PlaceRules rules) {
        this.resolver = new PlaceResolver(geo, rules, w -> byDemonym.containsKey(w.toLowerCase(Locale.ROOT)));
        for (JsonNode p : places.path("places")) {
            List<String> dem = new ArrayList<>();
            for (JsonNode d : p.path("demonyms")) dem.add(d.asText());
            String name = p.path("name").asText();
            String kind = p.path("kind").asText("country");
            Place place = new Place(name, dem, kind, resolver.curated(name, kind));
            byName.put(place.name().toLowerCase(Locale.ROOT), place);
            add(place.name(), place, null);
            for (JsonNode a : p.path("aliases")) {
                add(a.asText(), place, null);
                byName.putIfAbsent(a.asText().toLowerCase(Locale.ROOT), place);
            }
            for (String d : dem) byDemonym.put(d.toLowerCase(Locale.ROOT), place);
        }
        for (JsonNode a : places.path("localAgents")) localAgents.add(Phrases.words(a.asText()));
        for (JsonNode e : aliases.path("events")) {
            Event ev = new Event(e.path("name").asText(), e.path("slug").asText(), e.path("place").asText(null));
            for (JsonNode n : e.path("names")) add(n.asText(), null, ev);
        }
        for (List<Entry> l : byFirst.values()) l.sort((a, b) -> b.texts().length - a.texts().length);
    }

    private void add(String name, Place place, Event event) {
        List<Lexeme> lx = Lexer.lex(name);
        if (lx.isEmpty()) return;
        String[] texts = lx.stream().map(Lexeme::text).toArray(String[]::new);
        byFirst.computeIfAbsent(texts[0], k -> new ArrayList<>()).add(new Entry(texts, place, event));
    }

    public Place place(String name) {
        return name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
    }

    PlaceResolver resolver() {
        return resolver;
    }

    /**
     * Where a place name of a claim lies: a places.json place, else the best GeoNames reading
     * near {@code anchor}, else the anchor itself when it has that name; null when unknown.
     */
    public GeoPlace geo(String name, GeoPlace anchor) {
        if (name == null) return null;
        if (anchor != null && anchor.name().equals(name)) return anchor;
        Place p = place(name);
        if (p != null) return p.geo();
        return resolver.best(name, anchor);
    }

    /** An article's anchor from its serialized path ("Antakya, Hatay, Turkey" or "Karsk"), or null. */
    public GeoPlace anchor(String path) {
        return path == null || path.isBlank() ? null : resolver.parsePath(path, this);
    }

    public Place byDemonym(String word) {
        return byDemonym.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The country of a local agency named by nationality ("the Greek coastguard", "Turkish
     * rescuers"), or null. Only agencies that work at home count: "Israeli strikes" or
     * "Russian troops" say nothing about where the figure happened.
     */
    public Place countryOfLocalAgency(List<Lexeme> lx) {
        for (int i = 0; i + 1 < lx.size(); i++) {
            Lexeme l = lx.get(i);
            if (!l.isWord() || !l.isCapitalized()) continue;
            Place p = byDemonym.get(l.lower());
            if (p == null || !"country".equals(p.kind())) continue;
            for (String[] agent : localAgents) {
                if (Phrases.matchLength(lx, i + 1, agent) > 0) return p;
            }
        }
        return null;
    }

    /** All place and event names in the lexemes, left to right, not overlapping. */
    public List<Hit> find(List<Lexeme> lx) {
        return find(lx, null);
    }

    /**
     * All place and event names, left to right, not overlapping: places.json names first, then
     * GeoNames names that pass {@link PlaceRules}, then the anchor's own name when no gazetteer
     * knows it ("Karsk" from the dateline "KARSK —"); none inside an airline's name ("Air India").
     */
    public List<Hit> find(List<Lexeme> lx, GeoPlace anchor) {
        List<Hit> hits = curated(lx);
        return CarrierNames.without(lx, withoutPartsOfTowns(lx, resolver.addGeoHits(lx, hits, anchor)));
    }

    /**
     * "Dayton's Oregon District", "Tacoma's Idaho Street": a state's or country's name after a
     * town's possessive names a part of the town (a district, a street), not that state; a place
     * inside the town ("Tokyo's Shinjuku") or after a country's possessive ("Sudan's Gezira") stays.
     */
    private static List<Hit> withoutPartsOfTowns(List<Lexeme> lx, List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits.size());
        Hit owner = null;
        for (Hit h : hits) {
            if (!(partOfTown(lx, owner, h))) out.add(h);
            owner = h;
        }
        return out.size() == hits.size() ? hits : out;
    }

    private static boolean partOfTown(List<Lexeme> lx, Hit owner, Hit h) {
        if (owner == null || owner.place() == null || h.place() == null || h.first() != owner.end() + 2) return false;
        if (!Lexer.possessiveAt(lx, owner.end())) return false;
        GeoPlace town = owner.place().geo();
        GeoPlace part = h.place().geo();
        // a dateline town no gazetteer knows ("DAYTON, OH —" read as a name) is a town too
        boolean townLevel = town.level() == GeoPlace.Level.TOWN || town.level() == GeoPlace.Level.ADMIN2
                || town.level() == GeoPlace.Level.UNKNOWN;
        boolean wider = part.level() == GeoPlace.Level.COUNTRY || part.level() == GeoPlace.Level.ADMIN1 || part.level() == GeoPlace.Level.AREA;
        return townLevel && wider && !town.contains(part);
    }

    private List<Hit> curated(List<Lexeme> lx) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < lx.size()) {
            List<Entry> cands = byFirst.get(lx.get(i).text());
            Hit hit = null;
            if (cands != null) {
                for (Entry e : cands) {
                    if (matches(lx, i, e.texts())) {
                        int end = i + e.texts().length;
                        // a trailing full stop of "U.S." may be the sentence's own
                        // "Noto Peninsula": the landform named after the place is another place, left to the readers of unknown names
                        if (end < lx.size() && lx.get(end).isCapitalized() && FEATURE_NOUNS.contains(lx.get(end).lower())) break;
                        hit = new Hit(i, end, e.place(), e.event());
                        break;
                    }
                }
            }
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    private static boolean matches(List<Lexeme> lx, int at, String[] texts) {
        if (at + texts.length > lx.size()) return false;
        for (int k = 0; k < texts.length; k++) {
            Lexeme l = lx.get(at + k);
            if (!l.text().equals(texts[k])) return false;
            // "Gaza Strip" must not match across a line's punctuation glued differently
            if (k > 0 && l.isWord() && lx.get(at + k - 1).isWord() && !l.spaceBefore()) return false;
        }
        int end = at + texts.length;
        return end >= lx.size() || !gluedSuffix(lx.get(end));
    }

    /**
     * A lexeme glued to the end of a name makes it another word: a longer word, or a currency
     * sign ("US$80 million", "HK$5 million" are money, not places).
     */
    private static boolean gluedSuffix(Lexeme next) {
        return !next.spaceBefore() && (next.isWord() || next.isPunct('$'));
    }
}
