package io.figurewire.runtime;

import io.figurewire.settings.KafkaConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything committed on a topic right now, read from the beginning to the current end
 * (read_committed, no consumer group). For the demo's report and for tests.
 */
public final class TopicSnapshot {

    private TopicSnapshot() {
    }

    public static <V> List<ConsumerRecord<String, V>> read(String bootstrap, String topic, Deserializer<V> values) {
        return read(KafkaConnection.plain(bootstrap), topic, values);
    }

    public static <V> List<ConsumerRecord<String, V>> read(KafkaConnection kafka, String topic, Deserializer<V> values) {
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, V>> out = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(kafka.applyTo(p), new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (!reachedEnd(consumer, ends) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /**
     * The last value per key, in the order keys were first written; a tombstone (null value)
     * removes its key, as compaction and a table would (figures deletes a key another adopted).
     */
    public static <V> Map<String, V> latestByKey(List<ConsumerRecord<String, V>> records) {
        Map<String, V> out = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<String, V> r : records) {
            if (r.value() == null) {
                out.remove(r.key());
            } else {
                out.put(r.key(), r.value());
            }
        }
        return out;
    }
}
