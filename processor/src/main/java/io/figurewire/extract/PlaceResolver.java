package io.figurewire.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds GeoNames places in a sentence and picks one reading of an ambiguous name. A reading
 * scores by the other places of the sentence that contain it ("Springfield, Illinois"), then
 * by the article's anchor (in it, around it, same country), then by population.
 */
final class PlaceResolver {

    /** A GeoNames name found in text, before it is admitted and resolved. */
    private record Span(int first, int end, List<GeoPlace> candidates) {
    }

    private final GeoNames geo;
    private final PlaceRules rules;
    /** Whether a word is a nationality adjective of a places.json place ("Spanish"): no place, even where a town is so named. */
    private final java.util.function.Predicate<String> demonym;

    PlaceResolver(GeoNames geo, PlaceRules rules, java.util.function.Predicate<String> demonym) {
        this.geo = geo;
        this.rules = rules;
        this.demonym = demonym;
    }

    PlaceRules rules() {
        return rules;
    }

    /** Where a places.json entry lies: a country is itself; a city or area takes its most populous GeoNames namesake. */
    GeoPlace curated(String name, String kind) {
        if ("country".equals(kind)) return GeoPlace.country(name);
        GeoPlace best = null;
        for (GeoPlace c : geo.named(name)) {
            if (c.level() != GeoPlace.Level.COUNTRY && (best == null || c.population() > best.population())) best = c;
        }
        if (best == null) {
            GeoPlace province = "area".equals(kind) ? provinceNamed(name) : null;
            return province != null ? province : new GeoPlace(name, GeoPlace.Level.AREA, null, null, null, 0, false);
        }
        return new GeoPlace(name, best.level(), best.country(), best.admin1(), best.admin2(), best.population(), best.capital());
    }

    /**
     * "Herat province", "Shan State": a listed area spelled with its place noun is the GeoNames
     * province or district so named (the most populous), so that it lies in its country and meets
     * the reports that name the province bare; null when the words before the noun name none.
     */
    private GeoPlace provinceNamed(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0 || !rules.placeNouns().contains(name.substring(space + 1).toLowerCase(java.util.Locale.ROOT))) return null;
        GeoPlace best = null;
        for (GeoPlace c : geo.named(name.substring(0, space))) {
            boolean admin = c.level() == GeoPlace.Level.ADMIN1 || c.level() == GeoPlace.Level.ADMIN2;
            if (admin && (best == null || c.population() > best.population())) best = c;
        }
        return best;
    }

    /** The best GeoNames reading of a name for an article anchored at {@code anchor}, or null. */
    GeoPlace best(String name, GeoPlace anchor) {
        return pick(geo.named(name), List.of(), anchor);
    }

    /**
     * "Antakya, Hatay, Turkey" → that Antakya; "Port Emmet, Valdoria" → an unknown place in
     * Valdoria; "Grenfell Tower, London, England, United Kingdom" → an unknown place in London.
     */
    GeoPlace parsePath(String path, Gazetteer gazetteer) {
        String[] parts = path.split(",\\s*");
        String name = parts[0].trim();
        String within = parts.length > 1 ? parts[parts.length - 1].trim() : null;
        Gazetteer.Place alias = within == null ? null : gazetteer.place(within);
        if (alias != null) within = alias.name(); // "Türkiye" → "Turkey", the name GeoNames places carry
        Gazetteer.Place curated = gazetteer.place(name);
        if (curated != null && (within == null || within.equals(curated.geo().country()))) return curated.geo();
        GeoPlace best = null;
        for (GeoPlace c : geo.named(name)) {
            if (within != null && !within.equals(c.country()) && !within.equals(c.admin1())) continue;
            if (parts.length > 2 && !parts[1].trim().equals(c.admin1()) && !parts[1].trim().equals(c.admin2())) continue;
            if (best == null || c.population() > best.population()) best = c;
        }
        if (best != null) return best;
        if (within == null) return GeoPlace.unknown(name, null);
        GeoPlace rest = parsePath(path.substring(path.indexOf(',') + 1).trim(), gazetteer);
        return inside(name, rest);
    }

    /** An unknown place inside a known one: its levels are the container's, the container in the slot below them. */
    static GeoPlace inside(String name, GeoPlace rest) {
        return switch (rest.level()) {
            case COUNTRY -> GeoPlace.unknown(name, rest.name());
            case ADMIN1 -> new GeoPlace(name, GeoPlace.Level.UNKNOWN, rest.country(), rest.name(), null, 0, false);
            case ADMIN2, TOWN, AREA -> new GeoPlace(name, GeoPlace.Level.UNKNOWN, rest.country(), rest.admin1(), rest.name(), 0, false);
            case UNKNOWN -> rest.country() == null ? GeoPlace.unknown(name, rest.name())
                    : new GeoPlace(name, GeoPlace.Level.UNKNOWN, rest.country(), rest.admin1(), rest.name(), 0, false);
        };
    }

    /** The curated hits plus the admitted GeoNames hits in the gaps between them, left to right. */
    List<Gazetteer.Hit> addGeoHits(List<Lexeme> lx, List<Gazetteer.Hit> listed, GeoPlace anchor) {
        List<Gazetteer.Hit> curated = yieldToLongerNames(lx, listed, anchor);
        List<Span> spans = spans(lx, curated, anchor);
        if (spans.isEmpty()) return curated;
        List<GeoPlace> context = new ArrayList<>();
        for (Gazetteer.Hit h : curated) if (h.place() != null) context.add(h.place().geo());
        List<Gazetteer.Hit> out = new ArrayList<>(curated);
        for (Span s : spans) {
            List<GeoPlace> admitted = admit(lx, s, spans, curated, anchor);
            if (admitted.isEmpty()) continue;
            List<GeoPlace> around = new ArrayList<>(context);
            for (Span o : spans) if (o != s) for (GeoPlace c : o.candidates()) if (c.level() != GeoPlace.Level.TOWN) around.add(c);
            GeoPlace p = pick(admitted, around, anchor);
            out.add(new Gazetteer.Hit(s.first(), s.end(), new Gazetteer.Place(p.name(), List.of(), kind(p), p), null));
        }
        out.sort(Comparator.comparingInt(Gazetteer.Hit::first));
        return out;
    }

    /**
     * The listed hits without those that start a longer GeoNames name which counts as a place
     * there: "Santiago de Compostela" is a city of Spain, not Chile's capital and two words;
     * "Benin City" lies in Nigeria. Only words extend a name ("Marseille 13 people" is Marseille),
     * and a longer name that is no place there ("the Texas City Council") leaves the listed hit.
     */
    private List<Gazetteer.Hit> yieldToLongerNames(List<Lexeme> lx, List<Gazetteer.Hit> curated, GeoPlace anchor) {
        List<Gazetteer.Hit> kept = curated;
        boolean[] none = null;
        for (Gazetteer.Hit h : curated) {
            // most listed names end the name: a comma, a full stop or a lowercase word that starts no longer one follows
            if (h.place() == null || h.end() >= lx.size() || !lx.get(h.end()).isWord() || geo.first(lx.get(h.first()).text()) == null) continue;
            if (none == null) none = new boolean[lx.size()];
            Span s = !kept.contains(h) ? null : longerNameAt(lx, h, kept, anchor, none);
            if (s != null) kept = kept.stream().filter(o -> o.first() < s.first() || o.end() > s.end()).toList();
        }
        return kept;
    }

    /** The longer GeoNames name that starts at listed hit {@code h} and counts as a place there ("Santiago de Cuba"), or null. */
    private Span longerNameAt(List<Lexeme> lx, Gazetteer.Hit h, List<Gazetteer.Hit> curated, GeoPlace anchor, boolean[] none) {
        Span s = longest(lx, h.first(), none);
        if (s == null || s.end() <= h.end()) return null;
        for (int k = h.end(); k < s.end(); k++) if (!lx.get(k).isWord()) return null;
        List<Gazetteer.Hit> outside = curated.stream().filter(o -> o.first() < s.first() || o.end() > s.end()).toList();
        return admit(lx, s, List.of(s), outside, anchor).isEmpty() ? null : s;
    }

    private static String kind(GeoPlace p) {
        return switch (p.level()) {
            case COUNTRY -> "country";
            case ADMIN1, ADMIN2, AREA -> "area";
            default -> "city";
        };
    }

    private List<Span> spans(List<Lexeme> lx, List<Gazetteer.Hit> curated, GeoPlace anchor) {
        List<Span> spans = new ArrayList<>();
        boolean[] taken = new boolean[lx.size()];
        for (Gazetteer.Hit h : curated) for (int k = h.first(); k < h.end(); k++) taken[k] = true;
        String[] anchorWords = anchor != null && anchor.level() == GeoPlace.Level.UNKNOWN ? Lexer.lex(anchor.name()).stream().map(Lexeme::text).toArray(String[]::new) : null;
        int i = 0;
        while (i < lx.size()) {
            Lexeme l = lx.get(i);
            if (taken[i] || !l.isCapitalized()) {
                i++;
                continue;
            }
            Span s = anchorWords != null && matchesAt(lx, i, anchorWords, taken) ? new Span(i, i + anchorWords.length, List.of(anchor))
                    : longest(lx, i, taken);
            // a word of one or two letters ("In", "At", "US") opens no one-word name; "El Paso", "Le Mans" it does
            if (s != null && l.text().length() < 3 && s.end() - i < 2) s = null;
            if (s == null) {
                i++;
            } else {
                spans.add(s);
                i = s.end();
            }
        }
        return spans;
    }

    private static boolean matchesAt(List<Lexeme> lx, int at, String[] words, boolean[] taken) {
        if (at + words.length > lx.size()) return false;
        for (int k = 0; k < words.length; k++) {
            if (taken[at + k] || !lx.get(at + k).text().equals(words[k])) return false;
        }
        return !glued(lx, at + words.length);
    }

    /** The longest GeoNames name starting at lexeme {@code i}, whole words only; null when none. */
    private Span longest(List<Lexeme> lx, int i, boolean[] taken) {
        GeoNames.Node n = geo.first(lx.get(i).text());
        Span best = null;
        int k = i;
        while (n != null) {
            if (n.places != null && !glued(lx, k + 1)) best = new Span(i, k + 1, n.places);
            k++;
            if (n.next == null || k >= lx.size() || taken[k]) break;
            // a name's words are glued as in the name: "Port-au-Prince", not "Port - au"
            n = n.child(lx.get(k).text());
        }
        return best;
    }

    /** A word glued to the name's last word, or a currency sign ("NZ$"): the name is part of another token. */
    private static boolean glued(List<Lexeme> lx, int end) {
        if (end >= lx.size() || lx.get(end).spaceBefore()) return false;
        Lexeme next = lx.get(end);
        return next.isPunct('$') || next.isWord() && lx.get(end - 1).isWord();
    }

    /** The readings of a span that count as places here (see {@link PlaceRules}); empty when it is no place. */
    private List<GeoPlace> admit(List<Lexeme> lx, Span s, List<Span> spans, List<Gazetteer.Hit> curated, GeoPlace anchor) {
        if (s.candidates().size() == 1 && s.candidates().get(0) == anchor) return s.candidates();
        if (partOfLongerName(lx, s)) return List.of();
        String surface = text(lx, s);
        if (demonym.test(surface)) return List.of();
        if (surface.length() > 1 && surface.equals(surface.toUpperCase(java.util.Locale.ROOT))) return List.of();
        List<GeoPlace> containers = containerAfter(lx, s, spans, curated);
        // "Hatay province", "the northern Spanish city of Lugo": a place noun says it is a place
        boolean noun = rules.placeNounAfter(lx, s.end()) || rules.calledAPlace(lx, s.first());
        boolean prep = rules.prepositionBefore(lx, s.first());
        // "in Mobile", but not "in the Post" or "in March"
        boolean directPrep = s.first() > 0 && lx.get(s.first() - 1).isWord() && rules.confirmBefore().contains(lx.get(s.first() - 1).lower());
        boolean initial = s.first() == 0 || (s.first() == 1 && lx.get(0).isPunct());
        boolean stop = rules.stopNames().contains(surface);
        boolean person = rules.personNames().contains(surface);
        List<GeoPlace> out = new ArrayList<>();
        for (GeoPlace c : s.candidates()) {
            boolean contained = containers.stream().anyMatch(q -> q.contains(c) && !q.sameAs(c));
            boolean ok;
            if (!containers.isEmpty()) ok = contained;
            else if (stop) ok = noun || (directPrep && !rules.months().contains(surface.toLowerCase(java.util.Locale.ROOT)));
            else if (person) ok = noun || prep;
            else if (c.level() == GeoPlace.Level.ADMIN2 && s.end() - s.first() == 1) ok = noun;
            else if (prep || noun) ok = true;
            else if (initial) ok = false;
            else ok = c.population() >= rules.minPopulation()
                    || (anchor != null && anchor.country() != null && anchor.country().equals(c.country()));
            if (ok) out.add(c);
        }
        return out;
    }

    /** "Victoria King", "Mobile Phone", "Sheriff Jackson", "Mr. Hope": a word of a longer proper name. */
    private boolean partOfLongerName(List<Lexeme> lx, Span s) {
        if (s.end() < lx.size()) {
            Lexeme next = lx.get(s.end());
            if (next.isCapitalized() && !rules.placeNouns().contains(next.lower())) return true;
        }
        int p = s.first() - 1;
        // "Kills 5 In Tacoma": title case capitalizes the preposition that opens the place, no word of a name
        if (p > 0 && lx.get(p).isCapitalized() && !rules.confirmBefore().contains(lx.get(p).lower())) return true;
        return p > 0 && lx.get(p).isPunct('.') && lx.get(p - 1).isCapitalized() && lx.get(p - 1).text().length() <= 3;
    }

    /** The places that ", X" right after the span names, which may contain it ("Springfield, Illinois"). */
    private static List<GeoPlace> containerAfter(List<Lexeme> lx, Span s, List<Span> spans, List<Gazetteer.Hit> curated) {
        int at = s.end() + 1;
        if (s.end() >= lx.size() || !lx.get(s.end()).isPunct(',')) return List.of();
        for (Gazetteer.Hit h : curated) if (h.first() == at && h.place() != null) return List.of(h.place().geo());
        for (Span o : spans) if (o.first() == at) return o.candidates();
        return List.of();
    }

    private static String text(List<Lexeme> lx, Span s) {
        StringBuilder b = new StringBuilder();
        for (int k = s.first(); k < s.end(); k++) {
            if (k > s.first() && lx.get(k).spaceBefore()) b.append(' ');
            b.append(lx.get(k).text());
        }
        return b.toString();
    }

    /** The reading most supported by the places around it, then the most populous; first wins a tie. O(candidates + around). */
    private static GeoPlace pick(List<GeoPlace> candidates, List<GeoPlace> around, GeoPlace anchor) {
        if (candidates.size() == 1) return candidates.get(0);
        Set<String> containers = new HashSet<>();
        for (GeoPlace q : around) {
            if (q == null || q.country() == null) continue;
            switch (q.level()) {
                case COUNTRY -> containers.add("C|" + q.country());
                case ADMIN1 -> containers.add("1|" + q.country() + "|" + q.name());
                case ADMIN2 -> containers.add("2|" + q.country() + "|" + q.name());
                default -> { }
            }
        }
        GeoPlace best = null;
        int bestScore = -1;
        for (GeoPlace c : candidates) {
            int score = 0;
            if (c.level() != GeoPlace.Level.COUNTRY && containers.contains("C|" + c.country())) score += 4;
            if (c.admin1() != null && containers.contains("1|" + c.country() + "|" + c.admin1())) score += 4;
            if (c.admin2() != null && containers.contains("2|" + c.country() + "|" + c.admin2())) score += 4;
            if (anchor != null) {
                if (anchor.contains(c)) score += 3;
                else if (c.contains(anchor)) score += 2;
                else if (anchor.country() != null && anchor.country().equals(c.country())) {
                    // near the anchor: same country, better same state ("Springfield" in a story from Peoria)
                    score += anchor.admin1() != null && anchor.admin1().equals(c.admin1()) ? 3 : 2;
                }
            }
            if (best == null || score > bestScore || (score == bestScore && c.population() > best.population())) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }
}
