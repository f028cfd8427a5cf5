package io.figurewire.topology;

import io.figurewire.text.CandidateKeys;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.NearDuplicates;
import io.figurewire.text.ParagraphSignature;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The dedup window's layout, two window stores timestamped with the paragraph's time so that
 * retention drops an entry and its pointers together:
 * <ul>
 * <li>sightings (changelogged): {@code f:<fingerprint>} → the binary {@link Sighting} followed by
 * its 8-byte sequence, once per kept paragraph;</li>
 * <li>candidate index (not changelogged): {@code c:<routing key>:<candidate key>} → a 16-byte
 * pointer (sequence, fingerprint), once per {@link CandidateKeys candidate key} of a kept
 * paragraph.</li>
 * </ul>
 * A paragraph costs one exact lookup, and when that misses, one lookup per candidate key plus one
 * per candidate found: a fixed number, not the number of sightings that share its routing key.
 *
 * <p>The index is derived from the sightings (a sighting holds the skeleton its keys come from),
 * so it is not written to a changelog: the pointers were seven of every eight records the dedup
 * stage wrote (issue 12). Whatever the store came back from (a restore from the changelog, a
 * standby's copy, a crash before RocksDB flushed), {@link #repair} re-derives the pointers of
 * every sighting whose pointers are missing, before the first paragraph is judged.
 */
final class StoredSightings {

    private record Pointer(long timestamp, long sequence, long fingerprint) {
    }

    private static final Comparator<Pointer> RECORDED_ORDER =
            Comparator.comparingLong(Pointer::timestamp).thenComparingLong(Pointer::sequence).thenComparingLong(Pointer::fingerprint);

    private final WindowStore<String, byte[]> sightings;
    private final WindowStore<String, byte[]> index;

    StoredSightings(WindowStore<String, byte[]> sightings, WindowStore<String, byte[]> index) {
        this.sightings = sightings;
        this.index = index;
    }

    /** Sightings from {@code from} on worth comparing with the paragraph, in recorded order. */
    List<Sighting> candidates(String routingKey, ParagraphSignature paragraph, long[] keys, long from) {
        try (WindowStoreIterator<byte[]> it = sightings.fetch(exactKey(paragraph.fingerprint()), from, Long.MAX_VALUE)) {
            if (it.hasNext()) {
                return List.of(Sighting.decode(it.next().value));
            }
        }
        TreeSet<Pointer> pointers = new TreeSet<>(RECORDED_ORDER);
        for (long key : keys) {
            try (WindowStoreIterator<byte[]> it = index.fetch(candidateKey(routingKey, key), from, Long.MAX_VALUE)) {
                while (it.hasNext()) {
                    KeyValue<Long, byte[]> entry = it.next();
                    ByteBuffer b = ByteBuffer.wrap(entry.value);
                    pointers.add(new Pointer(entry.key, b.getLong(), b.getLong()));
                }
            }
        }
        List<Sighting> out = new ArrayList<>(pointers.size());
        for (Pointer p : pointers) {
            try (WindowStoreIterator<byte[]> it = sightings.fetch(exactKey(p.fingerprint()), p.timestamp(), p.timestamp())) {
                if (it.hasNext()) {
                    out.add(Sighting.decode(it.next().value));
                }
            }
        }
        return out;
    }

    void remember(String routingKey, long[] keys, Sighting sighting, long timestamp, long sequence) {
        byte[] encoded = sighting.encode();
        sightings.put(exactKey(sighting.fingerprint()),
                ByteBuffer.allocate(encoded.length + Long.BYTES).put(encoded).putLong(sequence).array(), timestamp);
        index(routingKey, keys, sighting.fingerprint(), timestamp, sequence);
    }

    private void index(String routingKey, long[] keys, String fingerprint, long timestamp, long sequence) {
        byte[] pointer = ByteBuffer.allocate(16).putLong(sequence).putLong(HexFormat.fromHexDigitsToLong(fingerprint)).array();
        for (long key : keys) {
            index.put(candidateKey(routingKey, key), pointer, timestamp);
        }
    }

    /**
     * Puts back the pointers of every sighting that has none (its first candidate key does not
     * point at it), and returns what was repaired and the highest sequence held, so that new
     * sightings sort after the stored ones. One pass over the window's sightings.
     */
    Repair repair() {
        long repaired = 0;
        long highest = 0;
        try (KeyValueIterator<Windowed<String>, byte[]> all = sightings.all()) {
            while (all.hasNext()) {
                KeyValue<Windowed<String>, byte[]> entry = all.next();
                if (!isSighting(entry.key.key())) {
                    continue;
                }
                Sighting s = Sighting.decode(entry.value);
                long sequence = sequenceOf(s, entry.value);
                highest = Math.max(highest, sequence);
                long timestamp = entry.key.window().start();
                ParagraphSignature signature = signatureOf(s);
                long[] keys = CandidateKeys.of(signature);
                if (!pointsAt(candidateKey(signature.nearKey(), keys[0]), timestamp, s.fingerprint())) {
                    index(signature.nearKey(), keys, s.fingerprint(), timestamp, sequence);
                    repaired++;
                }
            }
        }
        return new Repair(repaired, highest);
    }

    record Repair(long repaired, long highestSequence) {
    }

    private boolean pointsAt(String candidateKey, long timestamp, String fingerprint) {
        long wanted = HexFormat.fromHexDigitsToLong(fingerprint);
        try (WindowStoreIterator<byte[]> it = index.fetch(candidateKey, timestamp, timestamp)) {
            while (it.hasNext()) {
                if (ByteBuffer.wrap(it.next().value).getLong(Long.BYTES) == wanted) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sightings written before the sequence was stored with them count as sequence 0. */
    private static long sequenceOf(Sighting s, byte[] stored) {
        int length = s.encode().length;
        return stored.length >= length + Long.BYTES ? ByteBuffer.wrap(stored, length, Long.BYTES).getLong() : 0L;
    }

    /** What the candidate keys are computed from, as the paragraph's own signature had it. */
    private static ParagraphSignature signatureOf(Sighting s) {
        List<String> words = s.skeleton().isEmpty() ? List.of() : Arrays.asList(s.skeleton().split(" "));
        return new ParagraphSignature(s.fingerprint(), s.skeleton(), s.numbers(), s.simHash(), NearDuplicates.keyOf(words));
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
