package io.figurewire.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The place of an article's main event, from its dateline, headline and lede, and the key place
 * of each claim relative to it.
 * <ul>
 *   <li>The headline names the event ("Beirut blast"): its place wins, except that a state or
 *       province gives way to a dateline town inside it ("SURFSIDE, Fla." under "Florida condo"),
 *       and a country to the town or state of a point event (see {@link PointEventSite}).</li>
 *   <li>Else the dateline: a small town there is where the event is; a capital or a city of
 *       {@code bureauPopulation} is where a bureau files from, so a different place the lede
 *       names wins over it ("ANKARA — ... in Malatya").</li>
 *   <li>Else the place the lede names most, after a preposition first.</li>
 *   <li>A headline (or, when nothing else names a place, a lede) may name a site no gazetteer
 *       knows before an event noun: "Harlow Quay fire".</li>
 * </ul>
 * Keys: a claim placed at the anchor, at a place containing it ("Turkey" for Antakya) or nowhere
 * gets the anchor's key; a claim placed elsewhere, inside the anchor included, gets its own.
 */
public final class EventAnchor {

    /** Paragraphs whose places count for the lede; a dateline is looked for in all the leads given. */
    static final int LEDE_PARAGRAPHS = 3;
    /** How many states or provinces of one country a lede names for its event to be the country's. */
    private static final int PROVINCES_OF_A_COUNTRY = 3;
    /** Words after an event noun that make it part of a body's name (word-classes.json). */
    private static final java.util.Set<String> BODY_NAME_NOUNS = WordClasses.get("body-name-nouns");

    private final Gazetteer gazetteer;
    private final PointEventSite pointEvents;
    private final ForeignNamesakes namesakes;
    /** The last anchor parsed from a context's location: the paragraphs of one article come together. */
    private volatile Parsed last = new Parsed(null, null);

    private record Parsed(String path, GeoPlace place) {
    }

    EventAnchor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.pointEvents = new PointEventSite(gazetteer);
        this.namesakes = new ForeignNamesakes(gazetteer);
    }

    /** The anchor of the article a context describes (its {@code location} path), or null. */
    GeoPlace of(ArticleContext ctx) {
        String path = ctx == null ? null : ctx.location();
        if (path == null) return null;
        Parsed p = last;
        if (path.equals(p.path())) return p.place();
        GeoPlace g = gazetteer.anchor(path);
        last = new Parsed(path, g);
        return g;
    }

    /**
     * The anchor of an article, or null when it names no place. It is the finest place of the
     * event the article names: a site (see {@link #site}) refines the town it lies in, a town
     * refines the state or county it lies in, so that an outlet that names "London" and one that
     * names "Grenfell Tower" (in London) meet on the site, and "Florida" gives way to Surfside.
     */
    public GeoPlace anchor(String title, List<String> leads) {
        GeoPlace dateline = dateline(leads);
        List<String> body = withoutDateline(leads);
        List<String> lede = body == null ? List.of() : body.subList(0, Math.min(LEDE_PARAGRAPHS, body.size()));
        GeoPlace place = namesakes.placed(place(title, lede, dateline), title, lede, leads);
        if (place == null || place.level() == GeoPlace.Level.COUNTRY) return place;
        if (place.level() == GeoPlace.Level.UNKNOWN && place.country() == null && place.admin2() == null) {
            // a headline site or a bare dateline town ("KARSK —"): placed in the place the lede names around it
            GeoPlace around = best(lede, dateline, false);
            return around == null ? place : PlaceResolver.inside(place.name(), townBefore(lede, around));
        }
        GeoPlace site = ledeSite(lede, place);
        return site != null ? site : place;
    }

    /**
     * "at the mine in Brannock, West Virginia": capitalized words after a place preposition and
     * before a comma and {@code around}'s name are a town of it, known to no gazetteer (a known
     * one would have been read as a place); else {@code around}.
     */
    private GeoPlace townBefore(List<String> lede, GeoPlace around) {
        for (String t : lede) {
            List<Lexeme> lx = Lexer.lex(ClaimExtractor.bounded(t));
            for (int c = 1; c + 1 < lx.size(); c++) {
                if (!lx.get(c).isPunct(',') || !namesAt(lx, c + 1, around)) continue;
                int start = c;
                while (start > 0 && start > c - 4 && siteWord(lx.get(start - 1))) start--;
                if (start == c || start == 0 || !gazetteer.resolver().rules().prepositionBefore(lx, start)) continue;
                if (!gazetteer.find(lx.subList(start, c), null).isEmpty()) continue;
                StringBuilder b = new StringBuilder();
                for (int i = start; i < c; i++) b.append(i > start ? " " : "").append(lx.get(i).text());
                return PlaceResolver.inside(b.toString(), around);
            }
        }
        return around;
    }

    /** Whether the first place named at lexeme {@code at} is {@code place}. */
    private boolean namesAt(List<Lexeme> lx, int at, GeoPlace place) {
        List<Gazetteer.Hit> hits = gazetteer.find(lx.subList(at, Math.min(lx.size(), at + 4)), null);
        return !hits.isEmpty() && hits.get(0).first() == 0 && hits.get(0).place() != null && hits.get(0).place().geo().sameAs(place);
    }

    /** The headline's, dateline's or lede's place, by the rules of the class comment. */
    private GeoPlace place(String title, List<String> lede, GeoPlace dateline) {
        GeoPlace headline = best(title == null ? List.of() : List.of(title), dateline, true);
        // the lede's names are read near the dateline, else near the headline's place ("Illinois": that Peoria)
        GeoPlace ledePlace = best(lede, dateline != null ? dateline : headline, false);
        // the dateline places a site, never the lede: a lede also names places of other events ("since Manchester")
        if (headline == null) headline = site(title, dateline);
        if (headline != null && headline.level() == GeoPlace.Level.COUNTRY) {
            // "Japan's Noto Peninsula quake": the country places the site the headline names the event after
            GeoPlace site = site(title, headline);
            if (site != null && gazetteer.place(site.name()) == null && gazetteer.geo(site.name(), headline) == null) return site;
        }
        if (headline != null) {
            if (dateline != null && headline.level() != GeoPlace.Level.COUNTRY && headline.contains(dateline)
                    && !arealElsewhere(title, lede, headline, ledePlace, dateline)) return dateline;
            // "Brazil dam collapse" from BRUMADINHO: a point event lies at the town, not over the country
            GeoPlace point = pointEvents.refine(headline, title, dateline, lede);
            if (point != null) return point;
            // "Illinois tornado" with "in Peoria" in the lede: a state or county gives way to a town inside it
            boolean admin = headline.level() == GeoPlace.Level.ADMIN1 || headline.level() == GeoPlace.Level.ADMIN2;
            return admin && ledePlace != null && !ledePlace.sameAs(headline) && headline.contains(ledePlace) ? ledePlace : headline;
        }
        if (dateline != null) {
            boolean bureau = gazetteer.resolver().rules().bureau(dateline);
            if (bureau && ledePlace != null && !ledePlace.sameAs(dateline)) return ledePlace;
            // "ISLAMABAD: ... floods across the country": a bureau reports its country's floods
            boolean national = bureau && ledePlace == null && dateline.country() != null && pointEvents.arealEvent(title);
            return national ? GeoPlace.country(dateline.country()) : dateline;
        }
        if (ledePlace != null) return ledePlace;
        // no place anywhere: a site the lede names before an event noun ("the Harlow Quay fire victims")
        for (String p : lede) {
            GeoPlace site = site(p, null);
            if (site != null) return site;
        }
        return nationality(title);
    }

    /**
     * "LEXINGTON, Ky. — floods in eastern Kentucky": a city paper files about floods, storms or fires
     * over its state, and the lede places them in the headline's state (or a place of it) other
     * than the dateline city: the city is where the byline is. A point event, or a lede that names
     * no place or the city itself, leaves the dateline town the event's place.
     */
    private boolean arealElsewhere(String title, List<String> lede, GeoPlace headline, GeoPlace ledePlace, GeoPlace dateline) {
        if (ledePlace == null || !pointEvents.arealStory(title, lede) || ledePlace.sameAs(dateline) || dateline.contains(ledePlace)) return false;
        return ledePlace.sameAs(headline) || headline.contains(ledePlace);
    }

    /**
     * "Kenyan mall siege enters third day", "German floods": with no place named anywhere, a
     * nationality right before the headline's event (within three words) names the country.
     * "Ebola toll rises but Cuban doctor is stable" names none.
     */
    private GeoPlace nationality(String title) {
        if (title == null) return null;
        List<Lexeme> lx = Lexer.lex(title.length() > 300 ? title.substring(0, 300) : title);
        for (int k = 0; k < lx.size(); k++) {
            Gazetteer.Place p = lx.get(k).isCapitalized() ? gazetteer.byDemonym(lx.get(k).text()) : null;
            if (p != null && "country".equals(p.kind()) && eventWithin(lx, k + 1, k + 4)) return p.geo();
        }
        return null;
    }

    private boolean eventWithin(List<Lexeme> lx, int from, int to) {
        for (int i = from; i < Math.min(to, lx.size()); i++) {
            if (gazetteer.resolver().rules().eventWord(lx.get(i).lower())) return true;
        }
        return false;
    }

    /**
     * A site the lede names in an anchor below country level: before an event noun anywhere in the lede
     * ("the Grenfell Tower fire"), or as a facility after "at"/"in" in its first paragraph ("the
     * death toll at Grenfell Tower"). Placed inside the anchor; null when there is none.
     */
    private GeoPlace ledeSite(List<String> lede, GeoPlace town) {
        for (int i = 0; i < lede.size(); i++) {
            GeoPlace s = site(lede.get(i), town);
            if (s == null && i == 0) s = facilityAfterPreposition(lede.get(i), town);
            if (s != null && !s.name().equals(town.name()) && !s.name().startsWith(town.name() + " ")) return s;
        }
        return null;
    }

    /** "at Grenfell Tower", "in the Karsk Colliery": capitalized words ending in a facility noun, after "at" or "in" (and "the"). */
    private GeoPlace facilityAfterPreposition(String text, GeoPlace around) {
        List<Lexeme> lx = Lexer.lex(text.length() > 300 ? text.substring(0, 300) : text);
        PlaceRules rules = gazetteer.resolver().rules();
        for (int k = 1; k < lx.size(); k++) {
            Lexeme l = lx.get(k);
            if (!l.isCapitalized() || !rules.facilityNouns().contains(l.lower())) continue;
            if (k + 1 < lx.size() && lx.get(k + 1).isCapitalized()) continue;
            int start = k;
            while (start > 0 && start > k - 4 && siteWord(lx.get(start - 1))) start--;
            if (start == k || start == 0 || !lx.get(start - 1).isWord()) continue;
            int p = start - 1;
            if (lx.get(p).is("the") && p > 0) p--;
            if (!lx.get(p).is("at") && !lx.get(p).is("in")) continue;
            StringBuilder b = new StringBuilder();
            for (int i = start; i <= k; i++) b.append(i > start ? " " : "").append(lx.get(i).text());
            return PlaceResolver.inside(b.toString(), around);
        }
        return null;
    }

    /** The dateline place of the first lead paragraph that opens with one, resolved when a gazetteer knows it. */
    GeoPlace dateline(List<String> leads) {
        if (leads == null) return null;
        for (String p : leads) {
            Dateline d = Dateline.parse(p, gazetteer.resolver().rules().datelineSkip(), gazetteer.resolver().rules().months());
            if (d == null) continue;
            // "W. Va." is written with and without its space: the list holds the unspaced form
            String within = d.within() == null ? null : d.within().replace(". ", ".");
            String qualifier = within == null ? null : gazetteer.resolver().rules().stateAbbreviations().getOrDefault(within, d.within());
            String path = d.place() + (qualifier == null ? "" : ", " + qualifier);
            GeoPlace g = gazetteer.anchor(path);
            boolean titleCaseUnknown = g.level() == GeoPlace.Level.UNKNOWN && !isUpper(p) && d.within() == null;
            if (!titleCaseUnknown) return g;
        }
        return null;
    }

    /** The leads with their datelines cut off: "ANKARA, Turkey (AP) —" is where the bureau is, not what the lede says. */
    private List<String> withoutDateline(List<String> leads) {
        if (leads == null) return null;
        List<String> out = new java.util.ArrayList<>(leads.size());
        for (String p : leads) {
            Dateline d = Dateline.parse(p, gazetteer.resolver().rules().datelineSkip(), gazetteer.resolver().rules().months());
            out.add(d == null ? p : p.substring(d.end()));
        }
        return out;
    }

    private static boolean isUpper(String p) {
        int k = 0;
        while (k < p.length() && (Character.isLetter(p.charAt(k)) || p.charAt(k) == ' ')) k++;
        String head = p.substring(0, k).trim();
        return head.length() > 1 && head.equals(head.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * A site no gazetteer knows, named in a headline (or lede) before an event noun: "Grenfell Tower
     * fire", "Karsk colliery blast" → "Grenfell Tower", placed inside {@code around} when known.
     * Two capitalized words, or one that does not open the headline ("Powerful earthquake").
     */
    private GeoPlace site(String text, GeoPlace around) {
        if (text == null) return null;
        List<Lexeme> lx = Lexer.lex(text.length() > 300 ? text.substring(0, 300) : text);
        PlaceRules rules = gazetteer.resolver().rules();
        for (int e = 1; e < lx.size(); e++) {
            if (!rules.eventNouns().contains(lx.get(e).lower()) || rules.notEventAfter().contains(lx.get(e - 1).lower())
                    || inBodysName(lx, e)) continue;
            int k = e - 1;
            boolean facility = k > 0 && rules.facilityNouns().contains(lx.get(k).text());
            if (facility) k--;
            int start = k + 1;
            while (start > 0 && start > e - 4 && siteWord(lx.get(start - 1))) start--;
            int words = k + 1 - start;
            if (words == 0 || (words == 1 && start == 0 && !facility) || placeFrom(lx, start - 1, k + 1)) continue;
            // "Oslo-Karsk Plane Crash": the end of a route, with its vehicle, is no site
            if (start > 0 && lx.get(start - 1).isDash() && SentencePlaces.tripNoun(lx.get(k))) continue;
            StringBuilder b = new StringBuilder();
            for (int i = start; i <= k; i++) b.append(i > start ? " " : "").append(lx.get(i).text());
            String name = b.toString();
            return around == null ? GeoPlace.unknown(name, null) : PlaceResolver.inside(name, around);
        }
        return null;
    }

    /** "the Natural Disaster Management Authority", "Brennick Fire Service": the event noun is a word of a body's name, no event. */
    private static boolean inBodysName(List<Lexeme> lx, int event) {
        return event + 1 < lx.size() && lx.get(event).isCapitalized() && lx.get(event + 1).isCapitalized()
                && BODY_NAME_NOUNS.contains(lx.get(event + 1).lower());
    }

    /**
     * Whether a known place opens at {@code from} and runs into the site's words before {@code to}:
     * "West Virginia Mine Disaster" is the state's mine, not a site called "Virginia Mine" (the compass
     * word is no site word, so the site's run starts inside the place's name).
     */
    private boolean placeFrom(List<Lexeme> lx, int from, int to) {
        if (from < 0) return false;
        List<Gazetteer.Hit> hits = gazetteer.find(lx.subList(from, to), null);
        return !hits.isEmpty() && hits.get(0).first() == 0 && hits.get(0).end() > 1 && hits.get(0).place() != null;
    }

    /** A word of a site's name: capitalized, and no determiner, common word ("The", "Police") or nationality ("German floods"). */
    private boolean siteWord(Lexeme l) {
        PlaceRules rules = gazetteer.resolver().rules();
        return l.isCapitalized() && !rules.stopNames().contains(l.text()) && !rules.notSiteNames().contains(l.text())
                && !rules.modifiers().contains(l.lower()) && gazetteer.byDemonym(l.text()) == null;
    }

    /** The most named place of the texts: after a preposition and below country level weigh more; an actor's country less. */
    private GeoPlace best(List<String> texts, GeoPlace dateline, boolean headline) {
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, GeoPlace> byPath = new LinkedHashMap<>();
        for (String t : texts) {
            if (t == null) continue;
            List<Lexeme> lx = Lexer.lex(ClaimExtractor.bounded(t));
            List<Gazetteer.Hit> hits = gazetteer.find(lx, dateline);
            for (Gazetteer.Hit h : hits) {
                if (h.place() == null || (headline && !sureInHeadline(h)) || inLongerName(lx, h)) continue;
                // "Dubai-Kozhikode flight", "the flight from Dubai": where a trip began or ran is not where the event is
                if (SentencePlaces.trip(lx, hits, h) || SentencePlaces.route(lx, h)) continue;
                double w = 1.0;
                if (h.first() > 0 && gazetteer.resolver().rules().prepositionBefore(lx, h.first())) w += 1.0;
                if (!"country".equals(h.place().kind())) w += 0.5;
                if (SentencePlaces.namesAnActor(lx, h)) {
                    // "with US President Trump": whose leader talks, not where the story is
                    w *= 0.25;
                }
                String key = h.place().geo().path();
                score.merge(key, w, Double::sum);
                byPath.putIfAbsent(key, h.place().geo());
            }
        }
        String top = null;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (top == null || e.getValue() > score.get(top)) top = e.getKey();
        }
        return top == null ? null : countryOfProvinces(byPath.get(top), byPath.values());
    }

    /** "759 died in Sindh, 308 in Khyber Pakhtunkhwa, 336 in Balochistan": a figure broken down over three provinces is the country's. */
    private static GeoPlace countryOfProvinces(GeoPlace top, java.util.Collection<GeoPlace> named) {
        if (top.level() != GeoPlace.Level.ADMIN1 || top.country() == null) return top;
        long provinces = named.stream().filter(g -> g.level() == GeoPlace.Level.ADMIN1 && top.country().equals(g.country())).count();
        return provinces >= PROVINCES_OF_A_COUNTRY ? GeoPlace.country(top.country()) : top;
    }

    /** "Victoria King, 71": a place name that is a word of a person's or a body's name says nothing of where. */
    private boolean inLongerName(List<Lexeme> lx, Gazetteer.Hit h) {
        if ("country".equals(h.place().kind())) return false;
        boolean after = h.end() < lx.size() && lx.get(h.end()).isCapitalized()
                && !gazetteer.resolver().rules().placeNouns().contains(lx.get(h.end()).lower());
        // "Eastern Kentucky": a compass word before a place is a part of it, not a person's first name;
        // "Shooting In Dayton's ...": title case capitalizes a preposition, which opens the place, not a name
        Lexeme before = h.first() > 1 ? lx.get(h.first() - 1) : null;
        PlaceRules rules = gazetteer.resolver().rules();
        return after || (before != null && before.isCapitalized() && !rules.modifiers().contains(before.lower())
                && !rules.confirmBefore().contains(before.lower()));
    }

    /** Headlines capitalize every word: only listed places, large towns and the dateline's place count there. */
    private boolean sureInHeadline(Gazetteer.Hit h) {
        GeoPlace g = h.place().geo();
        return gazetteer.place(h.place().name()) != null || g.level() == GeoPlace.Level.UNKNOWN
                || g.population() >= gazetteer.resolver().rules().minPopulation();
    }

    /** The place slug of a claim's key: the anchor's for a claim at it, around it or nowhere, else its own. */
    String keyPlace(String location, ArticleContext ctx) {
        GeoPlace anchor = of(ctx);
        if (anchor == null) return location == null ? null : MetricKeys.slug(location);
        if (location == null || location.equals(ctx.location()) || location.equals(anchor.path())) return anchor.slug();
        GeoPlace p = gazetteer.geo(location, anchor);
        if (p != null && p.contains(anchor)) return anchor.slug();
        return MetricKeys.slug(location);
    }

    /**
     * The anchor's place path (see {@link KeyPaths}) when the claim's key is the anchor's (what
     * {@link #keyPlace} gives for the anchor, a place containing it or no place); null for a key
     * of another place: a breakdown ("In Syria, ...", a province of the anchor country) is no
     * outlet's anchoring of the event, so it neither joins a finer key nor is joined by a coarser one.
     */
    java.util.List<String> keyPath(String location, ArticleContext ctx) {
        GeoPlace anchor = of(ctx);
        if (anchor == null) return null;
        if (location == null || location.equals(ctx.location()) || location.equals(anchor.path())) return KeyPaths.of(anchor);
        GeoPlace p = gazetteer.geo(location, anchor);
        return p != null && p.contains(anchor) ? KeyPaths.of(anchor) : null;
    }

    /**
     * The location a claim reports: a place that contains the article's anchor ("Lebanon" in a
     * story from Beirut) is about the anchor's event, so the claim reports the anchor's path.
     */
    String claimLocation(String location, ArticleContext ctx) {
        GeoPlace anchor = of(ctx);
        if (anchor == null || location == null || location.equals(ctx.location())) return location;
        GeoPlace p = gazetteer.geo(location, anchor);
        return p != null && !p.sameAs(anchor) && p.contains(anchor) ? ctx.location() : location;
    }
}
