package io.figurewire.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs state restoration as it goes: a line per changelog partition at the start, its
 * percentage at most every five seconds, and the time it took. A restart that has to rebuild
 * state says so and how far along it is; one that kept its local state logs nothing and
 * {@link #restored()} stays 0.
 */
final class RestoreProgress implements StateRestoreListener {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreProgress.class);
    private static final long EVERY_MS = 5_000;

    private record Partition(long total, long startedAt, AtomicLong done, AtomicLong loggedAt) {
    }

    private final ConcurrentHashMap<TopicPartition, Partition> active = new ConcurrentHashMap<>();
    private final AtomicLong restored = new AtomicLong();

    @Override
    public void onRestoreStart(TopicPartition tp, String store, long startingOffset, long endingOffset) {
        long now = System.currentTimeMillis();
        active.put(tp, new Partition(Math.max(0, endingOffset - startingOffset), now, new AtomicLong(), new AtomicLong(now)));
        // one offset is just the last commit's transaction marker: nothing to say
        if (endingOffset - startingOffset > 1) {
            LOG.info("restoring {} from {}: up to {} records to read", store, tp, endingOffset - startingOffset);
        }
    }

    @Override
    public void onBatchRestored(TopicPartition tp, String store, long batchEndOffset, long numRestored) {
        restored.addAndGet(numRestored);
        Partition p = active.get(tp);
        if (p == null) {
            return;
        }
        long done = p.done().addAndGet(numRestored);
        long now = System.currentTimeMillis();
        long last = p.loggedAt().get();
        if (now - last >= EVERY_MS && p.loggedAt().compareAndSet(last, now)) {
            LOG.info("restoring {} from {}: {}%", store, tp, p.total() == 0 ? 100 : Math.min(100, done * 100 / p.total()));
        }
    }

    @Override
    public void onRestoreEnd(TopicPartition tp, String store, long totalRestored) {
        Partition p = active.remove(tp);
        long ms = p == null ? 0 : System.currentTimeMillis() - p.startedAt();
        if (totalRestored > 0) {
            LOG.info("restored {} from {}: {} records in {} ms", store, tp, totalRestored, ms);
        }
    }

    /** Records read back from changelogs since start. */
    long restored() {
        return restored.get();
    }
}
