package io.figurewire.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * End offsets of a Streams app's source partitions and the app's committed offsets, read at one
 * moment. Cheaper than reading the logs (ProcessingProbe does, to tell markers from records),
 * which matters when a pass-through run lasts a second.
 */
record OffsetsAt(long nanos, Map<TopicPartition, Long> ends, Map<TopicPartition, Long> committed) {

    static OffsetsAt read(Admin admin, String groupId, List<String> topics) throws ExecutionException, InterruptedException {
        long nanos = System.nanoTime();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().values()
                .forEach(d -> d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        offsets.forEach((tp, om) -> {
            if (om != null) {
                committed.put(tp, om.offset());
            }
        });
        return new OffsetsAt(nanos, ends, committed);
    }

    /**
     * Every partition committed to its end; one short of it where a transaction marker ends the
     * log. The input topic is written without transactions, so there it must be the very end.
     */
    boolean caughtUp(String inputTopic) {
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            long end = e.getValue();
            long done = committed.getOrDefault(e.getKey(), 0L);
            long slack = e.getKey().topic().equals(inputTopic) ? 0 : 1;
            if (end > 0 && done < end - slack) {
                return false;
            }
        }
        return true;
    }

    /** Every partition of the input topic committed to its end (it is written without transactions). */
    boolean inputCaughtUp(String inputTopic) {
        return ends.entrySet().stream().filter(e -> e.getKey().topic().equals(inputTopic))
                .allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    /** Records committed so far on {@code topic}'s partitions (the input's: no markers in it). */
    long committedOf(String topic) {
        return committed.entrySet().stream().filter(e -> e.getKey().topic().equals(topic)).mapToLong(Map.Entry::getValue).sum();
    }

    long endOf(String topic) {
        return ends.entrySet().stream().filter(e -> e.getKey().topic().equals(topic)).mapToLong(Map.Entry::getValue).sum();
    }

    /** Records not yet committed on every source topic but {@code topic}: the app's internal backlog. */
    long behindOutside(String topic) {
        return ends.entrySet().stream().filter(e -> !e.getKey().topic().equals(topic))
                .mapToLong(e -> Math.max(0, e.getValue() - committed.getOrDefault(e.getKey(), 0L))).sum();
    }

    /** The same backlog by topic (largest first, the app id prefix cut), e.g. "claims 1,200, ...-repartition 300". */
    String behindByTopic(String topic, String applicationId) {
        Map<String, Long> by = new HashMap<>();
        ends.forEach((tp, end) -> {
            long behind = Math.max(0, end - committed.getOrDefault(tp, 0L));
            if (!tp.topic().equals(topic) && behind > 1) {
                by.merge(tp.topic().replace(applicationId + "-", ""), behind, Long::sum);
            }
        });
        StringBuilder b = new StringBuilder();
        by.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(String.format(java.util.Locale.ROOT, "%,d", e.getValue())));
        return b.toString();
    }

    boolean sameAs(OffsetsAt other) {
        return other != null && ends.equals(other.ends) && committed.equals(other.committed);
    }
}
