package io.figurewire.runtime;

import io.figurewire.settings.KafkaConnection;
import io.figurewire.topology.PendingReports;
import io.figurewire.topology.ProgressMarks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Answers "has the processor handled everything it was given?" from offsets, not sleeps:
 * for every source topic of the topology (input and repartition topics), the application's
 * committed offset must have reached the end of the log. Under exactly-once a log ends in
 * transaction markers, which a committed offset never passes; a partition whose only
 * unconsumed entries are markers (no committed record to read) or progress marks of the
 * reordering buffers ({@link ProgressMarks}, which keep coming while nothing else does)
 * counts as caught up.
 * Records read into a reordering buffer are consumed but not yet passed on, so the check also
 * counts what the buffers hold as committed ({@link BufferedRecords}): only both together say
 * that every output is written.
 */
public final class ProcessingProbe implements AutoCloseable {

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> reader;
    private final String groupId;
    private final List<String> sourceTopics;
    private final BufferedRecords buffered;

    public ProcessingProbe(String bootstrap, String applicationId, Topology topology) {
        this(KafkaConnection.plain(bootstrap), applicationId, topology);
    }

    public ProcessingProbe(KafkaConnection kafka, String applicationId, Topology topology) {
        Properties a = new Properties();
        this.admin = Admin.create(kafka.applyTo(a));
        Properties c = new Properties();
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.reader = new KafkaConsumer<>(kafka.applyTo(c), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.groupId = applicationId;
        this.sourceTopics = sourceTopics(topology, applicationId);
        this.buffered = new BufferedRecords(kafka, applicationId, buffers(topology));
    }

    /**
     * Progress of one check: records on the source topics, how many are committed as processed,
     * and how many wait in the reordering buffers as committed (-1 while that cannot be read).
     */
    public record Progress(long total, long processed, boolean caughtUp, long buffered) {

        /** Every input read and every output committed: nothing is left to happen without new input. */
        public boolean settled() {
            return caughtUp && total > 0 && buffered == 0;
        }
    }

    public Progress check() throws InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, TopicDescription> described = admin.describeTopics(
                    sourceTopics.stream().filter(existing::contains).toList()).allTopicNames().get();
            described.values().forEach(d -> d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            // the last stable offsets: progress marks keep a transaction open on the internal topics
            // nearly all the time, and a read_committed reader never gets past one to the log's end
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            long total = 0;
            long processed = 0;
            boolean caughtUp = true;
            for (TopicPartition tp : partitions) {
                long end = ends.get(tp).offset();
                OffsetAndMetadata om = committed.get(tp);
                long done = om == null ? 0 : om.offset();
                total += end;
                processed += Math.min(done, end);
                if (done < end && hasRecordsBetween(tp, done, end)) {
                    caughtUp = false;
                }
            }
            // read after the offsets: a buffer that fills meanwhile moved an offset the next check sees
            return new Progress(total, processed, caughtUp, buffered.count());
        } catch (ExecutionException e) {
            return new Progress(0, 0, false, -1);
        }
    }

    private boolean hasRecordsBetween(TopicPartition tp, long from, long end) {
        reader.assign(List.of(tp));
        reader.seek(tp, from);
        long deadline = System.currentTimeMillis() + 2000;
        while (System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(100))) {
                if (r.offset() < end && r.headers().lastHeader(ProgressMarks.HEADER) == null) {
                    return true;
                }
            }
            if (reader.position(tp) >= end) {
                return false;
            }
        }
        return true;
    }

    static List<String> sourceTopics(Topology topology, String applicationId) {
        Set<String> topics = new LinkedHashSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    for (String t : source.topicSet()) {
                        // repartition topics are described without the application id that prefixes them
                        topics.add(t.endsWith("-repartition") && !t.startsWith(applicationId + "-") ? applicationId + "-" + t : t);
                    }
                }
            }
        }
        return List.copyOf(topics);
    }

    /** The topology's stores that are reordering buffers. */
    static List<String> buffers(Topology topology) {
        Set<String> stores = new LinkedHashSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor processor) {
                    processor.stores().stream().filter(PendingReports.BUFFERS::contains).forEach(stores::add);
                }
            }
        }
        return List.copyOf(stores);
    }

    public List<String> sourceTopics() {
        return sourceTopics;
    }

    @Override
    public void close() {
        reader.close(Duration.ofSeconds(5));
        buffered.close();
        admin.close(Duration.ofSeconds(5));
    }
}
