package io.figurewire.topology;

import io.figurewire.text.CandidateKeys;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.NearDuplicates;
import io.figurewire.text.ParagraphSignature;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
 * <li>sightings (changelogged): {@code b:<first sequence>} → a {@link SightingBatch}, the
 * sightings one batch of paragraphs left, so one changelog record per batch rather than one per
 * kept paragraph (issue 12). Entries {@code f:<fingerprint>} → one binary {@link Sighting} and its
 * sequence are the layout of earlier versions: still read, never written, gone with the window;</li>
 * <li>pointers (not changelogged): {@code x:<fingerprint>} and {@code c:<routing key>:<candidate
 * key>} → a {@link SightingPointer}, one per kept paragraph and per {@link CandidateKeys candidate
 * key} of it.</li>
 * </ul>
 * A paragraph costs one exact lookup, and when that misses, one lookup per candidate key plus one
 * per batch found: a fixed number, not the number of sightings that share its routing key.
 *
 * <p>A batch's sightings are held here until {@link #flush} writes them as one entry; their
 * pointers are written at once and resolve to the held batch meanwhile, so a later paragraph of
 * the same batch meets them as it met them when each was stored alone.
 *
 * <p>The pointers are derived from the sightings (a sighting holds the skeleton its keys come
 * from), so they are not written to a changelog. Whatever the store came back from (a restore
 * from the changelog, a standby's copy, a crash before RocksDB flushed), {@link #repair}
 * re-derives the pointers of every sighting whose pointers are missing, before the first
 * paragraph is judged.
 */
final class StoredSightings {

    private static final String BATCH_PREFIX = "b:";
    private static final String LEGACY_PREFIX = "f:";
    private static final String EXACT_PREFIX = "x:";
    private static final String CANDIDATE_PREFIX = "c:";

    private final WindowStore<String, byte[]> sightings;
    private final WindowStore<String, byte[]> index;

    /** The batch being gathered: its sightings, their shared timestamp, the sequence of the first. */
    private final List<Sighting> held = new ArrayList<>();
    private long heldTimestamp;
    private long heldFirst;

    StoredSightings(WindowStore<String, byte[]> sightings, WindowStore<String, byte[]> index) {
        this.sightings = sightings;
        this.index = index;
    }

    /** Sightings from {@code from} on worth comparing with the paragraph, in recorded order. */
    List<Sighting> candidates(String routingKey, ParagraphSignature paragraph, long[] keys, long from) {
        Map<BatchAt, SightingBatch> read = new HashMap<>();
        try (WindowStoreIterator<byte[]> it = index.fetch(exactKey(paragraph.fingerprint()), from, Long.MAX_VALUE)) {
            while (it.hasNext()) {
                KeyValue<Long, byte[]> entry = it.next();
                Sighting exact = resolve(SightingPointer.decode(entry.key, entry.value), read);
                if (exact != null) {
                    return List.of(exact);
                }
            }
        }
        TreeSet<SightingPointer> pointers = new TreeSet<>(SightingPointer.RECORDED_ORDER);
        for (long key : keys) {
            try (WindowStoreIterator<byte[]> it = index.fetch(candidateKey(routingKey, key), from, Long.MAX_VALUE)) {
                while (it.hasNext()) {
                    KeyValue<Long, byte[]> entry = it.next();
                    pointers.add(SightingPointer.decode(entry.key, entry.value));
                }
            }
        }
        List<Sighting> out = new ArrayList<>(pointers.size());
        for (SightingPointer p : pointers) {
            Sighting s = resolve(p, read);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Keeps a sighting with the batch being gathered, or, when it is of another time or article or
     * does not follow the held ones' sequences, writes the held batch first and starts another.
     */
    void remember(String routingKey, long[] keys, Sighting sighting, long timestamp, long sequence) {
        if (!held.isEmpty() && (timestamp != heldTimestamp || sequence != heldFirst + held.size()
                || !sighting.articleId().equals(held.get(0).articleId()))) {
            flush();
        }
        if (held.isEmpty()) {
            heldTimestamp = timestamp;
            heldFirst = sequence;
        }
        held.add(sighting);
        index(routingKey, keys, new SightingPointer(timestamp, sequence, heldFirst, sighting.fingerprint()));
    }

    /** Writes the held sightings as one entry (one changelog record); the end of every batch calls it. */
    void flush() {
        if (held.isEmpty()) {
            return;
        }
        sightings.put(batchKey(heldFirst), new SightingBatch(heldFirst, held).encode(), heldTimestamp);
        held.clear();
    }

    private void index(String routingKey, long[] keys, SightingPointer pointer) {
        byte[] value = pointer.encode();
        index.put(exactKey(pointer.fingerprintHex()), value, pointer.timestamp());
        for (long key : keys) {
            index.put(candidateKey(routingKey, key), value, pointer.timestamp());
        }
    }

    /** The sighting a pointer names, or null when its entry is gone or no longer holds it. */
    private Sighting resolve(SightingPointer p, Map<BatchAt, SightingBatch> read) {
        if (p.isLegacy()) {
            try (WindowStoreIterator<byte[]> it = sightings.fetch(LEGACY_PREFIX + p.fingerprintHex(), p.timestamp(), p.timestamp())) {
                return it.hasNext() ? Sighting.decode(it.next().value) : null;
            }
        }
        SightingBatch batch;
        if (!held.isEmpty() && p.batch() == heldFirst && p.timestamp() == heldTimestamp) {
            batch = new SightingBatch(heldFirst, held);
        } else {
            batch = read.computeIfAbsent(new BatchAt(p.batch(), p.timestamp()), this::readBatch);
        }
        // a pointer that survived its batch (a crash before the commit) must not name whatever took its sequence
        if (batch == null || p.sequence() < batch.firstSequence() || p.sequence() > batch.lastSequence()) {
            return null;
        }
        Sighting s = batch.at(p.sequence());
        return s.fingerprint().equals(p.fingerprintHex()) ? s : null;
    }

    /** A batch's entry: its first sequence at its timestamp. */
    private record BatchAt(long first, long timestamp) {
    }

    private SightingBatch readBatch(BatchAt at) {
        try (WindowStoreIterator<byte[]> it = sightings.fetch(batchKey(at.first()), at.timestamp(), at.timestamp())) {
            return it.hasNext() ? SightingBatch.decode(it.next().value) : null;
        }
    }

    /**
     * Puts back the pointers of every sighting that has none (its exact pointer is missing), and
     * returns what was repaired and the highest sequence held, so that new sightings sort after
     * the stored ones. One pass over the window's sightings, of both layouts.
     */
    Repair repair() {
        long repaired = 0;
        long highest = 0;
        try (KeyValueIterator<Windowed<String>, byte[]> all = sightings.all()) {
            while (all.hasNext()) {
                KeyValue<Windowed<String>, byte[]> entry = all.next();
                for (Stored stored : storedIn(entry.key.key(), entry.key.window().start(), entry.value)) {
                    highest = Math.max(highest, stored.pointer().sequence());
                    if (!pointsAt(stored.pointer())) {
                        ParagraphSignature signature = signatureOf(stored.sighting());
                        index(signature.nearKey(), CandidateKeys.of(signature), stored.pointer());
                        repaired++;
                    }
                }
            }
        }
        return new Repair(repaired, highest);
    }

    private record Stored(SightingPointer pointer, Sighting sighting) {
    }

    /** The sightings of one entry of either layout with their pointers; none for an older version's candidate pointer. */
    private static List<Stored> storedIn(String key, long timestamp, byte[] value) {
        if (key.startsWith(BATCH_PREFIX)) {
            SightingBatch batch = SightingBatch.decode(value);
            List<Stored> out = new ArrayList<>(batch.sightings().size());
            for (int i = 0; i < batch.sightings().size(); i++) {
                Sighting s = batch.sightings().get(i);
                out.add(new Stored(new SightingPointer(timestamp, batch.sequenceOf(i), batch.firstSequence(), s.fingerprint()), s));
            }
            return out;
        }
        if (key.startsWith(LEGACY_PREFIX)) {
            Sighting s = Sighting.decode(value);
            return List.of(new Stored(SightingPointer.legacy(timestamp, legacySequenceOf(s, value), s.fingerprint()), s));
        }
        return List.of();
    }

    record Repair(long repaired, long highestSequence) {
    }

    private boolean pointsAt(SightingPointer wanted) {
        try (WindowStoreIterator<byte[]> it = index.fetch(exactKey(wanted.fingerprintHex()), wanted.timestamp(), wanted.timestamp())) {
            while (it.hasNext()) {
                KeyValue<Long, byte[]> entry = it.next();
                if (SightingPointer.decode(entry.key, entry.value).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sightings written before the sequence was stored with them count as sequence 0. */
    private static long legacySequenceOf(Sighting s, byte[] stored) {
        int length = s.encode().length;
        return stored.length >= length + Long.BYTES ? ByteBuffer.wrap(stored, length, Long.BYTES).getLong() : 0L;
    }

    /** What the candidate keys are computed from, as the paragraph's own signature had it. */
    private static ParagraphSignature signatureOf(Sighting s) {
        List<String> words = s.skeleton().isEmpty() ? List.of() : Arrays.asList(s.skeleton().split(" "));
        return new ParagraphSignature(s.fingerprint(), s.skeleton(), s.numbers(), s.simHash(), NearDuplicates.keyOf(words));
    }

    /** How many sightings an entry of the sightings store holds. */
    static int sightingsIn(String storeKey, byte[] value) {
        if (storeKey.startsWith(BATCH_PREFIX)) {
            return SightingBatch.decode(value).sightings().size();
        }
        return storeKey.startsWith(LEGACY_PREFIX) ? 1 : 0;
    }

    /** Fixed width, so that the store's key order is the sequence order. */
    private static String batchKey(long firstSequence) {
        return BATCH_PREFIX + HexFormat.of().toHexDigits(firstSequence);
    }

    private static String exactKey(String fingerprint) {
        return EXACT_PREFIX + fingerprint;
    }

    private static String candidateKey(String routingKey, long key) {
        return CANDIDATE_PREFIX + routingKey + ':' + Long.toHexString(key);
    }
}
