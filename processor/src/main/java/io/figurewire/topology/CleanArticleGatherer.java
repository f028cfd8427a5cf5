package io.figurewire.topology;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.GatheringArticle;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.stages.ArticleGathering;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Gathers each article's shell and its paragraph verdicts (input keyed by article id, verdicts
 * in batches, one per dedup partition the article's paragraphs went to) and emits the
 * CleanArticle once all verdicts are in; the article's entry is deleted then. One entry per
 * article ({@link ArticleGathering}), updated in place by each part: the shell and every batch
 * stored apart, each put and taken out again, were 13 changelog records an article (issue 12).
 * An entry's timestamp is the wall-clock arrival of its first part: a punctuator emits whatever
 * an article has once it has waited {@code timeout} (a verdict lost to a bug, or a shell that
 * never came), so nothing stays behind forever and nothing is lost. A verdict arriving after
 * that becomes its own partial record later; the timeout is far beyond normal lag to make that rare.
 */
final class CleanArticleGatherer implements Processor<String, ArticlePart, String, CleanArticle> {

    private static final Duration SCAN_EVERY = Duration.ofSeconds(30);

    private final Duration timeout;
    private ProcessorContext<String, CleanArticle> context;
    private TimestampedKeyValueStore<String, GatheringArticle> gathering;

    CleanArticleGatherer(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void init(ProcessorContext<String, CleanArticle> context) {
        this.context = context;
        this.gathering = context.getStateStore(StoreNames.ARTICLE_GATHERING);
        context.schedule(SCAN_EVERY, PunctuationType.WALL_CLOCK_TIME, this::flushExpired);
    }

    @Override
    public void process(Record<String, ArticlePart> record) {
        String id = record.key();
        ArticlePart part = record.value();
        ValueAndTimestamp<GatheringArticle> stored = gathering.get(id);
        GatheringArticle entry = stored == null ? null : stored.value();
        GatheringArticle next;
        if (part.shell() != null) {
            next = ArticleGathering.withShell(entry, part.shell());
        } else {
            ParagraphBatch batch = part.verdicts();
            if (batch.getParagraphs().isEmpty() || ArticleGathering.has(entry, batch)) {
                return;
            }
            next = ArticleGathering.withVerdicts(entry, batch);
        }
        if (ArticleGathering.complete(next)) {
            emit(record.withValue(ArticleGathering.assemble(id, next, Instant.ofEpochMilli(record.timestamp()))));
        } else {
            long since = stored == null ? context.currentSystemTimeMs() : stored.timestamp();
            gathering.put(id, ValueAndTimestamp.make(next, since));
        }
    }

    private void flushExpired(long now) {
        long cutoff = now - timeout.toMillis();
        List<KeyValue<String, GatheringArticle>> stale = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<GatheringArticle>> it = gathering.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value.timestamp() <= cutoff) {
                    stale.add(KeyValue.pair(kv.key, kv.value.value()));
                }
            });
        }
        for (KeyValue<String, GatheringArticle> kv : stale) {
            emit(new Record<>(kv.key, ArticleGathering.assemble(kv.key, kv.value, Instant.ofEpochMilli(now)), now));
        }
    }

    private void emit(Record<String, CleanArticle> out) {
        context.forward(out);
        // a null put: the store's delete reads back and decodes the old value it returns (see ArrivalBuffer)
        gathering.put(out.key(), null);
    }
}
