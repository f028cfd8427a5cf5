package io.figurewire.errors;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Dead-letter copies that always fit. A raw record can be far larger than the processor may
 * write: a 10 MB gzip batch passes the broker's limit compressed, but its copy would exceed the
 * producer's {@code max.request.size}, the DLQ write would fail, and the app would stop on it at
 * every restart. So a copy keeps at most {@link #MAX_VALUE_BYTES} of the value and
 * {@link #MAX_KEY_BYTES} of the key, and says so in headers; each header (the stack trace of a
 * {@code StackOverflowError} is long) keeps at most {@link #MAX_HEADER_BYTES}. The original stays
 * in its topic at the offset the {@code __streams.errors.*} headers give.
 */
public final class DeadLetterRecords {

    /** Half the producer's 2 MiB max.request.size, so key, headers and batch overhead always fit. */
    public static final int MAX_VALUE_BYTES = 1024 * 1024;
    public static final int MAX_KEY_BYTES = 16 * 1024;
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** "true" on a copy whose key, value or a header was cut. */
    public static final String TRUNCATED_HEADER = "figurewire.dlq.truncated";
    /** The original value's size in bytes, on a copy whose value was cut. */
    public static final String ORIGINAL_VALUE_BYTES_HEADER = "figurewire.dlq.original.value.bytes";

    private DeadLetterRecords() {
    }

    public static List<ProducerRecord<byte[], byte[]>> capped(List<ProducerRecord<byte[], byte[]>> records) {
        return records.stream().map(DeadLetterRecords::capped).toList();
    }

    static ProducerRecord<byte[], byte[]> capped(ProducerRecord<byte[], byte[]> r) {
        RecordHeaders headers = new RecordHeaders();
        boolean cut = false;
        for (Header h : r.headers()) {
            byte[] v = h.value();
            cut |= v != null && v.length > MAX_HEADER_BYTES;
            headers.add(h.key(), cut(v, MAX_HEADER_BYTES));
        }
        byte[] key = r.key();
        byte[] value = r.value();
        cut |= key != null && key.length > MAX_KEY_BYTES;
        if (value != null && value.length > MAX_VALUE_BYTES) {
            headers.add(ORIGINAL_VALUE_BYTES_HEADER, String.valueOf(value.length).getBytes(StandardCharsets.UTF_8));
            cut = true;
        }
        if (cut) {
            headers.add(TRUNCATED_HEADER, "true".getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(r.topic(), r.partition(), r.timestamp(), cut(key, MAX_KEY_BYTES),
                cut(value, MAX_VALUE_BYTES), headers);
    }

    private static byte[] cut(byte[] bytes, int max) {
        return bytes == null || bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
    }
}
