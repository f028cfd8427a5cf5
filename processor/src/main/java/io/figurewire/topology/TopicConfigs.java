package io.figurewire.topology;

import io.figurewire.schemas.Topics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The one place topic configs are decided, for the topics figurewire creates and for the
 * internal topics Streams creates. Records carry their article's publication time as timestamp,
 * so time-based retention (the broker's 7-day default) would delete an archive replay before it
 * is read. So:
 * <ul>
 * <li>input, outputs and the DLQ: never deleted by time ({@code retention.ms=-1}); size is the
 * operator's call ({@code retention.bytes}, unlimited by default);</li>
 * <li>{@code figures}: compacted, a table;</li>
 * <li>repartition topics: Streams' own {@code retention.ms=-1}, purged only once committed;</li>
 * <li>key-value and versioned store changelogs: compacted (Streams' default), never deleted by time;</li>
 * <li>the dedup window store's changelog: {@code compact,delete}, but timed by when a record was
 * written ({@code LogAppendTime}), not by the publication time it would otherwise carry, and kept
 * twice the window plus a day: a sighting stays as long as the store can need it unless the stream
 * moves at under half of real time (a paused replay); then a restore may keep a repeat, never lose
 * a paragraph.</li>
 * </ul>
 */
public final class TopicConfigs {

    /** Streams' own margin for window-store changelogs ({@code windowstore.changelog.additional.retention.ms}). */
    static final Duration CHANGELOG_MARGIN = Duration.ofDays(1);

    private TopicConfigs() {
    }

    /** Configs for a topic figurewire creates. */
    public static Map<String, String> of(Topics topics, String name) {
        if (topics.compacted().contains(name)) {
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "60000");
        }
        if (name.equals(topics.dlq())) {
            // copies are cut to 1 MiB (DeadLetterRecords); the limit leaves room for headers
            return Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(4 * 1024 * 1024));
        }
        if (name.equals(topics.raw())) {
            return Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(2 * 1024 * 1024));
        }
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
    }

    /** The dedup sightings changelog, see the class comment. */
    public static Map<String, String> sightingsChangelog(Duration dedupWindow) {
        long retention = dedupWindow.multipliedBy(2).plus(CHANGELOG_MARGIN).toMillis();
        return Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime",
                TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention));
    }
}
