package io.figurewire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated wire of concurrent events with its ground truth (issue 10), seeded so that a seed
 * is one wire. Each event happens in an invented town that only datelines name ("KARSK, Vestland
 * (Tern Wire) —"), inside a real region and country, and is reported by a few outlets over a day
 * or two with rising tolls. The wire has what real wires have:
 * <ul>
 *   <li>concurrent events, several in one region, in towns of their own;</li>
 *   <li>datelines at three levels: the town with its country, with its region, or alone with the
 *       region or country named in the lede;</li>
 *   <li>later paragraphs that restate the toll for the region or the country ("Across Norway, ...");</li>
 *   <li>comparisons with a past event ("the deadliest since 1998, when 61 people died"), which
 *       must never reach the event's key;</li>
 *   <li>syndicated copies (same body, another outlet, a little later);</li>
 *   <li>about one article in ten delivered late: sent after a newer report of its event;</li>
 *   <li>outlets that report an event only at the region or country level, with no town at all
 *       ("Landslide kills 12 in Atacama region"), for the events that are alone in their region
 *       and country (every third, while there are such regions): the figures stage must join
 *       those reports to the town's key (or the town's key must adopt them, when they come first);</li>
 *   <li>with {@link #sized}, what a benchmark needs besides: thousands of events, revisions (a
 *       report re-sent within the hour, same words, tolls corrected) and pages of about 3 KB
 *       ({@link WireFiller}: narrative without figures, boilerplate).</li>
 * </ul>
 * Ground truth ({@link #truth()}): per event and count type, the one key its reports should meet
 * on ({@code killed/<town>}, {@code injured/<town>}) and the figure of its newest report.
 */
public final class EventWire {

    /**
     * An event: where (an invented town in a real region of a real country) and what; {@code alone}
     * when no other event is in its region or country, so that some outlets report it only there.
     */
    public record Event(String id, String town, String region, String regionNoun, String country, String kind, boolean alone) {
        /** The key slug of the town: the only place part of the event's keys. */
        public String slug() {
            return town.toLowerCase(Locale.ROOT);
        }
    }

    /** How precisely an article places its event: the town (in a dateline), or only the region or the country. */
    public enum Level { TOWN, REGION, COUNTRY }

    /**
     * One article as sent; {@code copyOf} names the original of a syndicated copy, {@code late} one
     * sent after newer news, {@code level} where it places the event.
     */
    public record Article(String id, String eventId, String source, String title, Instant published, List<String> paragraphs,
                          int killed, int injured, String copyOf, boolean late, Level level) {
        /** The article as a line of {@code articles.raw} input (the JSON that {@code produce} reads). */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("source", source);
            m.put("title", title);
            m.put("published", published.toString());
            m.put("body", String.join("\n\n", paragraphs));
            return m;
        }
    }

    /** What the table must show: for one event and count type, the key and its latest figure (from {@code articleId}). */
    public record Truth(String eventId, String countType, String key, int value, String articleId) {
    }

    /**
     * How a wire is made: {@code events} events whose first reports are {@code gapMinutes} apart;
     * {@code revisionPercent} of reports followed by a revision; pages dressed by {@code filler}
     * (null: the bare report).
     */
    record Options(int events, int gapMinutes, int revisionPercent, WireFiller filler) {
    }

    /** Articles an event has on average under {@link #sized}: 5 reports, a tenth revised, 15 % syndicated. */
    static final double ARTICLES_PER_EVENT = 5 * 1.1 * 1.15;

    private record Region(String country, String region, String noun) {
    }

    private static final Region[] REGIONS = {
        new Region("Norway", "Vestland", "county"), new Region("Norway", "Nordland", "county"),
        new Region("Canada", "Manitoba", "province"), new Region("Australia", "Queensland", "state"),
        new Region("India", "Odisha", "state"), new Region("Brazil", "Bahia", "state"), new Region("Peru", "Puno", "region")};
    /** One event each, in countries no other region is in: reports at the region or country level are that event's. */
    private static final Region[] SOLO_REGIONS = {
        new Region("Chile", "Atacama", "region"), new Region("Mexico", "Sonora", "state"), new Region("Spain", "Galicia", "region"),
        new Region("Italy", "Calabria", "region"), new Region("South Africa", "Limpopo", "province"),
        new Region("Colombia", "Antioquia", "department")};
    private static final String[] SYLLABLES = {"kar", "vel", "dor", "mun", "ost", "bre", "sal", "tiv", "gan", "rok", "lem", "qua"};
    private static final String[] ENDINGS = {"sk", "by", "holm", "dal"};
    /** Syllables and endings of the towns of a large wire, where the few above run out of names. */
    private static final String[] MORE_SYLLABLES = {"kar", "vel", "dor", "mun", "ost", "bre", "sal", "tiv", "gan", "rok", "lem",
        "qua", "fen", "hil", "jor", "nak", "pel", "rus", "sor", "tam", "ulv", "vik", "wen", "yst", "zar", "bol", "kel", "mor"};
    private static final String[] MORE_ENDINGS = {"sk", "by", "holm", "dal", "vik", "stad", "heim", "berg"};
    /** Up to this many events, towns are drawn as they always were, so small wires stay as their tests know them. */
    private static final int SMALL_WIRE_EVENTS = 100;
    private static final String[] KINDS = {"colliery blast", "floods", "ferry fire", "landslide", "factory fire", "bus crash"};
    private static final String[] SOURCES = {"Tern Wire", "Valley Herald", "Coastline Press", "Northern Courier", "Delta Post"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final Instant T0 = Instant.parse("2026-03-02T05:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;
    private final Options options;
    private final List<Event> events = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<Truth> truth = new ArrayList<>();

    private EventWire(long seed, Options options) {
        this.random = new Random(seed);
        this.options = options;
        int eventCount = options.events();
        List<String> towns = eventCount <= SMALL_WIRE_EVENTS ? towns(eventCount) : manyTowns(eventCount);
        int solo = 0;
        for (int e = 0; e < eventCount; e++) {
            boolean alone = e % 3 == 2 && solo < SOLO_REGIONS.length;
            Region r = alone ? SOLO_REGIONS[solo++] : REGIONS[e % REGIONS.length];
            events.add(new Event(String.format(Locale.ROOT, "event-%02d", e), towns.get(e), r.region(), r.noun(), r.country(),
                    KINDS[random.nextInt(KINDS.length)], alone));
        }
        List<Article> originals = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) originals.addAll(reports(events.get(e), e));
        List<Article> all = new ArrayList<>(originals);
        for (Article a : originals) if (random.nextInt(100) < 15) all.add(copy(a));
        all.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
        articles.addAll(deliverSomeLate(all));
        truth.addAll(truthOf(events, originals));
    }

    /** The wire of {@code events} concurrent events (16 or more for issue 10's test), the same for the same seed. */
    public static EventWire generate(long seed, int events) {
        if (events < 1) throw new IllegalArgumentException("events must be at least 1");
        return new EventWire(seed, new Options(events, 37, 0, null));
    }

    /**
     * A benchmark's wire of about {@code articles} articles (whole events, so a few more or
     * fewer): pages of about 3 KB, revisions, and one event starting every 37 minutes, so a wire
     * of 10,000 articles spans some 40 days, well past the dedup window.
     */
    public static EventWire sized(long seed, int articles) {
        if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
        int events = (int) Math.max(1, Math.round(articles / ARTICLES_PER_EVENT));
        return new EventWire(seed, new Options(events, 37, 10, new WireFiller(seed, 3000)));
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The articles in the order they are sent (publication order, but for the late ones). */
    public List<Article> articles() {
        return List.copyOf(articles);
    }

    public List<Truth> truth() {
        return List.copyOf(truth);
    }

    /** Writes the articles, in sending order, as JSON lines for {@code produce} or {@code demo --input}. */
    public Path write(Path file) {
        List<String> lines = new ArrayList<>(articles.size());
        try {
            for (Article a : articles) lines.add(JSON.writeValueAsString(a.json()));
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Distinct invented town names, two syllables and an ending ("Velrokholm"). */
    private List<String> towns(int n) {
        Set<String> out = new TreeSet<>();
        while (out.size() < n) {
            String t = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                    + ENDINGS[random.nextInt(ENDINGS.length)];
            out.add(Character.toUpperCase(t.charAt(0)) + t.substring(1));
        }
        List<String> shuffled = new ArrayList<>(out);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled;
    }

    /** Distinct towns for a large wire: three syllables and an ending ("Jornakvelstad"), in the order drawn. */
    private List<String> manyTowns(int n) {
        Set<String> seen = new java.util.HashSet<>();
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            String t = MORE_SYLLABLES[random.nextInt(MORE_SYLLABLES.length)] + MORE_SYLLABLES[random.nextInt(MORE_SYLLABLES.length)]
                    + MORE_SYLLABLES[random.nextInt(MORE_SYLLABLES.length)] + MORE_ENDINGS[random.nextInt(MORE_ENDINGS.length)];
            if (seen.add(t)) out.add(Character.toUpperCase(t.charAt(0)) + t.substring(1));
        }
        return out;
    }

    /** The event's reports: 4 to 6 updates a few hours apart, tolls that only grow; some revised. */
    private List<Article> reports(Event ev, int index) {
        Instant at = T0.plus(Duration.ofMinutes((long) options.gapMinutes() * index));
        int killed = 4 + random.nextInt(20);
        int injured = killed + 5 + random.nextInt(30);
        int updates = 4 + random.nextInt(3);
        List<Article> out = new ArrayList<>();
        for (int u = 0; u < updates; u++) {
            String source = SOURCES[random.nextInt(SOURCES.length)];
            String id = ev.id() + "-" + u;
            Level level = level(ev, index, u);
            if (level != Level.TOWN) {
                out.add(new Article(id, ev.id(), source, title(ev, level, u, killed), at, coarseBody(ev, level, killed, injured, at),
                        killed, injured, null, false, level));
            } else if (options.filler() == null) {
                out.add(new Article(id, ev.id(), source, title(ev, level, u, killed), at, body(ev, u, source, killed, injured, at, random),
                        killed, injured, null, false, level));
            } else {
                long layout = random.nextLong();
                out.add(new Article(id, ev.id(), source, title(ev, level, u, killed), at, page(ev, u, source, killed, injured, at, layout),
                        killed, injured, null, false, level));
                if (random.nextInt(100) < options.revisionPercent()) {
                    Instant original = at;
                    at = at.plus(Duration.ofMinutes(30 + random.nextInt(60)));
                    killed += 1 + random.nextInt(3);
                    injured += random.nextInt(3);
                    // the same page, the same words, the tolls corrected: dedup's revision case
                    out.add(new Article(id + "-rev", ev.id(), source, title(ev, level, u, killed), at,
                            page(ev, u, source, killed, injured, original, layout), killed, injured, null, false, level));
                }
            }
            at = at.plus(Duration.ofMinutes(180 + random.nextInt(120)));
            killed += 1 + random.nextInt(15);
            injured += random.nextInt(10);
        }
        return out;
    }

    /** A dressed report; {@code layout} seeds every choice, so two calls differ only in the tolls. */
    private List<String> page(Event ev, int update, String source, int killed, int injured, Instant at, long layout) {
        Random r = new Random(layout);
        return options.filler().dress(body(ev, update, source, killed, injured, at, r), source, r);
    }

    /**
     * Where an update places its event: an event alone in its region is reported only at the
     * region or country level in its third update, and in its first for every other such event
     * (its town's key then adopts that report); its second and fourth always name the town. A
     * benchmark's wire ({@link #sized}) names the town in every report: its truth is also checked
     * by the offline pipeline, which has no key join.
     */
    private Level level(Event ev, int index, int update) {
        boolean coarse = options.filler() == null && ev.alone() && (update == 2 || (update == 0 && index % 2 == 0));
        if (!coarse) return Level.TOWN;
        return random.nextBoolean() ? Level.REGION : Level.COUNTRY;
    }

    private String title(Event ev, Level level, int update, int killed) {
        String kind = Character.toUpperCase(ev.kind().charAt(0)) + ev.kind().substring(1);
        String place = switch (level) {
            case TOWN -> ev.town();
            case REGION -> ev.region();
            case COUNTRY -> ev.country();
        };
        return switch (update % 3) {
            case 0 -> kind + " kills " + killed;
            case 1 -> "Toll in " + place + " " + ev.kind() + " rises to " + killed;
            default -> "Rescuers search for survivors after " + ev.kind();
        };
    }

    /**
     * A report that names no town: no dateline, the lede places the event in the region or the
     * country, and no other place is named (a place inside would be a breakdown, the country
     * named again would outweigh the region as the article's place).
     */
    private List<String> coarseBody(Event ev, Level level, int killed, int injured, Instant at) {
        String day = DAYS[(int) (Duration.between(T0, at).toDays() % DAYS.length)];
        String where = level == Level.REGION ? ev.region() + " " + ev.regionNoun() + " in " + ev.country() : ev.country();
        List<String> p = new ArrayList<>();
        p.add("At least " + killed + " people were killed and " + injured + " injured in the " + ev.kind() + " in " + where
                + " on " + day + ", officials said.");
        p.add("Rescuers worked through the night under floodlights and said the toll could still rise.");
        p.add("Officials opened a hall for families waiting for news.");
        return p;
    }

    /**
     * One report: a dateline at one of three levels, the lede with both tolls, narrative, and
     * (when the dateline or lede placed the town in them) the tolls restated for the region or
     * the country, and sometimes a comparison with a past event.
     */
    private List<String> body(Event ev, int update, String source, int killed, int injured, Instant at, Random random) {
        String town = ev.town().toUpperCase(Locale.ROOT);
        String day = DAYS[(int) (Duration.between(T0, at).toDays() % DAYS.length)];
        int level = random.nextInt(3);
        List<String> p = new ArrayList<>();
        String where = " in " + ev.region() + " " + ev.regionNoun();
        String dateline = switch (level) {
            case 0 -> town + ", " + ev.country() + " (" + source + ") \u2014 ";
            case 1 -> town + ", " + ev.region() + " (" + source + ") \u2014 ";
            default -> town + " \u2014 ";
        };
        p.add(dateline + "At least " + killed + " people were killed and " + injured + " injured in the " + ev.kind()
                + (level == 2 ? where : "") + " on " + day + ", officials said.");
        p.add("Rescuers worked through the night under floodlights and said the toll could still rise.");
        boolean regionKnown = level != 0;
        if (regionKnown && random.nextBoolean()) {
            p.add("In " + ev.region() + " " + ev.regionNoun() + ", the emergency agency said " + killed + " people had died.");
        }
        if (random.nextBoolean()) {
            p.add("Across " + ev.country() + ", " + killed + " people have died in the " + ev.kind() + ", the civil defence agency said.");
        }
        if (random.nextInt(3) == 0) {
            int year = 1960 + random.nextInt(50);
            p.add("It was the deadliest " + ev.kind() + " in " + ev.country() + " since " + year + ", when " + (killed + 20 + random.nextInt(80))
                    + " people were killed.");
        }
        p.add("Officials in " + ev.town() + " opened a hall for families waiting for news.");
        return p;
    }

    /** A syndicated copy: the same body under another outlet's name, published 20 minutes later. */
    private Article copy(Article a) {
        String source = SOURCES[(List.of(SOURCES).indexOf(a.source()) + 1) % SOURCES.length];
        return new Article(a.id() + "-copy", a.eventId(), source, a.title(), a.published().plus(Duration.ofMinutes(20)),
                a.paragraphs(), a.killed(), a.injured(), a.id(), false, a.level());
    }

    /**
     * About one article in ten is sent after the next report of its event (never two reports of
     * one event in a row, which would only swap them back). {@code late} is then read off the
     * final order: an original sent after a newer original of its event.
     */
    private List<Article> deliverSomeLate(List<Article> inOrder) {
        List<Article> out = new ArrayList<>(inOrder);
        Set<String> moved = new TreeSet<>();
        for (Article a : inOrder) {
            if (a.copyOf() != null || random.nextInt(10) != 0 || moved.contains(a.eventId())) continue;
            int from = out.indexOf(a);
            int next = nextReport(out, from);
            if (next < 0) continue;
            out.remove(from);
            out.add(Math.min(out.size(), next + random.nextInt(3)), a);
            moved.add(a.eventId());
        }
        List<Article> flagged = new ArrayList<>(out.size());
        Map<String, Instant> newestSent = new HashMap<>();
        for (Article a : out) {
            Instant newest = a.copyOf() == null ? newestSent.get(a.eventId()) : null;
            boolean late = newest != null && newest.isAfter(a.published());
            if (a.copyOf() == null && !late) newestSent.put(a.eventId(), a.published());
            flagged.add(late ? new Article(a.id(), a.eventId(), a.source(), a.title(), a.published(), a.paragraphs(), a.killed(),
                    a.injured(), null, true, a.level()) : a);
        }
        return flagged;
    }

    /** The index of the next original report of the same event after {@code from}, or -1. */
    private static int nextReport(List<Article> out, int from) {
        for (int k = from + 1; k < out.size(); k++) {
            if (out.get(k).eventId().equals(out.get(from).eventId()) && out.get(k).copyOf() == null) return k;
        }
        return -1;
    }

    /** Per event, its newest report by publication (copies repeat an original's figures, so originals decide). */
    private static List<Truth> truthOf(List<Event> events, List<Article> originals) {
        Map<String, Article> last = new HashMap<>();
        for (Article a : originals) {
            last.merge(a.eventId(), a, (old, now) -> now.published().isAfter(old.published()) ? now : old);
        }
        List<Truth> out = new ArrayList<>(2 * events.size());
        for (Event ev : events) {
            Article a = last.get(ev.id());
            out.add(new Truth(ev.id(), "killed", "killed/" + ev.slug(), a.killed(), a.id()));
            out.add(new Truth(ev.id(), "injured", "injured/" + ev.slug(), a.injured(), a.id()));
        }
        return out;
    }
}
