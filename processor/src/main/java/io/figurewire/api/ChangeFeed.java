package io.figurewire.api;

import io.figurewire.settings.KafkaConnection;
import io.figurewire.records.FigureChange;
import io.figurewire.schemas.RecordJson;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.SerdeOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live change stream behind {@code GET /changes}: one consumer of {@code figure-changes}
 * per instance, {@code read_committed}, reading every partition from the end, fanning events
 * out to the connected clients. A consumer rather than a tap inside the processor because the
 * processor sees changes before their transaction commits (an abort would have shown clients
 * a change that never happened) and, with several instances, only its own partitions; this
 * way every instance streams exactly the committed changes of all metrics.
 */
final class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** A client this far behind is disconnected; EventSource reconnects on its own. */
    private static final int BACKLOG = 1000;
    static final int MAX_SUBSCRIBERS = 100;

    /** One server-sent event: the record's position as its id, the change as JSON. */
    record Event(String id, String metric, String json) {
        static final Event END = new Event("", "", "");
    }

    /** A connected client's queue; {@code prefix} filters by metric. */
    static final class Subscription {
        private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(BACKLOG);
        private final String prefix;
        private volatile boolean overflowed;

        Subscription(String prefix) {
            this.prefix = prefix;
        }

        /** The next event, null after {@code wait} with none, {@link Event#END} when the client must go. */
        Event next(Duration wait) throws InterruptedException {
            Event e = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            return overflowed ? Event.END : e;
        }

        void offer(Event e) {
            if ((prefix == null || e.metric().startsWith(prefix) || e == Event.END) && !queue.offer(e)) {
                overflowed = true;
            }
        }
    }

    private final Set<Subscription> subscribers = new CopyOnWriteArraySet<>();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final Deserializer<FigureChange> changes;
    private final CommittedTopicReader reader;

    ChangeFeed(KafkaConnection kafka, String topic, SerdeOptions serdes) {
        this.changes = RecordSerdes.figureChange(serdes).deserializer();
        this.reader = new CommittedTopicReader(kafka, "figurewire-api-changes", List.of(topic), new CommittedTopicReader.Handler() {
            @Override
            public void position(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position); // resolve now: changes committed from here on are streamed
                positioned.countDown();
            }

            @Override
            public void accept(ConsumerRecord<byte[], byte[]> record) {
                publish(record);
            }

            @Override
            public void stopped() {
                subscribers.forEach(s -> s.offer(Event.END));
            }
        });
    }

    void start() {
        reader.start();
    }

    /** True once the feed reads from the end of every partition: later changes will be seen. */
    boolean awaitPositioned(Duration timeout) throws InterruptedException {
        return positioned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    Subscription subscribe(String prefix) {
        if (subscribers.size() >= MAX_SUBSCRIBERS) {
            return null;
        }
        Subscription s = new Subscription(prefix);
        subscribers.add(s);
        return s;
    }

    void unsubscribe(Subscription s) {
        subscribers.remove(s);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    private void publish(ConsumerRecord<byte[], byte[]> r) {
        String json;
        try {
            json = RecordJson.line(changes.deserialize(r.topic(), r.value()));
        } catch (RuntimeException unreadable) {
            LOG.warn("skipping unreadable change at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), unreadable.getMessage());
            return;
        }
        String metric = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
        Event e = new Event(r.partition() + "-" + r.offset(), metric, json);
        subscribers.forEach(s -> s.offer(e));
    }

    @Override
    public void close() {
        reader.close();
    }
}
