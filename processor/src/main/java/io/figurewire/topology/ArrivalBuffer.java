package io.figurewire.topology;

import io.figurewire.errors.ReleaseFailure;
import io.figurewire.figures.ArrivalOrder;
import io.figurewire.figures.ArrivalWatermark;
import io.figurewire.records.ArrivalProgress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reordering buffer: records wait in a store sorted by {@link ArrivalOrder} (their article's
 * arrival at figurewire first) and leave in that order, a group at a time, once every task that
 * sends to this one has marked past their arrival ({@link ArrivalWatermark}: progress marks come
 * in the same partitions as the records, after them, so a mark past an instant means nothing
 * older can still come from that sender). What leaves is then the input's order whatever the
 * partitioning, the load and the run: repartitioning scatters an article's paragraphs over
 * tasks that run at different speeds, and without the marks a wall-clock hold let a burst
 * leave in an order that changed from one run to the next (issue 10).
 * A buffer with a downstream buffer sends its own progress on (how far it has let everything
 * go) after a release when its last one is {@code progressEvery} (the commit interval) old, else
 * at the next punctuation: under exactly-once a mark is readable only once its transaction
 * commits, so a mark after every release (one per sender's mark, to every downstream partition)
 * sent several per commit, of which only the last could ever be read, and made up most of the
 * records of the topic in front of the table (issue 12). A release runs only when a mark moves
 * the bound (the slowest sender's), not on every mark.
 * <p>Liveness: a group that has waited {@code stall} (wall clock) leaves even without the marks
 * (a sender that stopped, a topic of another width), out of order, and is counted. A record
 * that comes after the marks passed its arrival (its producer's clock or delivery was later
 * than the readers' lateness, see {@link io.figurewire.figures.SourceProgress}) leaves at the
 * next release, also counted.
 * <p>One release passes on at most {@value #MAX_GROUPS_PER_RELEASE} groups and, past its first
 * {@value #MIN_GROUPS_PER_RELEASE}, stops once it has spent {@link #RELEASE_BUDGET} (wall clock): what the downstream stages cost per record
 * depends on the data and the machine's load (a dedup lookup can meet hundreds of near
 * copies), and the release runs inside the stream thread's transaction, which the broker aborts
 * after {@code transaction.timeout.ms} (10 s under exactly-once): that fenced the producer,
 * migrated the task and restored the whole buffer again, in a loop, on a loaded machine.
 * The rest leaves at the next release, still in order.
 * A record this buffer cannot pass on (a key it cannot read, a group it cannot convert, an
 * {@link Error} while forwarding it) is taken out and thrown as a {@link ReleaseFailure} once the
 * others are released, so the processing exception handler dead-letters it with the reason; an
 * {@code Error} elsewhere in the release leaves the records held, to be tried again, and is
 * counted too. Neither stops the stream thread.
 *
 * @param <M> what comes in: records, and progress marks
 * @param <I> what waits
 * @param <O> what leaves, one per group, and this buffer's own progress marks
 */
abstract class ArrivalBuffer<M, I, O> implements Processor<String, M, String, O> {

    static final int MAX_GROUPS_PER_RELEASE = 500;
    /**
     * Groups a release passes on before its budget counts: on a cold or loaded machine the first
     * group alone can take the budget (class loading, JIT), and a small backlog should not wait a
     * pause for that; a few groups stay far inside the transaction timeout.
     */
    static final int MIN_GROUPS_PER_RELEASE = 8;
    /** Well under the 10 s transaction timeout, also with both buffers of several tasks in one thread's transaction. */
    static final Duration RELEASE_BUDGET = Duration.ofMillis(250);
    /** How often stalled groups are looked for (and a release cut short by its budget resumed). */
    static final Duration PUNCTUATION_EVERY = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(ArrivalBuffer.class);

    private final String storeName;
    private final int sources;
    private final Duration stall;
    private final Duration progressEvery;
    private final Serializer<I> values;
    private final LongSupplier nanoClock;
    private ProcessorContext<String, O> context;
    private KeyValueStore<String, I> pending;
    private ArrivalWatermark watermark;
    /** How far this buffer has let everything go: the progress it sends on. */
    private long releasedUpTo = Long.MIN_VALUE;
    /** The progress last sent on, and when (wall clock). */
    private long sentUpTo = Long.MIN_VALUE;
    private long sentAt = Long.MIN_VALUE / 2;
    private long late;
    private long stalled;
    private long foreignMarks;
    /**
     * When each waiting group's first record was put here (wall clock); groups restored at start
     * count from then. Per group, not per record, so that a group leaves whole.
     */
    private final Map<String, Long> waitingSince = new HashMap<>();

    /**
     * @param sources how many tasks send to this one (the partition count of its input topic)
     * @param progressEvery how often this buffer's progress is sent on, when it moved (the commit interval)
     */
    ArrivalBuffer(String storeName, int sources, Duration stall, Duration progressEvery, Serializer<I> values) {
        this(storeName, sources, stall, progressEvery, values, System::nanoTime);
    }

    /** @param nanoClock what the release budget is measured with (a test's clock) */
    ArrivalBuffer(String storeName, int sources, Duration stall, Duration progressEvery, Serializer<I> values, LongSupplier nanoClock) {
        this.storeName = storeName;
        this.sources = sources;
        this.stall = stall;
        this.progressEvery = progressEvery;
        this.values = values;
        this.nanoClock = nanoClock;
    }

    /** The progress a mark carries, or null for a record. */
    abstract ArrivalProgress progressOf(M value);

    /** What a record puts in the buffer, each at its place in the order. */
    abstract List<KeyValue<ArrivalOrder, I>> entriesOf(Record<String, M> record);

    /** What the records that leave together share (they are consecutive in the order). */
    abstract String groupOf(ArrivalOrder order);

    /** What a group becomes downstream. */
    abstract Record<String, O> released(List<KeyValue<ArrivalOrder, I>> group);

    /** This buffer's progress as a record to send on, or null when nothing downstream waits for it. */
    abstract O progressRecord(ArrivalProgress progress);

    @Override
    public void init(ProcessorContext<String, O> context) {
        this.context = context;
        this.pending = context.getStateStore(storeName);
        // Should init run again on this object (a task revived after an aborted transaction), what
        // waits is what the restored store holds, nothing the aborted transaction put or took; the
        // marks are taken again from what the senders send next.
        this.watermark = new ArrivalWatermark(sources);
        // progress sent in an aborted transaction never reached the next buffer: send it again
        releasedUpTo = Long.MIN_VALUE;
        sentUpTo = Long.MIN_VALUE;
        sentAt = Long.MIN_VALUE / 2;
        waitingSince.clear();
        long now = context.currentSystemTimeMs();
        try (KeyValueIterator<String, I> all = pending.all()) {
            all.forEachRemaining(kv -> groupOf(kv.key).ifPresent(g -> waitingSince.put(g, now)));
        }
        context.schedule(PUNCTUATION_EVERY, PunctuationType.WALL_CLOCK_TIME, this::release);
        context.schedule(progressEvery, PunctuationType.WALL_CLOCK_TIME, this::sendProgress);
    }

    @Override
    public void process(Record<String, M> record) {
        ArrivalProgress progress = progressOf(record.value());
        if (progress != null) {
            take(progress);
            return;
        }
        long now = context.currentSystemTimeMs();
        for (KeyValue<ArrivalOrder, I> entry : entriesOf(record)) {
            if (entry.key.arrival() <= releasedUpTo && ++late % 1000 == 1) {
                LOG.warn("{}: {} record(s) came after the progress marks had passed their arrival (late delivery or a producer clock"
                        + " behind the processor's), released out of order", storeName, late);
            }
            pending.put(entry.key.encoded(), entry.value);
            waitingSince.putIfAbsent(groupOf(entry.key), now);
        }
    }

    private void take(ArrivalProgress progress) {
        boolean moved;
        try {
            moved = watermark.advance(progress.getSource(), progress.getSources(), progress.getUpTo().toEpochMilli());
        } catch (IllegalArgumentException e) {
            // a topology of another width: waiting groups leave when they stall; nothing to dead-letter
            if (++foreignMarks % 1000 == 1) {
                LOG.warn("{}: {} progress mark(s) ignored: {}", storeName, foreignMarks, e.getMessage());
            }
            return;
        }
        if (moved) {
            release(context.currentSystemTimeMs());
        }
    }

    /** Forwards, in order, every waiting group the marks let go (and any that stalled), then this buffer's progress. */
    private void release(long now) {
        Release run = new Release(now);
        boolean whole = true;
        try {
            run.forwardDue();
        } catch (Error e) {
            run.failed(e);
            // records are still held below the bound: progress sent now would let them through late
            whole = false;
        }
        if (whole) {
            releasedUpTo = Math.max(releasedUpTo, run.progress());
            if (now - sentAt >= progressEvery.toMillis()) {
                sendProgress(now);
            }
        }
        run.throwFailures();
    }

    /** Behind everything released so far, in every partition it went to: so a mark never overtakes a record it vouches for. */
    private void sendProgress(long now) {
        if (releasedUpTo <= sentUpTo) {
            return;
        }
        sentUpTo = releasedUpTo;
        sentAt = now;
        O mark = progressRecord(ProgressMarks.of(context.taskId().partition(), sources, sentUpTo));
        if (mark != null) {
            context.forward(ProgressMarks.record(mark, context.currentSystemTimeMs()));
        }
    }

    private Optional<String> groupOf(String key) {
        try {
            return Optional.of(groupOf(ArrivalOrder.ofEncoded(key)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One punctuation's release: what it forwarded, and what it could not. */
    private final class Release {

        private final long upTo;
        private final long waitedSince;
        private final long startedNanos = nanoClock.getAsLong();
        private final List<KeyValue<ArrivalOrder, I>> group = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<ReleaseFailure.Held> failed = new ArrayList<>();
        private Throwable firstFailure;
        private int groups;

        /** The arrival of the first group a spent budget left behind, when it was one the marks let go. */
        private long leftBehind = Long.MAX_VALUE;

        Release(long now) {
            this.upTo = watermark.bound().orElse(Long.MIN_VALUE);
            this.waitedSince = now - stall.toMillis();
        }

        /** How far everything has left: what the marks let go, short of what the budget left behind. */
        long progress() {
            return upTo == Long.MIN_VALUE ? Long.MIN_VALUE : Math.min(upTo, leftBehind - 1);
        }

        void forwardDue() {
            try (KeyValueIterator<String, I> all = pending.all()) {
                while (all.hasNext()) {
                    KeyValue<String, I> kv = all.next();
                    ArrivalOrder order = readable(kv);
                    if (order == null) {
                        continue;
                    }
                    String groupId = groupOf(order);
                    boolean waited = waitingSince.getOrDefault(groupId, Long.MAX_VALUE) <= waitedSince;
                    if (order.arrival() > upTo && !waited) {
                        // (arrival and wait are the group's, so this never cuts a group in two)
                        break;
                    }
                    if (!group.isEmpty() && !groupId.equals(groupOf(group.get(0).key))) {
                        forwardGroup();
                        if (spent()) {
                            // stops between groups only: the rest leaves next time, still in order
                            leftBehind = order.arrival();
                            return;
                        }
                    }
                    group.add(KeyValue.pair(order, kv.value));
                    keys.add(kv.key);
                }
            }
            if (!group.isEmpty()) {
                forwardGroup();
            }
        }

        private boolean spent() {
            return groups >= MAX_GROUPS_PER_RELEASE
                    || groups >= MIN_GROUPS_PER_RELEASE && nanoClock.getAsLong() - startedNanos >= RELEASE_BUDGET.toNanos();
        }

        /** The record's place in the order, or null (and the record taken out to be dead-lettered) when its key is unreadable. */
        private ArrivalOrder readable(KeyValue<String, I> kv) {
            try {
                return ArrivalOrder.ofEncoded(kv.key);
            } catch (RuntimeException e) {
                take(kv.key);
                fail(kv.key, kv.value, e);
                return null;
            }
        }

        /** Out of the buffer first: whatever happens while it is forwarded, it is never released twice. */
        private void forwardGroup() {
            if (group.get(0).key.arrival() > upTo && ++stalled % 1000 == 1) {
                LOG.warn("{}: {} group(s) released after waiting {} without their senders' progress marks, out of order"
                        + " (a sender stopped, or instances run with different partition counts?)", storeName, stalled, stall);
            }
            keys.forEach(this::take);
            waitingSince.remove(groupOf(group.get(0).key));
            groups++;
            Record<String, O> out = null;
            try {
                out = released(group);
            } catch (RuntimeException | Error e) {
                failGroup(e);
            }
            try {
                if (out != null) {
                    context.forward(out);
                }
            } catch (Error e) {
                // downstream processors turn their own Errors into handled exceptions: this one is a sink's
                failGroup(e);
            }
            group.clear();
            keys.clear();
        }

        private void failGroup(Throwable cause) {
            for (int i = 0; i < group.size(); i++) {
                fail(keys.get(i), group.get(i).value, cause);
            }
        }

        /**
         * A null put, not {@code delete}: the store's delete reads the old value back from RocksDB
         * and decodes it to return it, once for every record that leaves (issue 12); the changelog
         * gets the same tombstone either way.
         */
        private void take(String key) {
            pending.put(key, null);
        }

        private void fail(String key, I value, Throwable cause) {
            byte[] bytes;
            try {
                bytes = values.serialize(storeName, value);
            } catch (RuntimeException e) {
                bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            }
            failed.add(new ReleaseFailure.Held(key.getBytes(StandardCharsets.UTF_8), bytes));
            failed(cause);
        }

        /** An Error outside any one record: nothing was taken out for it, so the records stay held. */
        void failed(Throwable cause) {
            if (firstFailure == null) {
                firstFailure = cause;
            }
        }

        void throwFailures() {
            if (firstFailure != null) {
                String what = firstFailure.getClass().getSimpleName()
                        + (firstFailure.getMessage() == null ? "" : ": " + firstFailure.getMessage());
                throw new ReleaseFailure("reordering buffer " + storeName + " could not release " + failed.size()
                        + " record(s), the first for " + what, failed, firstFailure);
            }
        }
    }
}
