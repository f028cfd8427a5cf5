package io.figurewire.topology;

import io.figurewire.records.CarriedSignature;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.stages.CarriedSignatures;
import io.figurewire.stages.PreparedArticle;
import io.figurewire.text.ParagraphSignature;
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

    /**
     * What a batch may hold, in characters of its paragraphs' text and the article fields each
     * paragraph repeats: far below the producer's 2 MiB request limit and the broker's 1 MiB
     * default message limit on internal topics, also in UTF-8 and with the verdicts' fields added.
     */
    static final long MAX_BATCH_CHARS = 256 * 1024;

    private final int buckets;

    DedupPartitions(int buckets) {
        this.buckets = Math.max(1, buckets);
    }

    int bucketOf(String routingKey) {
        return Utils.toPositive(Utils.murmur2(routingKey.getBytes(StandardCharsets.UTF_8))) % buckets;
    }

    /**
     * One batch per bucket the article's paragraphs fall in, each in reading order, keyed by its
     * first paragraph's routing key; a bucket's batch is cut in two before it would pass
     * {@link #MAX_BATCH_CHARS} (a paragraph larger than that travels alone, as every paragraph did).
     */
    List<KeyValue<String, ParagraphBatch>> batches(PreparedArticle article) {
        String articleId = article.clean().getId();
        List<KeyValue<String, ParagraphBatch>> out = new ArrayList<>();
        Map<Integer, Open> open = new LinkedHashMap<>();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            ParagraphSignature signature = article.signatures().get(i);
            String key = signature.nearKey();
            Paragraph p = article.paragraphs().get(i);
            long size = sizeOf(p);
            Open batch = open.get(bucketOf(key));
            if (batch != null && batch.chars + size > MAX_BATCH_CHARS) {
                out.add(batch.close(articleId));
                batch = null;
            }
            if (batch == null) {
                batch = new Open(key);
                open.put(bucketOf(key), batch);
            }
            batch.paragraphs.add(p);
            batch.signatures.add(CarriedSignatures.of(signature));
            batch.chars += size;
        }
        open.values().forEach(b -> out.add(b.close(articleId)));
        return out;
    }

    /** The paragraph and its signature, whose skeleton is about as long as its text. */
    private static long sizeOf(Paragraph p) {
        return 128L + 2L * p.getText().length() + p.getArticleId().length() + length(p.getTitle()) + length(p.getSource())
                + length(p.getUrl()) + length(p.getLocation());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static final class Open {
        final String key;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<CarriedSignature> signatures = new ArrayList<>();
        long chars;

        Open(String key) {
            this.key = key;
        }

        KeyValue<String, ParagraphBatch> close(String articleId) {
            return KeyValue.pair(key, new ParagraphBatch(articleId, paragraphs, null, signatures));
        }
    }

    /** A batch to its bucket's partition; a progress mark to every partition. */
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, ParagraphBatch value, int numPartitions) {
        if (ProgressMarks.isMark(value)) {
            return Optional.of(ProgressMarks.everyPartition(numPartitions));
        }
        return Optional.of(Set.of(bucketOf(key) % numPartitions));
    }
}
