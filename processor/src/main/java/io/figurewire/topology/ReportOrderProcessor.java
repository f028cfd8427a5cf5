package io.figurewire.topology;

import io.figurewire.figures.ArrivalOrder;
import io.figurewire.records.Claim;
import io.figurewire.records.FigureReport;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.stages.ClaimRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The buffer in front of the table: claims (keyed by metric) leave as one article's reports of
 * one metric at a time, in the order their articles arrived, so that a report is stale only when
 * its article arrived after a newer one, and an article's claims are judged together.
 */
final class ReportOrderProcessor extends ArrivalBuffer<Claim, List<FigureReport>> {

    ReportOrderProcessor(Duration hold) {
        super(StoreNames.PENDING_REPORTS, hold, RecordSerdes.claim().serializer());
    }

    @Override
    ArrivalOrder orderOf(Record<String, Claim> record) {
        Claim claim = record.value();
        return new ArrivalOrder(ClaimRecords.arrival(claim, record.timestamp()), record.timestamp(), claim.getArticleId(),
                record.key(), claim.getParagraphIndex(), ClaimRecords.position(claim));
    }

    /** One article's reports of one metric (its arrival and publication come with the article). */
    @Override
    String groupOf(ArrivalOrder order) {
        return new ArrivalOrder(order.arrival(), order.published(), order.articleId(), order.recordKey(), 0, 0).encoded();
    }

    @Override
    Record<String, List<FigureReport>> released(List<KeyValue<ArrivalOrder, Claim>> group) {
        ArrivalOrder first = group.get(0).key;
        List<FigureReport> reports = group.stream()
                .map(kv -> ClaimRecords.toReport(kv.value, Instant.ofEpochMilli(kv.key.published()))).toList();
        return new Record<>(first.recordKey(), reports, first.published());
    }
}
