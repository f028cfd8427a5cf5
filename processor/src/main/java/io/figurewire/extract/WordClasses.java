package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The extractor's word classes, read once from {@code word-classes.json}: one named list per idea
 * (months, measure units, verbs of change, ...), so a newcomer extends a rule with a data entry
 * rather than an edit inside a method. Unknown names fail at class-load time, not on some sentence.
 */
final class WordClasses {

    static final String RESOURCE = "word-classes.json";
    private static final Map<String, Set<String>> CLASSES = load();

    private WordClasses() {
    }

    /** The words of a class, lower case, immutable. */
    static Set<String> get(String name) {
        Set<String> words = CLASSES.get(name);
        if (words == null) throw new IllegalArgumentException("no word class '" + name + "' in " + RESOURCE);
        return words;
    }

    /** Every class by name, in file order (for tests and {@code explain}). */
    static Map<String, Set<String>> all() {
        return CLASSES;
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = WordClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource io/figurewire/extract/" + RESOURCE);
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Set<String>> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("_")) continue;
                Set<String> words = new LinkedHashSet<>();
                e.getValue().path("words").forEach(w -> words.add(w.asText()));
                out.put(e.getKey(), Set.copyOf(words));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
