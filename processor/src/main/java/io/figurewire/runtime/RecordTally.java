package io.figurewire.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Committed records counted per topic, and dead letters per topic they came from (the
 * {@code __streams.errors.topic} header). Fed by read_committed consumers only, so a record of
 * an aborted transaction is never counted, and totals are the topics' own, not a process's:
 * they do not restart from zero with the processor.
 */
public final class RecordTally {

    public static final String ERROR_TOPIC_HEADER = "__streams.errors.topic";

    private final String dlq;
    private final Map<String, LongAdder> records = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> deadLettersFrom = new ConcurrentHashMap<>();

    public RecordTally(String dlqTopic) {
        this.dlq = dlqTopic;
    }

    public void add(ConsumerRecord<?, ?> r) {
        records.computeIfAbsent(r.topic(), t -> new LongAdder()).increment();
        if (r.topic().equals(dlq)) {
            Header from = r.headers().lastHeader(ERROR_TOPIC_HEADER);
            String source = from == null ? "unknown" : new String(from.value(), StandardCharsets.UTF_8);
            deadLettersFrom.computeIfAbsent(source, t -> new LongAdder()).increment();
        }
    }

    public long records(String topic) {
        LongAdder n = records.get(topic);
        return n == null ? 0 : n.sum();
    }

    public long deadLettersFrom(String topic) {
        LongAdder n = deadLettersFrom.get(topic);
        return n == null ? 0 : n.sum();
    }

    /** Every topic's count, sorted by name. */
    public Map<String, Long> byTopic() {
        Map<String, Long> out = new TreeMap<>();
        records.forEach((t, n) -> out.put(t, n.sum()));
        return out;
    }

    /** Dead letters by the topic they were read from, sorted by name. */
    public Map<String, Long> deadLettersBySource() {
        Map<String, Long> out = new TreeMap<>();
        deadLettersFrom.forEach((t, n) -> out.put(t, n.sum()));
        return out;
    }
}
