package io.figurewire.topology;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * Where a sighting is, as the pointer store holds it under the sighting's exact and candidate
 * keys: the timestamp (the window store's, not in the value), the sighting's sequence, the first
 * sequence of its batch (which names the batch's entry, see {@link SightingBatch}) or
 * {@link #LEGACY} for a sighting stored alone by an earlier version, and its fingerprint, which
 * the sighting found must carry. Binary, 24 bytes.
 */
record SightingPointer(long timestamp, long sequence, long batch, long fingerprint) {

    /** No batch: the sighting is an entry of its own under its fingerprint (the earlier layout). */
    static final long LEGACY = -1L;

    private static final int BYTES = 3 * Long.BYTES;

    /**
     * The order the sightings were recorded in, which the judgement depends on (the first of two
     * near-duplicates is the one a revision points at): by time, then by the task's sequence;
     * sightings stored before sequences were (all 0) by fingerprint, as then.
     */
    static final Comparator<SightingPointer> RECORDED_ORDER = Comparator.comparingLong(SightingPointer::timestamp)
            .thenComparingLong(SightingPointer::sequence).thenComparingLong(SightingPointer::fingerprint);

    SightingPointer(long timestamp, long sequence, long batch, String fingerprint) {
        this(timestamp, sequence, batch, HexFormat.fromHexDigitsToLong(fingerprint));
    }

    static SightingPointer legacy(long timestamp, long sequence, String fingerprint) {
        return new SightingPointer(timestamp, sequence, LEGACY, fingerprint);
    }

    boolean isLegacy() {
        return batch == LEGACY;
    }

    String fingerprintHex() {
        return HexFormat.of().toHexDigits(fingerprint);
    }

    byte[] encode() {
        return ByteBuffer.allocate(BYTES).putLong(sequence).putLong(batch).putLong(fingerprint).array();
    }

    static SightingPointer decode(long timestamp, byte[] value) {
        if (value.length != BYTES) {
            throw new IllegalArgumentException("sighting pointer of " + value.length + " bytes, not " + BYTES);
        }
        ByteBuffer b = ByteBuffer.wrap(value);
        return new SightingPointer(timestamp, b.getLong(), b.getLong(), b.getLong());
    }
}
