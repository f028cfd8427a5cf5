package io.figurewire.topology;

import io.figurewire.figures.KeyJoin;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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
 *
 * <p>A family is read from the store once, then kept decoded beside it and updated with each
 * write: a family holds every key active in the key-join window (30 days), and its prefix scan
 * (through the record cache and RocksDB) with the decoding of every row was done for every
 * report, about a sixth of the exactly-once stream thread on a 2,000-article bench wire and
 * growing with the wire's length (issue 12). The copy holds what the store holds, no more: one
 * writer (this task's key join) goes through {@link #update}, and a new object is made at each
 * processor init, so a task revived after an aborted transaction reads its restored store again.
 */
final class StoredKeys {

    private static final char SEPARATOR = '\u0001';

    private final KeyValueStore<String, String> store;
    /** The families read so far, as the store holds them (unmodifiable). */
    private final Map<String, SortedMap<String, KeyJoin.Known>> families = new HashMap<>();

    StoredKeys(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** The known keys of a family, by metric (unmodifiable: change a copy and pass it to {@link #update}). */
    SortedMap<String, KeyJoin.Known> of(String family) {
        return families.computeIfAbsent(family, this::read);
    }

    private SortedMap<String, KeyJoin.Known> read(String family) {
        SortedMap<String, KeyJoin.Known> out = new TreeMap<>();
        String prefix = family + SEPARATOR;
        try (KeyValueIterator<String, String> all = store.prefixScan(prefix, new StringSerializer())) {
            all.forEachRemaining(kv -> {
                String metric = kv.key.substring(prefix.length());
                out.put(metric, decoded(metric, kv.value));
            });
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** Writes the family as {@link KeyJoin#decide} left it ({@code before}: as read): changed keys put, forgotten and adopted ones deleted. */
    void update(String family, Map<String, KeyJoin.Known> before, SortedMap<String, KeyJoin.Known> keys) {
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
        families.put(family, Collections.unmodifiableSortedMap(keys));
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
