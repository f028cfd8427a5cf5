package io.figurewire.topology;

import io.figurewire.figures.ArrivalOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * At most {@value #MAX_GROUPS_PER_RELEASE} groups leave per punctuation, so one release never
 * holds a transaction open long enough for the broker to abort it (which fences the producer,
 * migrates the task and restores the whole buffer again).
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

    private final String storeName;
    private final Duration hold;
    private ProcessorContext<String, O> context;
    private KeyValueStore<String, I> pending;
    /** the latest arrival among the records this task has seen */
    private long watermark = Long.MIN_VALUE;
    private long lastRecordAt;
    /** When each waiting record was put here (wall clock); records restored at start count from then. */
    private final Map<String, Long> waitingSince = new HashMap<>();
    static final int MAX_GROUPS_PER_RELEASE = 500;

    ArrivalBuffer(String storeName, Duration hold) {
        this.storeName = storeName;
        this.hold = hold;
    }

    /** Where a record goes in the order. */
    abstract ArrivalOrder orderOf(Record<String, I> record);

    /** Records that leave together (consecutive in the order). */
    abstract boolean sameGroup(ArrivalOrder first, ArrivalOrder next);

    /** What a group becomes downstream. */
    abstract Record<String, O> released(List<KeyValue<ArrivalOrder, I>> group);

    @Override
    public void init(ProcessorContext<String, O> context) {
        this.context = context;
        this.pending = context.getStateStore(storeName);
        this.lastRecordAt = context.currentSystemTimeMs();
        try (KeyValueIterator<String, I> all = pending.all()) {
            all.forEachRemaining(kv -> {
                watermark = Math.max(watermark, ArrivalOrder.ofEncoded(kv.key).arrival());
                waitingSince.put(kv.key, lastRecordAt);
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
        waitingSince.putIfAbsent(order.encoded(), lastRecordAt);
    }

    /** Forwards, in order, every waiting group whose arrival is old enough (all of them after a pause). */
    private void release(long now) {
        boolean idle = now - lastRecordAt >= hold.toMillis();
        long upTo = idle ? Long.MAX_VALUE : watermark - hold.toMillis();
        long waitedSince = now - hold.toMillis();
        List<String> released = new ArrayList<>();
        List<KeyValue<ArrivalOrder, I>> group = new ArrayList<>();
        int groups = 0;
        try (KeyValueIterator<String, I> all = pending.all()) {
            while (all.hasNext()) {
                KeyValue<String, I> kv = all.next();
                ArrivalOrder order = ArrivalOrder.ofEncoded(kv.key);
                boolean waited = waitingSince.getOrDefault(kv.key, now) <= waitedSince;
                if (order.arrival() > upTo && !waited) {
                    break;
                }
                if (!group.isEmpty() && !sameGroup(group.get(0).key, order)) {
                    context.forward(released(group));
                    group.clear();
                    if (++groups >= MAX_GROUPS_PER_RELEASE) break;
                }
                group.add(KeyValue.pair(order, kv.value));
                released.add(kv.key);
            }
        }
        if (!group.isEmpty()) {
            context.forward(released(group));
        }
        for (String key : released) {
            pending.delete(key);
            waitingSince.remove(key);
        }
    }
}
