package io.figurewire.topology;

import io.figurewire.figures.SourceProgress;

/**
 * Where each partition of articles.raw ends, as last seen. A reader that has had nothing for a
 * while may be idle, or its backlog may still be in Kafka because its stream thread was busy or
 * blocked committing; only the first may vouch for arrivals by the clock (see {@link SourceProgress}).
 */
public interface InputEnds {

    /** No watcher (TopologyTestDriver): a quiet partition is taken as read to its end. */
    InputEnds ASSUMED = (partition, nextOffset, now) -> now;

    /**
     * When the partition's end was last seen at or before {@code nextOffset} (the offset the task
     * reads next; -1 when it has read nothing since it started), or {@link SourceProgress#NOT_CAUGHT_UP}.
     * Records that never reach the reader (dead-lettered before it) count as read once the group has
     * committed past them.
     */
    long caughtUpAt(int partition, long nextOffset, long now);
}
