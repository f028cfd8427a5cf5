package io.figurewire.topology;

import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.schemas.RecordSerdes;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The paragraph dedup stage on its own, with the very processor and store the full topology
 * uses, so tests and the benchmark exercise the real thing: paragraphs keyed by routing key in,
 * each judged as a batch of one, verdicts out.
 */
public final class DedupStage {

    public static final String INPUT = "paragraphs-by-key";
    public static final String OUTPUT = "paragraph-verdicts";

    private DedupStage() {
    }

    /**
     * Retention = the dedup window; duplicates retained (one fingerprint may be sighted at
     * several times). Values are binary (see {@link StoredSightings}); the changelog is timed by append
     * time (see {@link TopicConfigs#sightingsChangelog}).
     */
    public static StoreBuilder<WindowStore<String, byte[]>> sightingsStore(ProcessorSettings settings) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.PARAGRAPH_SIGHTINGS, settings.dedupWindow(), Duration.ofMillis(1), true),
                RecordSerdes.keys(), Serdes.ByteArray())
                .withLoggingEnabled(TopicConfigs.sightingsChangelog(settings.dedupWindow()));
    }

    /**
     * The exact and candidate-key pointers beside {@link #sightingsStore}: same retention, no
     * changelog (they are derived from the sightings again at each start, see {@link StoredSightings#repair}).
     */
    public static StoreBuilder<WindowStore<String, byte[]>> candidateIndexStore(ProcessorSettings settings) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.PARAGRAPH_CANDIDATES, settings.dedupWindow(), Duration.ofMillis(1), true),
                RecordSerdes.keys(), Serdes.ByteArray())
                .withLoggingDisabled();
    }

    /**
     * How many sightings an entry of {@link #sightingsStore} holds: those of a batch, one of an
     * older version's single entries, none for a candidate-key pointer an older version put there.
     */
    public static int sightingsIn(String storeKey, byte[] value) {
        return StoredSightings.sightingsIn(storeKey, value);
    }

    /**
     * The dedup processor alone, for driving it directly (the benchmark) with {@link #sightingsStore}:
     * batches of one article's paragraphs in, one batch of verdicts out.
     */
    public static Processor<String, ParagraphBatch, String, ParagraphBatch> processor(ProcessorSettings settings) {
        return new ParagraphDedupProcessor(settings.dedupWindow());
    }

    /** A paragraph as the batch of one that the dedup processor takes. */
    public static ParagraphBatch batchOf(Paragraph paragraph) {
        return new ParagraphBatch(paragraph.getArticleId(), List.of(paragraph), null, null);
    }

    public static Topology build(ProcessorSettings settings) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(settings.streamsProperties())));
        builder.addStateStore(sightingsStore(settings));
        builder.addStateStore(candidateIndexStore(settings));
        builder.stream(INPUT, Consumed.with(RecordSerdes.keys(), RecordSerdes.paragraph()).withName("read-paragraphs"))
                .mapValues(DedupStage::batchOf, Named.as("batch-of-one"))
                .process(() -> new ParagraphDedupProcessor(settings.dedupWindow()), Named.as("dedup-paragraphs"),
                        StoreNames.PARAGRAPH_SIGHTINGS, StoreNames.PARAGRAPH_CANDIDATES)
                .flatMapValues(ParagraphBatch::getParagraphs, Named.as("verdicts"))
                .to(OUTPUT, Produced.<String, Paragraph>with(RecordSerdes.keys(), RecordSerdes.paragraph()).withName("write-verdicts"));
        return builder.build(settings.streamsProperties());
    }
}
