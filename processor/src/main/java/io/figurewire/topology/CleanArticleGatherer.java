package io.figurewire.topology;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
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
 * Gathers each article's shell and its paragraph verdicts (input keyed by article id) and emits
 * the CleanArticle once all verdicts are in; the article's state is deleted then. Store
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
    private TimestampedKeyValueStore<String, Paragraph> verdicts;
    /**
     * Verdicts held per article whose shell is in, so that "complete?" is a count rather than a
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
            String key = verdictKey(id, part.verdict().getIndex());
            // a verdict delivered again replaces itself: it must not count twice
            boolean fresh = verdicts.get(key) == null;
            verdicts.put(key, ValueAndTimestamp.make(part.verdict(), now));
            if (fresh) {
                held.computeIfPresent(id, (k, n) -> n + 1);
            }
        }
        ValueAndTimestamp<CleanArticle> shell = shells.get(id);
        if (shell == null) {
            return;
        }
        if (CleanArticleAssembly.complete(shell.value(), held.computeIfAbsent(id, k -> verdictsOf(k).size()))) {
            List<KeyValue<String, Paragraph>> parts = verdictsOf(id);
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
            List<KeyValue<String, Paragraph>> parts = verdictsOf(id);
            emit(new Record<>(id, CleanArticleAssembly.assemble(shell, values(parts)), now), id, parts);
        }
        Map<String, Long> orphans = new LinkedHashMap<>();
        try (KeyValueIterator<String, ValueAndTimestamp<Paragraph>> it = verdicts.all()) {
            it.forEachRemaining(kv -> orphans.merge(kv.key.substring(0, kv.key.lastIndexOf(SEP)), kv.value.timestamp(), Math::min));
        }
        orphans.forEach((id, since) -> {
            if (since <= cutoff && shells.get(id) == null) {
                List<KeyValue<String, Paragraph>> parts = verdictsOf(id);
                emit(new Record<>(id, CleanArticleAssembly.fromVerdictsOnly(id, values(parts), Instant.ofEpochMilli(now)), now), id, parts);
            }
        });
    }

    private void emit(Record<String, CleanArticle> out, String id, List<KeyValue<String, Paragraph>> parts) {
        context.forward(out);
        held.remove(id);
        shells.delete(id);
        parts.forEach(kv -> verdicts.delete(kv.key));
    }

    private List<KeyValue<String, Paragraph>> verdictsOf(String id) {
        List<KeyValue<String, Paragraph>> out = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<Paragraph>> it = verdicts.prefixScan(id + SEP, new StringSerializer())) {
            it.forEachRemaining(kv -> out.add(KeyValue.pair(kv.key, kv.value.value())));
        }
        return out;
    }

    private static List<Paragraph> values(List<KeyValue<String, Paragraph>> parts) {
        return parts.stream().map(kv -> kv.value).toList();
    }

    /** Zero-padded so that a prefix scan returns an article's verdicts in paragraph order. */
    private static String verdictKey(String id, int index) {
        return id + SEP + String.format("%06d", index);
    }
}
