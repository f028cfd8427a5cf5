package io.figurewire.api;

import io.figurewire.settings.KafkaConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read_committed consumer on a daemon thread of its own, assigned every partition of some
 * topics (no group: nothing committed, nothing to clean up), handing each record to a handler
 * until closed. The API's counters and its change feed both read committed data this way.
 */
final class CommittedTopicReader implements AutoCloseable {

    /** What a reader does with its partitions and records; called on the reader's thread. */
    interface Handler {
        /** Once the partitions are assigned: where to start reading. */
        void position(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions);

        void accept(ConsumerRecord<byte[], byte[]> record);

        /** The reader stopped, closed or failed. */
        default void stopped() {
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(CommittedTopicReader.class);

    private final KafkaConnection kafka;
    private final String name;
    private final List<String> topics;
    private final Handler handler;
    private volatile boolean running = true;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    /** @param name the client id and the thread's name */
    CommittedTopicReader(KafkaConnection kafka, String name, List<String> topics, Handler handler) {
        this.kafka = kafka;
        this.name = name;
        this.topics = List.copyOf(topics);
        this.handler = handler;
    }

    void start() {
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, name);
        consumer = new KafkaConsumer<>(kafka.applyTo(p), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String t : topics) {
                consumer.partitionsFor(t, Duration.ofSeconds(30)).forEach(i -> partitions.add(new TopicPartition(t, i.partition())));
            }
            consumer.assign(partitions);
            handler.position(consumer, partitions);
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(handler::accept);
            }
        } catch (WakeupException stopping) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            LOG.error("{} stopped: {}", name, e.toString());
        } finally {
            handler.stopped();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
