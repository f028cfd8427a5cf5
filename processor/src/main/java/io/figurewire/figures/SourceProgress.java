package io.figurewire.figures;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * How far a task that reads articles.raw can vouch for arrivals, for its progress marks (see
 * {@link ArrivalWatermark}). Its partition's articles come in the order they were received
 * (the producer's ingest clock never repeats a millisecond), so while articles come, every
 * later one arrived after the last one read. When none has come for {@code lateness} (wall
 * clock), the task vouches for everything received up to {@code lateness} ago as well: an
 * article stamped earlier than that and read only now is late, and is still handled, after
 * the ones the marks let go first. That is the one assumption: a producer's clock and its
 * delivery to the processor stay within {@code lateness}.
 */
public final class SourceProgress {

    private final long latenessMs;
    private long lastArrival = Long.MIN_VALUE;
    private long lastReadAt;

    /** @param startedAt wall-clock millis the task started (an idle partition counts from then) */
    public SourceProgress(Duration lateness, long startedAt) {
        this.latenessMs = lateness.toMillis();
        this.lastReadAt = startedAt;
    }

    public void read(long arrival, long now) {
        lastArrival = Math.max(lastArrival, arrival);
        lastReadAt = now;
    }

    /** The mark to send now, or empty while there is nothing to vouch for yet. */
    public OptionalLong upTo(long now) {
        // One less than the last arrival: a second producer on the partition may stamp the same millisecond.
        long read = lastArrival == Long.MIN_VALUE ? Long.MIN_VALUE : lastArrival - 1;
        long idle = now - lastReadAt >= latenessMs ? Math.max(lastArrival, now - latenessMs) : Long.MIN_VALUE;
        long upTo = Math.max(read, idle);
        return upTo == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(upTo);
    }
}
