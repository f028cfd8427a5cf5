package io.figurewire.topology;

import io.figurewire.figures.ArrivalOrder;
import io.figurewire.figures.ReportGroup;
import io.figurewire.records.ArrivalProgress;
import io.figurewire.records.Claim;
import io.figurewire.records.ClaimBatch;
import io.figurewire.records.FigureReport;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.stages.ClaimRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The buffer in front of the table: claims (keyed by metric name, so that every key of a family
 * is in this task, see {@link KeyJoinProcessor}) leave as one article's reports of one metric at
 * a time, keyed by the metric, in the order their articles arrived, so that a report is stale only
 * when its article arrived after a newer one, an article's claims are judged together, and keys
 * are joined in one order whatever the partitioning.
 */
final class ReportOrderProcessor extends ArrivalBuffer<ClaimBatch, Claim, ReportGroup> {

    ReportOrderProcessor(int sources, Duration stall, Duration progressEvery) {
        super(StoreNames.PENDING_REPORTS, sources, stall, progressEvery, RecordSerdes.claim().serializer());
    }

    @Override
    ArrivalProgress progressOf(ClaimBatch value) {
        return value.getProgress();
    }

    /** The last buffer: nothing downstream waits for its progress. */
    @Override
    ReportGroup progressRecord(ArrivalProgress progress) {
        return null;
    }

    /** Each claim of the batch, at its own place (its metric, paragraph and position). */
    @Override
    List<KeyValue<ArrivalOrder, Claim>> entriesOf(Record<String, ClaimBatch> record) {
        long published = record.timestamp();
        return record.value().getClaims().stream()
                .map(claim -> KeyValue.pair(new ArrivalOrder(ClaimRecords.arrival(claim, published), published, claim.getArticleId(),
                        claim.getMetric(), claim.getParagraphIndex(), ClaimRecords.position(claim)), claim))
                .toList();
    }

    /** One article's reports of one metric (its arrival and publication come with the article). */
    @Override
    String groupOf(ArrivalOrder order) {
        return new ArrivalOrder(order.arrival(), order.published(), order.articleId(), order.recordKey(), 0, 0).encoded();
    }

    @Override
    Record<String, ReportGroup> released(List<KeyValue<ArrivalOrder, Claim>> group) {
        ArrivalOrder first = group.get(0).key;
        List<FigureReport> reports = group.stream()
                .map(kv -> ClaimRecords.toReport(kv.value, Instant.ofEpochMilli(kv.key.published()))).toList();
        // one metric, so one place; the longest reading should the article's claims differ
        List<String> path = group.stream().map(kv -> kv.value.getPlacePath()).filter(Objects::nonNull)
                .max(Comparator.comparingInt(List::size)).orElse(null);
        return new Record<>(first.recordKey(), new ReportGroup(first.recordKey(), path, reports, List.of()), first.published());
    }
}
