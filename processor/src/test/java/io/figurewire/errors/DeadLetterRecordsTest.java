package io.figurewire.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class DeadLetterRecordsTest {

    @Test
    void aTenMegabyteValueIsCutToTheLimitAndTheCopySaysSo() {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>("articles.dlq", null, 5L, "k".getBytes(StandardCharsets.UTF_8),
                new byte[10 * 1024 * 1024]);
        r.headers().add("__streams.errors.stacktrace", new byte[100_000]);
        r.headers().add("__streams.errors.message", "body too large".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<byte[], byte[]> c = DeadLetterRecords.capped(r);
        assertThat(c.value()).hasSize(DeadLetterRecords.MAX_VALUE_BYTES);
        assertThat(c.key()).isEqualTo(r.key());
        assertThat(c.timestamp()).isEqualTo(5L);
        assertThat(text(c, DeadLetterRecords.ORIGINAL_VALUE_BYTES_HEADER)).isEqualTo(String.valueOf(10 * 1024 * 1024));
        assertThat(text(c, DeadLetterRecords.TRUNCATED_HEADER)).isEqualTo("true");
        assertThat(c.headers().lastHeader("__streams.errors.stacktrace").value()).hasSize(DeadLetterRecords.MAX_HEADER_BYTES);
        assertThat(text(c, "__streams.errors.message")).isEqualTo("body too large");
    }

    @Test
    void aRecordThatFitsIsCopiedUnchanged() {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>("articles.dlq", 1, 5L, null, new byte[] {1, 2, 3});
        r.headers().add("h", new byte[] {9});
        ProducerRecord<byte[], byte[]> c = DeadLetterRecords.capped(r);
        assertThat(c.value()).containsExactly(1, 2, 3);
        assertThat(c.partition()).isEqualTo(1);
        assertThat(c.headers().toArray()).extracting(Header::key).containsExactly("h");
    }

    private static String text(ProducerRecord<byte[], byte[]> r, String header) {
        Header h = r.headers().lastHeader(header);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
