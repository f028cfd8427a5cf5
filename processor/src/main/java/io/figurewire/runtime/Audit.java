package io.figurewire.runtime;

import io.figurewire.settings.KafkaConnection;
import io.figurewire.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * {@code in = processed + dead-lettered}, from committed data only: the input's records below
 * the application's committed offsets, the articles in {@code articles.clean}, and the dead
 * letters read from the input. Articles still being gathered (their paragraphs' verdicts not
 * all back) are in flight; anything else missing would be a loss.
 */
public final class Audit {

    /** @param consumed input records below the committed offsets; @param inFlight consumed minus both outcomes */
    public record Ledger(long input, long consumed, long processed, long deadLetteredAtRead, Map<String, Long> deadLettersBySource,
                         Map<String, Long> recordsByTopic) {
        public long inFlight() {
            return consumed - processed - deadLetteredAtRead;
        }

        public boolean balanced() {
            return inFlight() == 0;
        }
    }

    private Audit() {
    }

    public static Ledger read(String bootstrap, String applicationId, Topics topics) throws InterruptedException {
        return read(KafkaConnection.plain(bootstrap), applicationId, topics);
    }

    public static Ledger read(KafkaConnection kafka, String applicationId, Topics topics) throws InterruptedException {
        Map<TopicPartition, Long> committed = committedOffsets(kafka, applicationId, topics.raw());
        RecordTally tally = new RecordTally(topics.dlq());
        long[] consumed = {0};
        List<String> counted = new ArrayList<>(List.of(topics.raw(), topics.clean(), topics.dlq(), topics.claims(),
                topics.figureChanges()));
        readToEnd(kafka, counted, r -> {
            tally.add(r);
            if (r.topic().equals(topics.raw())) {
                Long below = committed.get(new TopicPartition(r.topic(), r.partition()));
                consumed[0] += below != null && r.offset() < below ? 1 : 0;
            }
        });
        return new Ledger(tally.records(topics.raw()), consumed[0], tally.records(topics.clean()),
                tally.deadLettersFrom(topics.raw()), tally.deadLettersBySource(), tally.byTopic());
    }

    private static Map<TopicPartition, Long> committedOffsets(KafkaConnection kafka, String group, String topic)
            throws InterruptedException {
        Properties p = new Properties();
        try (Admin admin = Admin.create(kafka.applyTo(p))) {
            Map<TopicPartition, Long> out = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> all = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            all.forEach((tp, o) -> {
                if (o != null && tp.topic().equals(topic)) {
                    out.put(tp, o.offset());
                }
            });
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the committed offsets of " + group + ": " + e.getCause().getMessage(), e);
        }
    }

    private static void readToEnd(KafkaConnection kafka, List<String> topics, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(kafka.applyTo(p), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String t : topics) {
                consumer.partitionsFor(t, Duration.ofSeconds(10)).forEach(i -> partitions.add(new TopicPartition(t, i.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }
}
