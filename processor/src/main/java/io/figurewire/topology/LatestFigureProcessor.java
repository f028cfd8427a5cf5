package io.figurewire.topology;

import io.figurewire.figures.FigureBook;
import io.figurewire.figures.FigureReports;
import io.figurewire.figures.ReportGroup;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureReport;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.VersionedKeyValueStore;
import org.apache.kafka.streams.state.VersionedRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the latest figure per metric by publication time. The figure is stored in a versioned
 * store at its current report's publication time (see {@link #storedAt}), so the store's latest
 * version is always the table row; a late, older report updates history and flags but never the current figure
 * (the rules are in {@link FigureBook}). Each input is one article's reports of one metric, in
 * the order {@link ReportOrderProcessor} releases them, on the key {@link KeyJoinProcessor} chose;
 * a coarser key that key adopts has its row moved in first and deleted (a tombstone on figures).
 * Which articles a row has counted is kept beside it ({@link CountedReports}): its history is
 * bounded, and an article whose reports come in two parts must not count twice.
 */
final class LatestFigureProcessor implements Processor<String, ReportGroup, String, FigureBook.Update> {

    private static final Logger LOG = LoggerFactory.getLogger(LatestFigureProcessor.class);

    private final FigureBook book;
    private final long historyRetentionMs;
    /** How long which articles a row counted is kept: a later part of an article comes well within it. */
    private final long countedRetentionMs;
    private VersionedKeyValueStore<String, Figure> figures;
    private CountedReports counted;
    private ProcessorContext<String, FigureBook.Update> context;
    /**
     * The latest row of recently moved metrics, as this processor last stored it: a hot metric
     * (one war's death toll) is read back and decoded for every article that reports it, which
     * was a quarter of this step (issue 12). Only a cache of the store: filled by successful puts,
     * emptied with every init (a task restored from its changelog starts again), bounded.
     */
    private final Map<String, Figure> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Figure> eldest) {
            return size() > CACHED_ROWS;
        }
    };
    private static final int CACHED_ROWS = 500;

    LatestFigureProcessor(FigureBook book, Duration historyRetention, Duration countedRetention) {
        this.book = book;
        this.historyRetentionMs = historyRetention.toMillis();
        this.countedRetentionMs = countedRetention.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, FigureBook.Update> context) {
        this.context = context;
        this.figures = context.getStateStore(StoreNames.LATEST_FIGURES);
        this.counted = new CountedReports(context.getStateStore(StoreNames.COUNTED_REPORTS));
        recent.clear();
        context.schedule(ProcessorSettings.COUNTED_REPORTS_EXPIRY_EVERY, PunctuationType.WALL_CLOCK_TIME,
                now -> counted.expire(now - countedRetentionMs, ProcessorSettings.COUNTED_REPORTS_EXPIRY_STEP));
    }

    @Override
    public void process(Record<String, ReportGroup> record) {
        ReportGroup group = record.value();
        String metric = group.metric();
        for (String coarse : group.adopted()) {
            adopt(metric, coarse, record);
        }
        String articleId = group.reports().get(0).getArticleId();
        FigureReport known = counted.of(metric, articleId);
        Figure existing = latest(metric);
        if (known != null) {
            logLaterPart(metric, existing, known, group);
        }
        store(metric, book.apply(metric, existing, group.reports(), known), record);
        counted.count(metric, known, group.reports());
    }

    /**
     * What the reordering buffer should make rare (a restart, a slow partition): logged so that a
     * table that differs from another run's says which article came in parts, and whether the
     * row's bounded history still held it (when it did not, the table used to count it again).
     */
    private void logLaterPart(String metric, Figure existing, FigureReport known, ReportGroup group) {
        boolean inHistory = existing != null && existing.getHistory().stream().anyMatch(r -> FigureReports.sameArticle(r, known));
        LOG.info("{} task {}: a later part of article {} (paragraph/offset {}) meets its report at {}/{} (in the row's history: {}): merged, not counted again",
                metric, context.taskId(), known.getArticleId(), group.reports().stream().map(r -> r.getParagraphIndex() + "/" + r.getPosition()).toList(),
                known.getParagraphIndex(), known.getPosition(), inHistory);
    }

    /** Moves the row of {@code coarse} into {@code metric}'s and deletes it from the store and the table. */
    private void adopt(String metric, String coarse, Record<String, ReportGroup> record) {
        VersionedRecord<Figure> stored = figures.get(coarse);
        recent.remove(coarse);
        counted.move(coarse, metric);
        if (stored == null) {
            return;
        }
        store(metric, book.adopt(metric, latest(metric), stored.value()), record);
        // at or after the row's last version, so the deletion is the latest version
        long at = Math.max(stored.timestamp(), storedAt(record.timestamp()));
        figures.delete(coarse, at);
        context.forward(record.withKey(coarse).withValue(FigureBook.Update.retired()).withTimestamp(at));
    }

    private void store(String metric, FigureBook.Update update, Record<String, ReportGroup> record) {
        long asOf = update.figure().getCurrent().getPublished().toEpochMilli();
        long result = figures.put(metric, update.figure(), storedAt(asOf));
        if (result == VersionedKeyValueStore.PUT_RETURN_CODE_VALID_TO_UNDEFINED) {
            recent.put(metric, update.figure());
        } else {
            recent.remove(metric);
            // Only possible for a report older than the store's history retention: say so, do not hide it.
            LOG.warn("figure for {} at {} not stored as latest (put returned {}); raise the figure history retention",
                    metric, Instant.ofEpochMilli(asOf), result);
        }
        // the row is as new as its current report, never older than the claim that touched it
        context.forward(record.withKey(metric).withValue(update).withTimestamp(asOf));
    }

    private Figure latest(String metric) {
        Figure cached = recent.get(metric);
        if (cached != null) {
            return cached;
        }
        VersionedRecord<Figure> stored = figures.get(metric);
        return stored == null ? null : stored.value();
    }

    /**
     * The version's timestamp: the current report's publication, but never so far behind the
     * task's stream time that the store refuses it. An archive replay spans years, and which
     * other metrics share a task (so how far its stream time has gone) depends on partitioning;
     * a refused put would leave an older row in the store and make the table depend on it. Per
     * metric both terms only grow, so every put stays the latest version.
     */
    private long storedAt(long asOf) {
        return Math.max(asOf, context.currentStreamTimeMs() - historyRetentionMs + 1);
    }
}
