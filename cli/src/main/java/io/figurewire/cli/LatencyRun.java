package io.figurewire.cli;

import io.figurewire.records.Claim;
import io.figurewire.records.RawArticle;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.topology.FigurewireTopology;
import io.figurewire.topology.ProcessorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Latency at a fixed offered load: articles sent at a steady rate to a running, idle full
 * topology; for each claim, the time from its article's send to the moment a read_committed
 * consumer sees it, so the commit is included. Copies that dedup drops have no claims and so no
 * sample. Meaningful only while the rate is below the topology's throughput.
 */
final class LatencyRun {

    record Result(double rate, int articles, int samples, double p50, double p95, double p99) {
    }

    private LatencyRun() {
    }

    static Result run(ProcessorSettings settings, List<RawArticle> wire, double rate, int count, Duration drain)
            throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = new ArrayList<>();
        try (ProcessorApp app = new ProcessorApp(settings, FigurewireTopology.withDefaults(settings).build());
             KafkaConsumer<String, Claim> claims = consumer(settings)) {
            app.start();
            EndToEndBench.awaitRunning(app);
            send(settings, wire, rate, count, sentAt, claims, latencies);
            long until = System.nanoTime() + drain.toNanos();
            while (System.nanoTime() < until) {
                collect(claims, sentAt, latencies, Duration.ofMillis(100));
            }
        }
        latencies.sort(null);
        return new Result(rate, count, latencies.size(), percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99));
    }

    /** Sends on schedule, reading claims between sends so that they are seen as they commit. */
    private static void send(ProcessorSettings settings, List<RawArticle> wire, double rate, int count, Map<String, Long> sentAt,
                             KafkaConsumer<String, Claim> claims, List<Long> latencies) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(p, new StringSerializer(),
                RecordSerdes.rawArticle().serializer())) {
            long start = System.nanoTime();
            long interval = (long) (1e9 / rate);
            for (int i = 0; i < count; i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 20_000_000L) {
                    collect(claims, sentAt, latencies, Duration.ofNanos(wait - 10_000_000L));
                }
                LockSupport.parkNanos(start + i * interval - System.nanoTime());
                RawArticle a = RawArticle.newBuilder(wire.get(i % wire.size())).setReceived(Instant.now()).build();
                sentAt.put(a.getId(), System.nanoTime());
                producer.send(new ProducerRecord<>(settings.topics().raw(), null, a.getPublished().toEpochMilli(), a.getId(), a));
            }
        }
    }

    private static void collect(KafkaConsumer<String, Claim> claims, Map<String, Long> sentAt, List<Long> latencies, Duration wait) {
        for (ConsumerRecord<String, Claim> r : claims.poll(wait)) {
            Long sent = sentAt.get(r.value().getArticleId());
            if (sent != null) {
                latencies.add(System.nanoTime() - sent);
            }
        }
    }

    private static KafkaConsumer<String, Claim> consumer(ProcessorSettings settings) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, Claim> consumer = new KafkaConsumer<>(c, new StringDeserializer(), RecordSerdes.claim().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(settings.topics().claims(), Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** In milliseconds; nearest rank. */
    static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.size());
        return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
    }
}
