package io.figurewire.producer;

import io.figurewire.records.RawArticle;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.settings.KafkaConnection;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes articles to articles.raw keyed by article id, with the publication time as the
 * record timestamp (ingest time when unknown), so the pipeline can order figures by when
 * they were reported. Idempotent with acks=all: a retry never duplicates an article.
 */
public final class ArticlePublisher implements ArticleSink, AutoCloseable {

    private final KafkaProducer<String, RawArticle> producer;
    private final String topic;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    public ArticlePublisher(String bootstrap, String topic) {
        this(KafkaConnection.plain(bootstrap), topic);
    }

    public ArticlePublisher(KafkaConnection kafka, String topic) {
        this(kafka, topic, SerdeOptions.defaults());
    }

    /** @param serdes with a registry, articles are written through it and their schema registered */
    public ArticlePublisher(KafkaConnection kafka, String topic, SerdeOptions serdes) {
        Properties p = new Properties();
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "figurewire-producer");
        this.producer = new KafkaProducer<>(kafka.applyTo(p), new StringSerializer(), RecordSerdes.rawArticle(serdes).serializer());
        this.topic = topic;
    }

    @Override
    public CompletableFuture<Void> publish(RawArticle article) {
        // the readers already warned with file:line; any other caller gets the same treatment
        RawArticle sent = PublishedTimes.check(article).article();
        long timestamp = (sent.getPublished() != null ? sent.getPublished() : sent.getReceived()).toEpochMilli();
        CompletableFuture<Void> delivered = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic, null, timestamp, sent.getId(), sent), (metadata, error) -> {
            if (error == null) {
                acknowledged.incrementAndGet();
                delivered.complete(null);
            } else {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, sent.getId() + ": " + error.getMessage());
                delivered.completeExceptionally(error);
            }
        });
        return delivered;
    }

    /** Waits until every article sent so far is acknowledged or has failed. */
    @Override
    public void flush() {
        producer.flush();
    }

    public long acknowledged() {
        return acknowledged.get();
    }

    public long failed() {
        return failed.get();
    }

    public String firstFailure() {
        return firstFailure.get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
