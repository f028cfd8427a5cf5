package io.figurewire.topology;

import io.figurewire.figures.ArrivalOrder;
import io.figurewire.records.ArrivalProgress;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.schemas.RecordSerdes;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The buffer in front of dedup: paragraph batches (keyed by their first paragraph's routing key;
 * released keyed by article id, since each paragraph is judged under its own routing key) are judged in the order their articles arrived, so that of two copies the one that arrived
 * first is kept, whatever the partitioning. Without it a syndicated copy could win over its
 * original in one run and lose in the next, and the table would show a different source.
 * Paragraphs of one routing key that share an article are in one batch, in reading order, so
 * for every routing key the order is (article arrival, publication, article id, index), as it
 * was when paragraphs waited here one by one.
 */
final class ParagraphOrderProcessor extends ArrivalBuffer<ParagraphBatch, ParagraphBatch, ParagraphBatch> {

    ParagraphOrderProcessor(int sources, Duration stall, Duration progressEvery) {
        super(StoreNames.PENDING_PARAGRAPHS, sources, stall, progressEvery, RecordSerdes.paragraphBatch().serializer());
    }

    @Override
    ArrivalProgress progressOf(ParagraphBatch value) {
        return value.getProgress();
    }

    /** The table's buffer waits for this one's progress, behind the claims of what it released. */
    @Override
    ParagraphBatch progressRecord(ArrivalProgress progress) {
        return ProgressMarks.paragraphs(progress);
    }

    @Override
    List<KeyValue<ArrivalOrder, ParagraphBatch>> entriesOf(Record<String, ParagraphBatch> record) {
        return List.of(KeyValue.pair(orderOf(record), record.value()));
    }

    private static ArrivalOrder orderOf(Record<String, ParagraphBatch> record) {
        ParagraphBatch batch = record.value();
        Paragraph first = batch.getParagraphs().isEmpty() ? null : batch.getParagraphs().get(0);
        long arrival = first != null && first.getReceived() != null ? first.getReceived().toEpochMilli() : record.timestamp();
        // No record key in the order: an article's batches on one task (a bucket's batch cut in two,
        // or buckets sharing a partition) go in reading order, whichever routing keys they hold.
        return new ArrivalOrder(arrival, record.timestamp(), batch.getArticleId(), "", first == null ? 0 : first.getIndex(), 0);
    }

    /** Each batch leaves alone. */
    @Override
    String groupOf(ArrivalOrder order) {
        return order.encoded();
    }

    @Override
    Record<String, ParagraphBatch> released(List<KeyValue<ArrivalOrder, ParagraphBatch>> group) {
        KeyValue<ArrivalOrder, ParagraphBatch> only = group.get(0);
        return new Record<>(only.key.articleId(), only.value, only.key.published());
    }
}
