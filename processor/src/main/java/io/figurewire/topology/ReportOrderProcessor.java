package io.figurewire.topology;

import io.figurewire.figures.ArrivalOrder;
import io.figurewire.records.Claim;
import io.figurewire.records.FigureReport;
import io.figurewire.stages.ClaimRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The reordering buffer in front of the table. An article's paragraphs travel through
 * different partitions (dedup routes them by fingerprint), so its claims reach this stage
 * interleaved with other articles' in an order that changes with partitioning and load. Claims
 * wait here, sorted by {@link ArrivalOrder}, and leave one article's reports of a metric at a
 * time, in that order, once
 * <ul>
 * <li>this task has seen a claim whose article arrived {@code hold} later (ingest time), or</li>
 * <li>no claim has come to this task for {@code hold} (wall clock), the end of a burst.</li>
 * </ul>
 * The cost is latency: a figure moves about {@code hold} after its article's last paragraph
 * got here. Paragraphs that come more than {@code hold} apart still count, just out of order.
 */
final class ReportOrderProcessor implements Processor<String, Claim, String, List<FigureReport>> {

    private final Duration hold;
    private ProcessorContext<String, List<FigureReport>> context;
    private KeyValueStore<String, Claim> pending;
    /** the latest arrival among the claims this task has seen */
    private long watermark = Long.MIN_VALUE;
    private long lastClaimAt;

    ReportOrderProcessor(Duration hold) {
        this.hold = hold;
    }

    @Override
    public void init(ProcessorContext<String, List<FigureReport>> context) {
        this.context = context;
        this.pending = context.getStateStore(StoreNames.PENDING_REPORTS);
        try (KeyValueIterator<String, Claim> all = pending.all()) {
            all.forEachRemaining(kv -> watermark = Math.max(watermark, ArrivalOrder.ofKey(kv.key).arrival()));
        }
        this.lastClaimAt = context.currentSystemTimeMs();
        long every = Math.max(50, hold.toMillis() / 6);
        context.schedule(Duration.ofMillis(every), PunctuationType.WALL_CLOCK_TIME, this::release);
    }

    @Override
    public void process(Record<String, Claim> record) {
        Claim claim = record.value();
        long arrival = ClaimRecords.arrival(claim, record.timestamp());
        ArrivalOrder order = new ArrivalOrder(arrival, record.timestamp(), claim.getArticleId(), record.key(),
                claim.getParagraphIndex(), ClaimRecords.position(claim));
        pending.put(order.key(), claim);
        watermark = Math.max(watermark, arrival);
        lastClaimAt = context.currentSystemTimeMs();
    }

    /** Forwards, in order, every waiting article report whose arrival is old enough (all of them after a pause). */
    private void release(long now) {
        boolean idle = now - lastClaimAt >= hold.toMillis();
        long upTo = idle ? Long.MAX_VALUE : watermark - hold.toMillis();
        List<String> released = new ArrayList<>();
        List<KeyValue<ArrivalOrder, Claim>> group = new ArrayList<>();
        try (KeyValueIterator<String, Claim> all = pending.all()) {
            while (all.hasNext()) {
                KeyValue<String, Claim> kv = all.next();
                ArrivalOrder order = ArrivalOrder.ofKey(kv.key);
                if (order.arrival() > upTo) {
                    break;
                }
                if (!group.isEmpty() && !group.get(0).key.sameReport(order)) {
                    forward(group);
                    group.clear();
                }
                group.add(KeyValue.pair(order, kv.value));
                released.add(kv.key);
            }
        }
        if (!group.isEmpty()) {
            forward(group);
        }
        released.forEach(pending::delete);
    }

    private void forward(List<KeyValue<ArrivalOrder, Claim>> group) {
        ArrivalOrder first = group.get(0).key;
        List<FigureReport> reports = group.stream()
                .map(kv -> ClaimRecords.toReport(kv.value, Instant.ofEpochMilli(kv.key.published()))).toList();
        context.forward(new Record<>(first.metric(), reports, first.published()));
    }
}
