package io.figurewire.topology;

import io.figurewire.figures.ArrivalOrder;
import io.figurewire.records.Paragraph;
import io.figurewire.schemas.RecordSerdes;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The buffer in front of dedup: paragraphs (keyed by their routing key) are judged in the order
 * their articles arrived, so that of two copies the one that arrived first is kept, whatever the
 * partitioning. Without it a syndicated copy could win over its original in one run and lose
 * in the next, and the table would show a different source.
 */
final class ParagraphOrderProcessor extends ArrivalBuffer<Paragraph, Paragraph> {

    ParagraphOrderProcessor(Duration hold) {
        super(StoreNames.PENDING_PARAGRAPHS, hold, RecordSerdes.paragraph().serializer());
    }

    @Override
    ArrivalOrder orderOf(Record<String, Paragraph> record) {
        Paragraph p = record.value();
        long arrival = p.getReceived() != null ? p.getReceived().toEpochMilli() : record.timestamp();
        return new ArrivalOrder(arrival, record.timestamp(), p.getArticleId(), record.key(), p.getIndex(), 0);
    }

    /** Each paragraph leaves alone. */
    @Override
    String groupOf(ArrivalOrder order) {
        return order.encoded();
    }

    @Override
    Record<String, Paragraph> released(List<KeyValue<ArrivalOrder, Paragraph>> group) {
        KeyValue<ArrivalOrder, Paragraph> only = group.get(0);
        return new Record<>(only.key.recordKey(), only.value, only.key.published());
    }
}
