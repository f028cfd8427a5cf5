package io.figurewire.topology;

import io.figurewire.errors.ReleaseFailure;
import io.figurewire.figures.ArrivalOrder;
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

/**
 * A reordering buffer: records wait in a store sorted by {@link ArrivalOrder} (their article's
 * arrival at figurewire first) and leave in that order, a group at a time, once
 * <ul>
 * <li>this task has seen a record whose article arrived {@code hold} later (ingest time), or</li>
 * <li>it has waited {@code hold} here (wall clock): a burst published faster than it is processed
 * (an archive replay stamps thousands of articles within a second) leaves as it is read, not all
 * at once at its end, or</li>
 * <li>no record has come to this task for {@code hold} (wall clock): the end of a burst.</li>
 * </ul>
 * One punctuation releases at most {@value #MAX_GROUPS_PER_RELEASE} groups and stops once it
 * has spent {@link #RELEASE_BUDGET} (wall clock): what the downstream stages cost per record
 * depends on the data and the machine's load (a dedup lookup can meet hundreds of near
 * copies), and the release runs inside the stream thread's transaction, which the broker aborts
 * after {@code transaction.timeout.ms} (10 s under exactly-once): that fenced the producer,
 * migrated the task and restored the whole buffer again, in a loop, on a loaded machine.
 * The rest leaves at the next punctuation, still in order.
 * A record this buffer cannot pass on (a key it cannot read, a group it cannot convert, an
 * {@link Error} while forwarding it) is taken out and thrown as a {@link ReleaseFailure} once the
 * others are released, so the processing exception handler dead-letters it with the reason; an
 * {@code Error} elsewhere in the release leaves the records held, to be tried again, and is
 * counted too. Neither stops the stream thread.
 * Repartitioning scatters an article's paragraphs over tasks that run at different speeds, so
 * what reaches a stage interleaves articles in an order that changes with partitioning and load;
 * after the buffer it is the input's order again, as long as the records of articles that
 * arrived within {@code hold} of each other come within {@code hold} of each other. The cost is
 * latency: about {@code hold} per buffer. A record later than that is still released, out of order.
 *
 * @param <I> what waits
 * @param <O> what leaves, one per group
 */
abstract class ArrivalBuffer<I, O> implements Processor<String, I, String, O> {

    static final int MAX_GROUPS_PER_RELEASE = 500;
    /** Well under the 10 s transaction timeout, also with both buffers of several tasks in one thread's transaction. */
    static final Duration RELEASE_BUDGET = Duration.ofMillis(250);

    private final String storeName;
    private final Duration hold;
    private final Serializer<I> values;
    private final LongSupplier nanoClock;
    private ProcessorContext<String, O> context;
    private KeyValueStore<String, I> pending;
    /** the latest arrival among the records this task has seen */
    private long watermark = Long.MIN_VALUE;
    private long lastRecordAt;
    /**
     * When each waiting group's first record was put here (wall clock); groups restored at start
     * count from then. Per group, not per record: a group whose records waited from different
     * times left in two parts (after a restart, the part restored from the changelog waited from
     * init, the rest, read again, from later), and the table counted one article's report twice.
     */
    private final Map<String, Long> waitingSince = new HashMap<>();

    ArrivalBuffer(String storeName, Duration hold, Serializer<I> values) {
        this(storeName, hold, values, System::nanoTime);
    }

    /** @param nanoClock what the release budget is measured with (a test's clock) */
    ArrivalBuffer(String storeName, Duration hold, Serializer<I> values, LongSupplier nanoClock) {
        this.storeName = storeName;
        this.hold = hold;
        this.values = values;
        this.nanoClock = nanoClock;
    }

    /** Where a record goes in the order. */
    abstract ArrivalOrder orderOf(Record<String, I> record);

    /** What the records that leave together share (they are consecutive in the order). */
    abstract String groupOf(ArrivalOrder order);

    /** What a group becomes downstream. */
    abstract Record<String, O> released(List<KeyValue<ArrivalOrder, I>> group);

    @Override
    public void init(ProcessorContext<String, O> context) {
        this.context = context;
        this.pending = context.getStateStore(storeName);
        this.lastRecordAt = context.currentSystemTimeMs();
        // Should init run again on this object (a task revived after an aborted transaction), what
        // waits is what the restored store holds, nothing the aborted transaction put or took.
        waitingSince.clear();
        watermark = Long.MIN_VALUE;
        try (KeyValueIterator<String, I> all = pending.all()) {
            all.forEachRemaining(kv -> {
                watermark = Math.max(watermark, arrivalOf(kv.key));
                groupOf(kv.key).ifPresent(g -> waitingSince.put(g, lastRecordAt));
            });
        }
        long every = Math.max(50, hold.toMillis() / 6);
        context.schedule(Duration.ofMillis(every), PunctuationType.WALL_CLOCK_TIME, this::release);
    }

    @Override
    public void process(Record<String, I> record) {
        ArrivalOrder order = orderOf(record);
        pending.put(order.encoded(), record.value());
        watermark = Math.max(watermark, order.arrival());
        lastRecordAt = context.currentSystemTimeMs();
        waitingSince.putIfAbsent(groupOf(order), lastRecordAt);
    }

    /** Forwards, in order, every waiting group whose arrival is old enough (all of them after a pause). */
    private void release(long now) {
        Release run = new Release(now);
        try {
            run.forwardDue();
        } catch (Error e) {
            run.failed(e);
        }
        run.throwFailures();
    }

    private static long arrivalOf(String key) {
        try {
            return ArrivalOrder.ofEncoded(key).arrival();
        } catch (IllegalArgumentException e) {
            return Long.MIN_VALUE;
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

        Release(long now) {
            boolean idle = now - lastRecordAt >= hold.toMillis();
            this.upTo = idle ? Long.MAX_VALUE : watermark - hold.toMillis();
            this.waitedSince = now - hold.toMillis();
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
            return groups >= MAX_GROUPS_PER_RELEASE || nanoClock.getAsLong() - startedNanos >= RELEASE_BUDGET.toNanos();
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

        private void take(String key) {
            pending.delete(key);
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
