package io.figurewire.api;

import io.figurewire.settings.KafkaConnection;
import io.figurewire.runtime.RecordTally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link RecordTally} of the input, the DLQ and the main outputs up to date for
 * {@code /metrics}: a read_committed consumer from the beginning of each topic, so a counter
 * never includes a record of an aborted transaction (the producer's send counts did: 11,706
 * claims "sent" against 11,658 committed) and never restarts from zero with the processor.
 */
final class CommittedCounter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommittedCounter.class);

    private final KafkaConnection kafka;
    private final List<String> topics;
    private final RecordTally tally;
    private volatile boolean running = true;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    CommittedCounter(KafkaConnection kafka, List<String> topics, String dlq) {
        this.kafka = kafka;
        this.topics = List.copyOf(topics);
        this.tally = new RecordTally(dlq);
    }

    RecordTally tally() {
        return tally;
    }

    void start() {
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "figurewire-api-counts");
        consumer = new KafkaConsumer<>(kafka.applyTo(p), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this::run, "figurewire-api-counts");
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
            consumer.seekToBeginning(partitions);
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(tally::add);
            }
        } catch (WakeupException stopping) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            LOG.error("committed counts stopped: {}", e.toString());
        } finally {
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
