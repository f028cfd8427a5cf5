package io.figurewire.topology;

import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.stages.PreparedArticle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Where a paragraph is judged, and the batches an article sends there: one record per article
 * and dedup partition, not one per paragraph (each record crossing the broker, with its
 * buffer entry and delete, cost more than the paragraph in it; issue 12).
 *
 * <p>A paragraph's bucket is its routing key's murmur2 hash modulo {@code buckets} (the
 * configured partition count), the partition Kafka's default partitioner gave the paragraph
 * while it travelled alone; a batch is keyed by the routing key of its first paragraph and goes
 * to partition {@code bucket % numPartitions}. So all paragraphs of one routing key meet in one
 * task whatever the topic's actual partition count; only the batching is coarser when that count
 * differs from the configured one.
 */
final class DedupPartitions implements StreamPartitioner<String, ParagraphBatch> {

    private final int buckets;

    DedupPartitions(int buckets) {
        this.buckets = Math.max(1, buckets);
    }

    int bucketOf(String routingKey) {
        return Utils.toPositive(Utils.murmur2(routingKey.getBytes(StandardCharsets.UTF_8))) % buckets;
    }

    /** One batch per bucket the article's paragraphs fall in, each in reading order, keyed by its first paragraph's routing key. */
    List<KeyValue<String, ParagraphBatch>> batches(PreparedArticle article) {
        Map<Integer, KeyValue<String, List<Paragraph>>> byBucket = new LinkedHashMap<>();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            String key = article.routingKeys().get(i);
            byBucket.computeIfAbsent(bucketOf(key), b -> KeyValue.pair(key, new ArrayList<>())).value.add(article.paragraphs().get(i));
        }
        String articleId = article.clean().getId();
        List<KeyValue<String, ParagraphBatch>> out = new ArrayList<>(byBucket.size());
        byBucket.values().forEach(kv -> out.add(KeyValue.pair(kv.key, new ParagraphBatch(articleId, kv.value))));
        return out;
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, ParagraphBatch value, int numPartitions) {
        return Optional.of(Set.of(bucketOf(key) % numPartitions));
    }
}
