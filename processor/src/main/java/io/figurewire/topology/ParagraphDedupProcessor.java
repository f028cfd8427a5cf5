package io.figurewire.topology;

import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphRef;
import io.figurewire.text.CrossArticleDedup;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.CrossArticleDedup.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Drops paragraphs seen before within the dedup window and marks revisions. Input is keyed
 * by masked fingerprint, so every earlier sighting that matters is in this task's store.
 * The window store's retention is the dedup window: state cannot outgrow it.
 * Output: kept paragraphs, keyed by article id.
 */
final class ParagraphDedupProcessor implements Processor<String, Paragraph, String, Paragraph> {

    private WindowStore<String, String> sightings;
    private ProcessorContext<String, Paragraph> context;

    @Override
    public void init(ProcessorContext<String, Paragraph> context) {
        this.context = context;
        this.sightings = context.getStateStore(StoreNames.PARAGRAPH_SIGHTINGS);
    }

    @Override
    public void process(Record<String, Paragraph> record) {
        Paragraph p = record.value();
        List<Sighting> earlier = new ArrayList<>();
        try (WindowStoreIterator<String> it = sightings.fetch(record.key(), 0L, Long.MAX_VALUE)) {
            while (it.hasNext()) {
                KeyValue<Long, String> entry = it.next();
                earlier.add(decode(entry.value));
            }
        }
        Verdict verdict = CrossArticleDedup.judge(p.getFingerprint(), earlier);
        if (!verdict.kept()) {
            return;
        }
        sightings.put(record.key(), encode(p), record.timestamp());
        p.setRevisionOf(verdict.of() == null ? null : new ParagraphRef(verdict.of().articleId(), verdict.of().index()));
        Paragraph out = p;
        context.forward(record.withKey(p.getArticleId()).withValue(out));
    }

    private static String encode(Paragraph p) {
        return p.getFingerprint() + '\t' + p.getIndex() + '\t' + p.getArticleId();
    }

    private static Sighting decode(String value) {
        int first = value.indexOf('\t');
        int second = value.indexOf('\t', first + 1);
        return new Sighting(value.substring(0, first), value.substring(second + 1),
                Integer.parseInt(value.substring(first + 1, second)));
    }
}
