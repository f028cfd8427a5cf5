package io.figurewire.topology;

import io.figurewire.records.Paragraph;
import io.figurewire.stages.ParagraphVerdicts;
import io.figurewire.text.CrossArticleDedup.Sighting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Gives every paragraph its verdict against the sightings of the dedup window: dropped as a
 * repeat, kept as a revision, or new. Input is keyed by the near-duplicate routing key, so every
 * earlier sighting that matters is in this task's store. The window store's retention is the
 * dedup window: state cannot outgrow it. Output: one verdict per paragraph, keyed by article id.
 */
final class ParagraphDedupProcessor implements Processor<String, Paragraph, String, Paragraph> {

    private final long windowMs;
    private WindowStore<String, String> sightings;
    private ProcessorContext<String, Paragraph> context;

    ParagraphDedupProcessor(Duration window) {
        this.windowMs = window.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Paragraph> context) {
        this.context = context;
        this.sightings = context.getStateStore(StoreNames.PARAGRAPH_SIGHTINGS);
    }

    @Override
    public void process(Record<String, Paragraph> record) {
        List<Sighting> earlier = new ArrayList<>();
        // Segments expire as a whole; the lower bound keeps the window exact for the judgement.
        long from = Math.max(0L, record.timestamp() - windowMs);
        try (WindowStoreIterator<String> it = sightings.fetch(record.key(), from, Long.MAX_VALUE)) {
            it.forEachRemaining(entry -> earlier.add(Sighting.decode(entry.value)));
        }
        ParagraphVerdicts.Decision decision = ParagraphVerdicts.decide(record.value(), earlier);
        if (decision.kept()) {
            sightings.put(record.key(), decision.remember().encode(), record.timestamp());
        }
        context.forward(record.withKey(record.value().getArticleId()).withValue(decision.verdict()));
    }
}
