package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.figures.SourceProgress;
import io.figurewire.runtime.InputEndsWatcher;
import io.figurewire.runtime.TopicAdmin;
import io.figurewire.schemas.Topics;
import io.figurewire.settings.KafkaConnection;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A quiet reader of articles.raw may vouch for arrivals by the clock only when it has read its
 * partition to the end: the watcher reads the ends from a real broker, and a backlog not yet
 * read (a busy or blocked stream thread) is never taken for an idle partition.
 */
class InputEndsIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @Test
    void aPartitionIsCaughtUpOnlyOnceItsTaskHasReadToTheEndSeen() throws Exception {
        Topics topics = new Topics("ends.");
        TopicAdmin.ensureTopics(KAFKA.bootstrap(), topics, 2, (short) 1);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", KAFKA.bootstrap()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) producer.send(new ProducerRecord<>(topics.raw(), 0, "a" + i, "{}")).get();
        }
        try (InputEndsWatcher ends = new InputEndsWatcher(KafkaConnection.plain(KAFKA.bootstrap()), topics.raw(), "ends-app", 2)) {
            long before = System.currentTimeMillis();
            ends.refresh();
            assertThat(ends.caughtUpAt(0, -1, before)).as("nothing read, nothing committed, 3 records").isEqualTo(SourceProgress.NOT_CAUGHT_UP);
            assertThat(ends.caughtUpAt(0, 2, before)).as("one record left").isEqualTo(SourceProgress.NOT_CAUGHT_UP);
            assertThat(ends.caughtUpAt(0, 3, before)).as("read to the end").isGreaterThanOrEqualTo(before);
            assertThat(ends.caughtUpAt(1, -1, before)).as("an empty partition").isGreaterThanOrEqualTo(before);

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrap()))) {
                admin.alterConsumerGroupOffsets("ends-app", Map.of(new TopicPartition(topics.raw(), 0), new OffsetAndMetadata(3))).all().get();
            }
            ends.refresh();
            assertThat(ends.caughtUpAt(0, -1, before)).as("a restart whose group committed the end").isGreaterThanOrEqualTo(before);
            assertThat(ends.caughtUpAt(0, 2, before)).as("a last record the reader never saw (dead-lettered before it), committed")
                    .isGreaterThanOrEqualTo(before);
        }
    }
}
