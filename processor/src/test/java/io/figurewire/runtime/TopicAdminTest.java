package io.figurewire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.schemas.Topics;
import io.figurewire.topology.TopicConfigs;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

/** Timestamps are publication times, so no topic a replay writes may expire by time. */
class TopicAdminTest {

    final Topics topics = new Topics("t.");

    @Test
    void topicsThatAreNotCompactedKeepTheirRecordsWhateverTheirTimestamps() {
        for (String name : topics.all()) {
            if (topics.compacted().contains(name) || name.equals(topics.dlq())) {
                continue;
            }
            assertThat(TopicConfigs.of(topics, name)).as("config of %s", name)
                    .containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1");
        }
        assertThat(TopicConfigs.of(topics, topics.claims())).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1");
        assertThat(TopicConfigs.of(topics, topics.figureChanges())).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1");
    }
}
