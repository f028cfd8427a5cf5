package io.figurewire.errors;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A reordering buffer's release (a wall-clock punctuation) could not pass some held records on.
 * Thrown after the rest went on, with the records it could not release already out of the
 * buffer: {@link DeadLetteringProcessingHandler} writes them to the dead-letter topic, reason
 * in the headers, in the punctuation's transaction. A punctuation has no source record, so
 * Streams' own dead-letter copy would be empty: these are the held records' own bytes. Every
 * failure is counted ({@link #total()}, {@code figurewire_release_failures_total} in /metrics).
 */
public final class ReleaseFailure extends RuntimeException {

    private static final AtomicLong TOTAL = new AtomicLong();

    /** A held record as its store keeps it. */
    public record Held(byte[] key, byte[] value) {
    }

    private final transient List<Held> records;

    public ReleaseFailure(String message, List<Held> records, Throwable cause) {
        super(message, cause);
        this.records = List.copyOf(records);
        TOTAL.incrementAndGet();
    }

    /** The records to dead-letter (empty when the failure lost none: they stay held and are tried again). */
    public List<Held> records() {
        return records;
    }

    /** Failed releases in this process. */
    public static long total() {
        return TOTAL.get();
    }
}
