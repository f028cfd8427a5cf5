package io.figurewire.runtime;

import io.figurewire.figures.SourceProgress;
import io.figurewire.settings.KafkaConnection;
import io.figurewire.topology.InputEnds;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up, every {@code every}, where each partition of articles.raw ends (last stable offset),
 * where it starts, and the group's committed offsets, so that the readers can tell an idle
 * partition from a backlog not yet fetched ({@link InputEnds}). A failed lookup keeps the last
 * sighting, whose older time only makes the readers vouch for less.
 */
public final class InputEndsWatcher implements InputEnds, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InputEndsWatcher.class);

    /** One sighting of a partition: its end, how far the group has committed it (else where it starts), and when (before the lookup was sent). */
    private record Seen(long end, long start, long at) {
    }

    private final Admin admin;
    private final String topic;
    private final String group;
    private final int partitions;
    private final ScheduledExecutorService timer;
    private volatile Map<Integer, Seen> seen = Map.of();
    private boolean warned;

    public InputEndsWatcher(KafkaConnection kafka, String topic, String group, int partitions) {
        this.admin = Admin.create(kafka.applyTo(new Properties()));
        this.topic = topic;
        this.group = group;
        this.partitions = partitions;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "input-ends");
            t.setDaemon(true);
            return t;
        });
    }

    public InputEndsWatcher start(Duration every) {
        timer.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public long caughtUpAt(int partition, long nextOffset, long now) {
        Seen s = seen.get(partition);
        if (s == null) return SourceProgress.NOT_CAUGHT_UP;
        // the group's committed offset covers what never reached the reader (a record dead-lettered on the way)
        long position = Math.max(nextOffset, s.start());
        return position >= s.end() ? s.at() : SourceProgress.NOT_CAUGHT_UP;
    }

    /** One lookup; public so that a test can take a sighting without waiting for the timer. */
    public void refresh() {
        long at = System.currentTimeMillis();
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                earliest.put(new TopicPartition(topic, p), OffsetSpec.earliest());
            }
            ListOffsetsOptions committedOnly = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest, committedOnly).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<Integer, Seen> next = new HashMap<>();
            ends.forEach((tp, end) -> {
                OffsetAndMetadata c = committed.get(tp);
                next.put(tp.partition(), new Seen(end.offset(), c != null ? c.offset() : starts.get(tp).offset(), at));
            });
            seen = Map.copyOf(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!warned) LOG.warn("cannot read where {} ends ({}): quiet partitions vouch for less until it can", topic, e.toString());
            warned = true;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
