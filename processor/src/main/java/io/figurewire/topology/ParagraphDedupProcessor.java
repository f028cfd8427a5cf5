package io.figurewire.topology;

import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.stages.CarriedSignatures;
import io.figurewire.stages.ParagraphVerdicts;
import io.figurewire.text.CandidateKeys;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.ParagraphSignature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every paragraph its verdict against the sightings of the dedup window: dropped as a
 * repeat, kept as a revision, or new. Input is batches of one article's paragraphs that share a
 * dedup partition (see {@link DedupPartitions}), judged one by one in reading order, each under
 * its own near-duplicate routing key, so every earlier sighting that matters is in this task's
 * store, found by lookups (see {@link StoredSightings}), not by scanning the key. The window
 * store's retention is the dedup window: state cannot outgrow it. Output: one batch of verdicts
 * (one per paragraph, same order) per batch in, keyed by article id; progress marks pass through.
 */
final class ParagraphDedupProcessor implements Processor<String, ParagraphBatch, String, ParagraphBatch> {

    private final long windowMs;
    private StoredSightings sightings;
    private ProcessorContext<String, ParagraphBatch> context;
    private static final Logger LOG = LoggerFactory.getLogger(ParagraphDedupProcessor.class);

    /** Orders the sightings of one timestamp: paragraphs in the order this task judged them, across restarts. */
    private long arrivals;

    ParagraphDedupProcessor(Duration window) {
        this.windowMs = window.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, ParagraphBatch> context) {
        this.context = context;
        this.sightings = new StoredSightings(context.getStateStore(StoreNames.PARAGRAPH_SIGHTINGS),
                context.getStateStore(StoreNames.PARAGRAPH_CANDIDATES));
        // The stores are restored by now; the index has no changelog, so it is brought in step here.
        StoredSightings.Repair repair = sightings.repair();
        arrivals = repair.highestSequence();
        if (repair.repaired() > 0) {
            LOG.info("dedup task {}: candidate pointers re-derived for {} sighting(s)", context.taskId(), repair.repaired());
        }
    }

    @Override
    public void process(Record<String, ParagraphBatch> record) {
        if (ProgressMarks.isMark(record.value())) {
            // the order buffer's progress, on its way to the table's buffer behind the claims it follows
            context.forward(record);
            return;
        }
        ParagraphBatch batch = record.value();
        List<Paragraph> verdicts = new ArrayList<>(batch.getParagraphs().size());
        try {
            for (int i = 0; i < batch.getParagraphs().size(); i++) {
                verdicts.add(judge(batch.getParagraphs().get(i), CarriedSignatures.of(batch, i), record.timestamp()));
            }
        } finally {
            // the batch's sightings as one store entry, one changelog record (also when a paragraph failed: those judged stay seen)
            sightings.flush();
        }
        // the verdicts go back without the signatures: nothing after dedup compares paragraphs
        context.forward(record.withKey(batch.getArticleId()).withValue(new ParagraphBatch(batch.getArticleId(), verdicts, null, null)));
    }

    private Paragraph judge(Paragraph paragraph, ParagraphSignature signature, long timestamp) {
        String routingKey = signature.nearKey();
        long[] keys = CandidateKeys.of(signature);
        // Segments expire as a whole; the lower bound keeps the window exact for the judgement.
        long from = Math.max(0L, timestamp - windowMs);
        List<Sighting> earlier = sightings.candidates(routingKey, signature, keys, from);
        ParagraphVerdicts.Decision decision = ParagraphVerdicts.decide(signature, paragraph, earlier);
        if (decision.kept()) {
            sightings.remember(routingKey, keys, decision.remember(), timestamp, ++arrivals);
        }
        return decision.verdict();
    }
}
