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
 * the ones the marks let go first. Quiet is not enough: the task must also have read its
 * partition to the end as last seen (a busy or blocked stream thread leaves a backlog unread
 * in Kafka, and vouching past it would release later arrivals first). That is the one
 * assumption: a producer's clock and its delivery to the broker stay within {@code lateness}.
 */
public final class SourceProgress {

    /** {@link #upTo(long, long)}'s "the partition's end lies beyond what was read, or is not known". */
    public static final long NOT_CAUGHT_UP = Long.MIN_VALUE;

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

    /**
     * The mark to send now, or empty while there is nothing to vouch for yet.
     *
     * @param caughtUpAt wall-clock millis at which the partition's end was seen at or before what
     *                   this task has read, or {@link #NOT_CAUGHT_UP}: a quiet task may be one whose
     *                   backlog is still in Kafka (its thread busy or blocked committing), and then
     *                   only what it read counts. An article stamped more than the lateness before
     *                   that sighting was in the log by then, so it was read.
     */
    public OptionalLong upTo(long now, long caughtUpAt) {
        // One less than the last arrival: a second producer on the partition may stamp the same millisecond.
        long read = lastArrival == Long.MIN_VALUE ? Long.MIN_VALUE : lastArrival - 1;
        boolean quiet = now - lastReadAt >= latenessMs && caughtUpAt != NOT_CAUGHT_UP;
        long idle = quiet ? Math.max(lastArrival, Math.min(now, caughtUpAt) - latenessMs) : Long.MIN_VALUE;
        long upTo = Math.max(read, idle);
        return upTo == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(upTo);
    }
}
