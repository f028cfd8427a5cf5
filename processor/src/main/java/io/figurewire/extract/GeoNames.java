package io.figurewire.extract;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The GeoNames cities500 places (CC BY 4.0), with their admin1/admin2 names and countries, from
 * the generated resource {@code geonames.tsv.gz} (see {@code processor/tools/gazetteer}). Names
 * are indexed in a token trie, so finding every place in a text costs one map lookup per
 * capitalized lexeme plus one per further word of a multi-word name: O(tokens).
 */
public final class GeoNames {

    private static final Logger LOG = LoggerFactory.getLogger(GeoNames.class);
    static final String RESOURCE = "geonames.tsv.gz";

    /**
     * One trie node: the places whose name ends here and the words that may follow. Most names
     * are one word with one place: the trie then holds the place itself, not a node, which keeps
     * the 200k names in about 60 MB.
     */
    static final class Node {
        List<GeoPlace> places;
        Map<String, Object> next;

        Node(List<GeoPlace> places) {
            this.places = places;
        }

        /** The node of the next word, or null. */
        Node child(String word) {
            return next == null ? null : node(next.get(word));
        }

        void add(GeoPlace p) {
            if (places == null) places = List.of(p);
            else if (!places.contains(p)) {
                List<GeoPlace> more = new ArrayList<>(places.size() + 1);
                more.addAll(places);
                more.add(p);
                places = more;
            }
        }
    }

    private final Map<String, Object> root = new HashMap<>(400_000);
    private final Map<String, String> countryByCode = new HashMap<>();
    private final Map<String, GeoPlace> countries = new HashMap<>();
    private int placeCount;

    private GeoNames() {
    }

    /** Loads the bundled resource; logs the place count and the load time. */
    public static GeoNames load() {
        long t0 = System.nanoTime();
        GeoNames g = new GeoNames();
        try (InputStream raw = GeoNames.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IllegalStateException("missing classpath resource io/figurewire/extract/" + RESOURCE);
            g.read(new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("gazetteer: {} GeoNames places loaded in {} ms", g.placeCount, (System.nanoTime() - t0) / 1_000_000);
        return g;
    }

    public int placeCount() {
        return placeCount;
    }

    private void read(BufferedReader in) throws IOException {
        Map<String, String> admin1 = new HashMap<>();
        Map<String, String> admin2 = new HashMap<>();
        Map<String, long[]> population = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "C" -> {
                    countryByCode.put(c[1], c[2]);
                    countries.put(c[2], GeoPlace.country(c[2]));
                }
                case "A1" -> admin1.put(c[1], c[2]);
                case "A2" -> admin2.put(c[1], c[2]);
                case "P" -> town(c, admin1, admin2, population);
                default -> { }
            }
        }
        // admin levels are places too ("Hatay province", "Sonoma County"), ranked by the people of their towns
        admin1.forEach((code, name) -> admin(code, name, GeoPlace.Level.ADMIN1, null, population));
        admin2.forEach((code, name) -> admin(code, name, GeoPlace.Level.ADMIN2, admin1.get(code.substring(0, code.lastIndexOf('.'))), population));
        for (GeoPlace c : countries.values()) index(c.name(), c);
    }

    /** A "P" row: name, ascii name, alternates, country code, admin1 code, admin2 code, population, feature code. */
    private void town(String[] c, Map<String, String> admin1, Map<String, String> admin2, Map<String, long[]> population) {
        String a1 = c[4] + "." + c[5];
        String a2 = a1 + "." + c[6];
        long pop = Long.parseLong(c[7]);
        // shown as English wires spell it ("Hathras", not "Hāthras"); the GeoNames spelling stays a name it is found by
        GeoPlace p = new GeoPlace(plainOrNull(c[1]), GeoPlace.Level.TOWN, countryByCode.get(c[4]), plainOrNull(admin1.get(a1)),
                plainOrNull(admin2.get(a2)), pop, "PPLC".equals(c[8]));
        index(c[1], p);
        if (!c[2].isEmpty()) index(c[2], p);
        if (!c[3].isEmpty()) for (String alt : c[3].split("\\|")) index(alt, p);
        placeCount++;
        population.computeIfAbsent(a1, k -> new long[1])[0] += pop;
        if (!c[6].isEmpty()) population.computeIfAbsent(a2, k -> new long[1])[0] += pop;
    }

    private void admin(String code, String name, GeoPlace.Level level, String admin1, Map<String, long[]> population) {
        long[] pop = population.get(code);
        String country = countryByCode.get(code.substring(0, code.indexOf('.')));
        String plain = ascii(name);
        GeoPlace p = new GeoPlace(plain, level, country, plainOrNull(admin1), null, pop == null ? 0 : pop[0], false);
        index(name, p);
        if (!plain.equals(name)) index(plain, p);
    }

    private void index(String name, GeoPlace p) {
        if (oneWord(name)) {
            // most names are one word: the name itself is the key, no lexing and no copy
            put(root, name, p);
            return;
        }
        List<Lexeme> lx = Lexer.lex(name);
        if (lx.isEmpty()) return;
        Map<String, Object> level = root;
        for (int i = 0; i < lx.size() - 1; i++) {
            Node n = nodeAt(level, lx.get(i).text());
            if (n.next == null) n.next = new HashMap<>(4);
            level = n.next;
        }
        put(level, lx.get(lx.size() - 1).text(), p);
    }

    /** Adds a place under a word: the place alone when it is the first, else a node. */
    private static void put(Map<String, Object> level, String word, GeoPlace p) {
        Object cur = level.get(word);
        if (cur == null) level.put(word, p);
        else if (cur != p) nodeAt(level, word).add(p);
    }

    /** The node under a word, made (from a lone place if one is there) when missing. */
    private static Node nodeAt(Map<String, Object> level, String word) {
        Object cur = level.get(word);
        if (cur instanceof Node n) return n;
        Node n = new Node(cur == null ? null : List.of((GeoPlace) cur));
        level.put(word, n);
        return n;
    }

    private static Node node(Object entry) {
        return entry instanceof Node n ? n : entry == null ? null : new Node(List.of((GeoPlace) entry));
    }

    private static boolean oneWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetter(name.charAt(i))) return false;
        }
        return !name.isEmpty();
    }

    /** No places at all: a gazetteer of places.json alone (for comparisons and tests). */
    static GeoNames empty() {
        return new GeoNames();
    }

    /** The trie node of a first word, or null: the entry point of {@link Gazetteer}'s scan. */
    Node first(String word) {
        return node(root.get(word));
    }

    /** Every place named exactly {@code name} (any case of the first letters, as a dateline spells it). */
    List<GeoPlace> named(String name) {
        List<Lexeme> lx = Lexer.lex(name);
        if (lx.isEmpty()) return List.of();
        Node n = first(lx.get(0).text());
        for (int i = 1; i < lx.size() && n != null; i++) n = n.child(lx.get(i).text());
        return n == null || n.places == null ? List.of() : n.places;
    }

    /** The country of this name, or null. */
    GeoPlace country(String name) {
        return name == null ? null : countries.get(name);
    }

    private static String plainOrNull(String name) {
        return name == null ? null : ascii(name);
    }

    /** "Şanlıurfa" → "Sanliurfa": how English wires spell names with diacritics. */
    static String ascii(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.replace('ı', 'i').replace('İ', 'I').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('đ', 'd')
                .replace("ß", "ss");
    }
}
