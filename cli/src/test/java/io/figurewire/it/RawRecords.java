package io.figurewire.it;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Raw bytes onto a topic, for records that must end in the dead-letter topic. */
final class RawRecords {

    private RawRecords() {
    }

    static void sendRaw(String bootstrap, String topic, String key, String value) throws Exception {
        sendRaw(bootstrap, topic, key, value.getBytes(StandardCharsets.UTF_8));
    }

    static void sendRaw(String bootstrap, String topic, String key, byte[] value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** A record far above the default request size, gzip-compressed so the broker's (compressed) limit lets it in. */
    static void sendCompressed(String bootstrap, String topic, String key, byte[] value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, value.length + 1024 * 1024);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * value.length + 32 * 1024 * 1024);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** One small record with the given timestamp. */
    static void sendRawAt(String bootstrap, String topic, String key, long timestamp) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, null, timestamp, key, new byte[] {1})).get();
        }
    }
}
