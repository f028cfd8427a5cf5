package io.figurewire.topology;

import io.figurewire.figures.KeyJoin;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The layout of {@link StoreNames#KEY_JOIN}: {@code <family>\u0001<metric>} →
 * {@code <last published millis>;<the keys it was ambiguous between, joined by ' '>;<place path,
 * slugs joined by '/'>}. Slugs are {@code [a-z0-9-]} and metrics add '/' and '@', so no separator
 * occurs where it would split wrongly; a family is read with one prefix scan.
 */
final class StoredKeys {

    private static final char SEPARATOR = '\u0001';

    private final KeyValueStore<String, String> store;

    StoredKeys(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** The known keys of a family, by metric. */
    SortedMap<String, KeyJoin.Known> of(String family) {
        SortedMap<String, KeyJoin.Known> out = new TreeMap<>();
        String prefix = family + SEPARATOR;
        try (KeyValueIterator<String, String> all = store.prefixScan(prefix, new StringSerializer())) {
            all.forEachRemaining(kv -> {
                String metric = kv.key.substring(prefix.length());
                out.put(metric, decoded(metric, kv.value));
            });
        }
        return out;
    }

    /** Writes the family as {@link KeyJoin#decide} left it ({@code before}: as read): changed keys put, forgotten and adopted ones deleted. */
    void update(String family, Map<String, KeyJoin.Known> before, Map<String, KeyJoin.Known> keys) {
        for (String gone : before.keySet()) {
            if (!keys.containsKey(gone)) {
                store.delete(family + SEPARATOR + gone);
            }
        }
        for (Map.Entry<String, KeyJoin.Known> e : keys.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                store.put(family + SEPARATOR + e.getKey(), encoded(e.getValue()));
            }
        }
    }

    static String encoded(KeyJoin.Known k) {
        return k.lastPublished() + ";" + String.join(" ", k.among()) + ";" + String.join("/", k.path());
    }

    static KeyJoin.Known decoded(String metric, String value) {
        String[] parts = value.split(";", 3);
        return new KeyJoin.Known(metric, split(parts[2], "/"), Long.parseLong(parts[0]), split(parts[1], " "));
    }

    private static List<String> split(String joined, String separator) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
