package io.figurewire.topology;

import io.figurewire.figures.SourceProgress;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.stages.PreparedArticle;
import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends each article's paragraphs to their dedup partitions in batches ({@link DedupPartitions})
 * and, every {@code every}, a progress mark to all of them: how far this reader of articles.raw
 * vouches for arrivals ({@link SourceProgress}). The buffers behind it release in arrival order
 * up to the slowest reader.
 */
final class ParagraphRouter implements Processor<String, PreparedArticle, String, ParagraphBatch> {

    /** How often a partition that has had no article since its last mark marks again. */
    static final Duration IDLE_EVERY = Duration.ofMillis(500);

    private final DedupPartitions partitions;
    private final int sources;
    private final Duration lateness;
    private final Duration every;
    private ProcessorContext<String, ParagraphBatch> context;
    private SourceProgress progress;
    private InputEnds ends;
    /** The offset of articles.raw this task reads next; -1 until it has read one. */
    private long nextOffset = -1;
    private long markedAt = Long.MIN_VALUE / 2;
    private boolean readSinceMark;

    /** @param sources the partition count of articles.raw: how many routers send marks */
    ParagraphRouter(DedupPartitions partitions, int sources, Duration lateness, Duration every) {
        this.partitions = partitions;
        this.sources = sources;
        this.lateness = lateness;
        this.every = every;
    }

    @Override
    public void init(ProcessorContext<String, ParagraphBatch> context) {
        this.context = context;
        this.progress = new SourceProgress(lateness, context.currentSystemTimeMs());
        this.ends = context.appConfigs().get(ProcessorSettings.INPUT_ENDS_CONFIG) instanceof InputEnds e ? e : InputEnds.ASSUMED;
        context.schedule(every, PunctuationType.WALL_CLOCK_TIME, this::mark);
    }

    @Override
    public void process(Record<String, PreparedArticle> record) {
        PreparedArticle article = record.value();
        progress.read(article.clean().getReceived().toEpochMilli(), context.currentSystemTimeMs());
        readSinceMark = true;
        context.recordMetadata().ifPresent(m -> nextOffset = Math.max(nextOffset, m.offset() + 1));
        for (KeyValue<String, ParagraphBatch> batch : partitions.batches(article)) {
            context.forward(record.withKey(batch.key).withValue(batch.value));
        }
    }

    private void mark(long now) {
        // an idle partition's mark only moves with the clock: fewer of them do as well
        if (!readSinceMark && now - markedAt < IDLE_EVERY.toMillis()) {
            return;
        }
        long caughtUpAt = ends.caughtUpAt(context.taskId().partition(), nextOffset, now);
        progress.upTo(now, caughtUpAt).ifPresent(upTo -> {
            context.forward(ProgressMarks.record(ProgressMarks.paragraphs(ProgressMarks.of(context.taskId().partition(), sources, upTo)), now));
            markedAt = now;
            readSinceMark = false;
        });
    }
}
