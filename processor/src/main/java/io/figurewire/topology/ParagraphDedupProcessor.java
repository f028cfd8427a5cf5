package io.figurewire.topology;

import io.figurewire.records.Paragraph;
import io.figurewire.stages.ParagraphVerdicts;
import io.figurewire.text.CandidateKeys;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.ParagraphSignature;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Gives every paragraph its verdict against the sightings of the dedup window: dropped as a
 * repeat, kept as a revision, or new. Input is keyed by the near-duplicate routing key, so every
 * earlier sighting that matters is in this task's store, found by lookups (see
 * {@link StoredSightings}), not by scanning the key. The window store's retention is the dedup
 * window: state cannot outgrow it. Output: one verdict per paragraph, keyed by article id.
 */
final class ParagraphDedupProcessor implements Processor<String, Paragraph, String, Paragraph> {

    private final long windowMs;
    private StoredSightings sightings;
    private ProcessorContext<String, Paragraph> context;
    /** Orders sightings of one timestamp when there is no input offset (the processor driven directly). */
    private long arrivals;

    ParagraphDedupProcessor(Duration window) {
        this.windowMs = window.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Paragraph> context) {
        this.context = context;
        this.sightings = new StoredSightings(context.getStateStore(StoreNames.PARAGRAPH_SIGHTINGS));
    }

    @Override
    public void process(Record<String, Paragraph> record) {
        ParagraphSignature signature = ParagraphSignature.of(record.value().getText());
        long[] keys = CandidateKeys.of(signature);
        // Segments expire as a whole; the lower bound keeps the window exact for the judgement.
        long from = Math.max(0L, record.timestamp() - windowMs);
        List<Sighting> earlier = sightings.candidates(record.key(), signature, keys, from);
        ParagraphVerdicts.Decision decision = ParagraphVerdicts.decide(signature, record.value(), earlier);
        if (decision.kept()) {
            sightings.remember(record.key(), keys, decision.remember(), record.timestamp(), sequence());
        }
        context.forward(record.withKey(record.value().getArticleId()).withValue(decision.verdict()));
    }

    /** The input offset: one task reads one partition, so offsets are the order paragraphs arrived in. */
    private long sequence() {
        arrivals++;
        return context.recordMetadata().map(m -> m.offset()).filter(o -> o >= 0).orElse(arrivals);
    }
}
