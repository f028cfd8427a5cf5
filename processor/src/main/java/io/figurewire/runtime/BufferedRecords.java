package io.figurewire.runtime;

import io.figurewire.settings.KafkaConnection;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.BytesDeserializer;
import org.apache.kafka.common.utils.Bytes;

/**
 * How many records the reordering buffers hold as committed, counted from their changelogs
 * (read_committed, no consumer group), whichever instance or JVM holds them. A buffer's puts and
 * deletes are in the transaction that commits its input offsets and its released output, so
 * "source topics caught up and nothing buffered" means every output is committed. Committed
 * offsets alone cannot tell: a record read into a buffer is consumed but not yet passed on.
 * Reads on from where the last count stopped, keeping the set of live keys per partition.
 */
final class BufferedRecords implements AutoCloseable {

    private final KafkaConsumer<Bytes, Bytes> reader;
    private final List<String> changelogs;
    private final Map<TopicPartition, Set<Bytes>> live = new HashMap<>();

    BufferedRecords(KafkaConnection kafka, String applicationId, List<String> stores) {
        Properties c = new Properties();
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.reader = new KafkaConsumer<>(kafka.applyTo(c), new BytesDeserializer(), new BytesDeserializer());
        this.changelogs = stores.stream().map(s -> applicationId + "-" + s + "-changelog").toList();
    }

    /** Records buffered as of the committed end of every changelog, or -1 while one is missing or unread. */
    long count() {
        if (!assignAll()) {
            return -1;
        }
        Map<TopicPartition, Long> ends = reader.endOffsets(live.keySet());
        long deadline = System.currentTimeMillis() + 10_000;
        while (!reachedEnd(ends)) {
            if (System.currentTimeMillis() > deadline) {
                return -1;
            }
            for (ConsumerRecord<Bytes, Bytes> r : reader.poll(Duration.ofMillis(100))) {
                Set<Bytes> keys = live.get(new TopicPartition(r.topic(), r.partition()));
                if (r.value() == null) {
                    keys.remove(r.key());
                } else {
                    keys.add(r.key());
                }
            }
        }
        return live.values().stream().mapToLong(Set::size).sum();
    }

    /** Assigns every changelog partition once all exist (Streams creates them at its first rebalance). */
    private boolean assignAll() {
        if (!live.isEmpty()) {
            return true;
        }
        Map<TopicPartition, Set<Bytes>> found = new HashMap<>();
        Map<String, List<PartitionInfo>> topics = reader.listTopics(Duration.ofSeconds(10));
        for (String changelog : changelogs) {
            List<PartitionInfo> partitions = topics.get(changelog);
            if (partitions == null || partitions.isEmpty()) {
                return false;
            }
            partitions.forEach(p -> found.put(new TopicPartition(changelog, p.partition()), new HashSet<>()));
        }
        live.putAll(found);
        reader.assign(live.keySet());
        reader.seekToBeginning(live.keySet());
        return true;
    }

    private boolean reachedEnd(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> reader.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void close() {
        reader.close(Duration.ofSeconds(5));
    }
}
