package io.figurewire.topology;

import io.figurewire.figures.FigureBook;
import io.figurewire.records.FigureReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The layout of {@link StoreNames#COUNTED_REPORTS}: {@code <metric>\u0001<article id>} → the
 * report the article counts as on that metric's row (its first in reading order so far). A row's
 * history holds its 20 newest reports only; this is how the table knows an article it has
 * counted once those have moved on, so that the rest of its reports (a part a restart or a slow
 * partition held back longer than the reordering hold) is merged, not counted again.
 */
final class CountedReports {

    private static final char SEPARATOR = '\u0001';
    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, FigureReport> store;
    /** Where the last {@link #expire} step stopped (the next key to look at), or null to start over. */
    private String cursor;

    CountedReports(KeyValueStore<String, FigureReport> store) {
        this.store = store;
    }

    /** The report {@code articleId} counts as on {@code metric}, or null when it has none there. */
    FigureReport of(String metric, String articleId) {
        return store.get(key(metric, articleId));
    }

    /**
     * Records what the article of {@code group} counts as on {@code metric} once the group is
     * applied ({@code known}: what it counted as before, or null); writes only when that changed.
     */
    void count(String metric, FigureReport known, List<FigureReport> group) {
        FigureReport now = FigureBook.articleReport(known, group);
        if (now != known) {
            store.put(key(metric, now.getArticleId()), now);
        }
    }

    /** {@code coarse}'s articles become {@code metric}'s, as its row did (see KeyJoin's adoption). */
    void move(String coarse, String metric) {
        List<KeyValue<String, FigureReport>> moved = new ArrayList<>();
        try (KeyValueIterator<String, FigureReport> all = store.prefixScan(coarse + SEPARATOR, KEYS)) {
            all.forEachRemaining(moved::add);
        }
        for (KeyValue<String, FigureReport> kv : moved) {
            store.delete(kv.key);
            count(metric, of(metric, kv.value.getArticleId()), List.of(kv.value));
        }
    }

    /**
     * Deletes the entries of articles received before {@code cutoffMs}, looking at {@code max}
     * entries from where the last call stopped (the store grows by one entry per article and
     * metric; a later part of an article comes within minutes or hours, not weeks). Entries without
     * an arrival stamp are kept. Returns how many were deleted.
     */
    int expire(long cutoffMs, int max) {
        List<String> expired = new ArrayList<>();
        String next = null;
        int seen = 0;
        try (KeyValueIterator<String, FigureReport> it = cursor == null ? store.all() : store.range(cursor, null)) {
            while (it.hasNext()) {
                KeyValue<String, FigureReport> kv = it.next();
                if (seen++ == max) {
                    next = kv.key;
                    break;
                }
                if (kv.value.getReceived() != null && kv.value.getReceived().toEpochMilli() < cutoffMs) expired.add(kv.key);
            }
        }
        cursor = next;
        expired.forEach(store::delete);
        return expired.size();
    }

    /** Article ids come from the input: one holding the separator must not read as another key's. */
    private static String key(String metric, String articleId) {
        return metric + SEPARATOR + articleId.replace(SEPARATOR, '\uFFFD');
    }
}
