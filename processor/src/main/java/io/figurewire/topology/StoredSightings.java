package io.figurewire.topology;

import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.ParagraphSignature;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The dedup window store's layout, one store for two kinds of entries, both timestamped with the
 * paragraph's time so retention drops them together:
 * <ul>
 * <li>{@code f:<fingerprint>} → the binary {@link Sighting}, once per kept paragraph;</li>
 * <li>{@code c:<routing key>:<candidate key>} → a 16-byte pointer (sequence, fingerprint), once per
 * {@link io.figurewire.text.CandidateKeys candidate key} of a kept paragraph.</li>
 * </ul>
 * A paragraph costs one exact lookup, and when that misses, one lookup per candidate key plus one
 * per candidate found: a fixed number, not the number of sightings that share its routing key.
 */
final class StoredSightings {

    private record Pointer(long timestamp, long sequence, long fingerprint) {
    }

    private static final Comparator<Pointer> RECORDED_ORDER =
            Comparator.comparingLong(Pointer::timestamp).thenComparingLong(Pointer::sequence).thenComparingLong(Pointer::fingerprint);

    private final WindowStore<String, byte[]> store;

    StoredSightings(WindowStore<String, byte[]> store) {
        this.store = store;
    }

    /** Sightings from {@code from} on worth comparing with the paragraph, in recorded order. */
    List<Sighting> candidates(String routingKey, ParagraphSignature paragraph, long[] keys, long from) {
        try (WindowStoreIterator<byte[]> it = store.fetch(exactKey(paragraph.fingerprint()), from, Long.MAX_VALUE)) {
            if (it.hasNext()) {
                return List.of(Sighting.decode(it.next().value));
            }
        }
        TreeSet<Pointer> pointers = new TreeSet<>(RECORDED_ORDER);
        for (long key : keys) {
            try (WindowStoreIterator<byte[]> it = store.fetch(candidateKey(routingKey, key), from, Long.MAX_VALUE)) {
                while (it.hasNext()) {
                    KeyValue<Long, byte[]> entry = it.next();
                    ByteBuffer b = ByteBuffer.wrap(entry.value);
                    pointers.add(new Pointer(entry.key, b.getLong(), b.getLong()));
                }
            }
        }
        List<Sighting> out = new ArrayList<>(pointers.size());
        for (Pointer p : pointers) {
            try (WindowStoreIterator<byte[]> it = store.fetch(exactKey(p.fingerprint()), p.timestamp(), p.timestamp())) {
                if (it.hasNext()) {
                    out.add(Sighting.decode(it.next().value));
                }
            }
        }
        return out;
    }

    void remember(String routingKey, long[] keys, Sighting sighting, long timestamp, long sequence) {
        store.put(exactKey(sighting.fingerprint()), sighting.encode(), timestamp);
        byte[] pointer = ByteBuffer.allocate(16).putLong(sequence).putLong(HexFormat.fromHexDigitsToLong(sighting.fingerprint())).array();
        for (long key : keys) {
            store.put(candidateKey(routingKey, key), pointer, timestamp);
        }
    }

    static boolean isSighting(String storeKey) {
        return storeKey.startsWith("f:");
    }

    private static String exactKey(String fingerprint) {
        return "f:" + fingerprint;
    }

    private static String exactKey(long fingerprint) {
        return "f:" + HexFormat.of().toHexDigits(fingerprint);
    }

    private static String candidateKey(String routingKey, long key) {
        return "c:" + routingKey + ':' + Long.toHexString(key);
    }
}
