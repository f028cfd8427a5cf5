package io.figurewire.topology;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.stages.CleanArticleAssembly;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
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
 * CleanArticle once all verdicts are in; the article's state is deleted then. Store
 * timestamps are wall-clock arrival times: a punctuator emits whatever an article has once it
 * has waited {@code timeout} (a verdict lost to a bug, or a shell that never came), so nothing
 * stays behind forever and nothing is lost. A verdict arriving after that becomes its own
 * partial record later; the timeout is far beyond normal lag to make that rare.
 */
final class CleanArticleGatherer implements Processor<String, ArticlePart, String, CleanArticle> {

    private static final char SEP = '\u0000';
    private static final Duration SCAN_EVERY = Duration.ofSeconds(30);

    private final Duration timeout;
    private ProcessorContext<String, CleanArticle> context;
    private TimestampedKeyValueStore<String, CleanArticle> shells;
    private TimestampedKeyValueStore<String, ParagraphBatch> verdicts;
    /**
     * Verdicts (not batches) held per article whose shell is in, so that "complete?" is a count rather than a
     * scan that decodes every verdict again at each arrival (quadratic in an article's
     * paragraphs; 11 % of the stream thread in issue 12's profile). Only a cache of the store:
     * an article it does not know is counted by one scan, and it starts empty with the task.
     */
    private final Map<String, Integer> held = new HashMap<>();

    CleanArticleGatherer(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void init(ProcessorContext<String, CleanArticle> context) {
        this.context = context;
        this.shells = context.getStateStore(StoreNames.ARTICLE_SHELLS);
        this.verdicts = context.getStateStore(StoreNames.ARTICLE_VERDICTS);
        held.clear();
        context.schedule(SCAN_EVERY, PunctuationType.WALL_CLOCK_TIME, this::flushExpired);
    }

    @Override
    public void process(Record<String, ArticlePart> record) {
        String id = record.key();
        long now = context.currentSystemTimeMs();
        ArticlePart part = record.value();
        if (part.shell() != null) {
            shells.put(id, ValueAndTimestamp.make(part.shell(), now));
        } else {
            ParagraphBatch batch = part.verdicts();
            if (batch.getParagraphs().isEmpty()) {
                return;
            }
            String key = verdictKey(id, batch.getParagraphs().get(0).getIndex());
            // a batch delivered again replaces itself: it must not count twice
            boolean fresh = verdicts.get(key) == null;
            verdicts.put(key, ValueAndTimestamp.make(batch, now));
            if (fresh) {
                held.computeIfPresent(id, (k, n) -> n + batch.getParagraphs().size());
            }
        }
        ValueAndTimestamp<CleanArticle> shell = shells.get(id);
        if (shell == null) {
            return;
        }
        if (CleanArticleAssembly.complete(shell.value(), held.computeIfAbsent(id, k -> values(verdictsOf(k)).size()))) {
            List<KeyValue<String, ParagraphBatch>> parts = verdictsOf(id);
            emit(record.withValue(CleanArticleAssembly.assemble(shell.value(), values(parts))), id, parts);
        }
    }

    private void flushExpired(long now) {
        long cutoff = now - timeout.toMillis();
        List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<CleanArticle>> it = shells.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value.timestamp() <= cutoff) {
                    stale.add(kv.key);
                }
            });
        }
        for (String id : stale) {
            CleanArticle shell = shells.get(id).value();
            List<KeyValue<String, ParagraphBatch>> parts = verdictsOf(id);
            emit(new Record<>(id, CleanArticleAssembly.assemble(shell, values(parts)), now), id, parts);
        }
        Map<String, Long> orphans = new LinkedHashMap<>();
        try (KeyValueIterator<String, ValueAndTimestamp<ParagraphBatch>> it = verdicts.all()) {
            it.forEachRemaining(kv -> orphans.merge(kv.key.substring(0, kv.key.lastIndexOf(SEP)), kv.value.timestamp(), Math::min));
        }
        orphans.forEach((id, since) -> {
            if (since <= cutoff && shells.get(id) == null) {
                List<KeyValue<String, ParagraphBatch>> parts = verdictsOf(id);
                emit(new Record<>(id, CleanArticleAssembly.fromVerdictsOnly(id, values(parts), Instant.ofEpochMilli(now)), now), id, parts);
            }
        });
    }

    private void emit(Record<String, CleanArticle> out, String id, List<KeyValue<String, ParagraphBatch>> parts) {
        context.forward(out);
        held.remove(id);
        // null puts: the stores' delete reads back and decodes the old value it returns (see ArrivalBuffer)
        shells.put(id, null);
        parts.forEach(kv -> verdicts.put(kv.key, null));
    }

    private List<KeyValue<String, ParagraphBatch>> verdictsOf(String id) {
        List<KeyValue<String, ParagraphBatch>> out = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<ParagraphBatch>> it = verdicts.prefixScan(id + SEP, new StringSerializer())) {
            it.forEachRemaining(kv -> out.add(KeyValue.pair(kv.key, kv.value.value())));
        }
        return out;
    }

    private static List<Paragraph> values(List<KeyValue<String, ParagraphBatch>> parts) {
        return parts.stream().flatMap(kv -> kv.value.getParagraphs().stream()).toList();
    }

    /**
     * Zero-padded so that a prefix scan returns an article's batches in order of their first
     * paragraph (by hand: String.format was a visible share of the stream thread).
     */
    private static String verdictKey(String id, int index) {
        String digits = Integer.toString(index);
        return id + SEP + "000000".substring(Math.min(6, digits.length())) + digits;
    }
}
