package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The app's producer lingers until the commit's flush under exactly-once only (see ProcessorSettings.streamsProperties). */
class ProducerBatchingTest {

    private static Properties props(String guarantee, long commitIntervalMs) {
        return ProcessorSettings.builder("localhost:9092", Path.of("state")).processingGuarantee(guarantee)
                .commitIntervalMs(commitIntervalMs).build().streamsProperties();
    }

    private static Object producer(Properties p, String key) {
        return p.get(StreamsConfig.producerPrefix(key));
    }

    @Test
    void underExactlyOnceBatchesLastACommitIntervalAndHoldUpTo64Kb() {
        Properties p = props(StreamsConfig.EXACTLY_ONCE_V2, 200);
        assertThat(producer(p, ProducerConfig.LINGER_MS_CONFIG)).isEqualTo(200);
        assertThat(producer(p, ProducerConfig.BATCH_SIZE_CONFIG)).isEqualTo(64 * 1024);
        // never below Streams' own linger, however short the commit interval
        assertThat(producer(props(StreamsConfig.EXACTLY_ONCE_V2, 20), ProducerConfig.LINGER_MS_CONFIG)).isEqualTo(100);
    }

    @Test
    void underAtLeastOnceStreamsOwnProducerDefaultsStay() {
        Properties p = props(StreamsConfig.AT_LEAST_ONCE, 200);
        assertThat(producer(p, ProducerConfig.LINGER_MS_CONFIG)).isNull();
        assertThat(producer(p, ProducerConfig.BATCH_SIZE_CONFIG)).isNull();
    }
}
