package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.errors.DeadLetteringProcessingHandler;
import io.figurewire.figures.ArrivalOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one release (a wall-clock punctuation) of a reordering buffer may do: stop after its
 * time budget, between groups and in order, and take out what it cannot pass on so that the
 * processing exception handler dead-letters it, while the stream thread goes on.
 */
class ArrivalBufferReleaseTest {

    static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    static final String STORE = "pending-test";
    static final String DLQ = "test.dlq";
    static final Duration HOLD = Duration.ofSeconds(3);
    /** What each record costs downstream, on the buffer's clock. */
    static final long COST_NANOS = Duration.ofMillis(100).toNanos();

    @TempDir
    Path state;
    final AtomicLong nanos = new AtomicLong();
    TopologyTestDriver driver;
    TestInputTopic<String, String> in;
    TestOutputTopic<String, String> out;
    TestOutputTopic<byte[], byte[]> dlq;

    /** Values "poison" cannot be converted (an exception), "overflow" throws a StackOverflowError. */
    static final class TestBuffer extends ArrivalBuffer<String, String> {
        TestBuffer(AtomicLong nanos) {
            super(STORE, HOLD, new StringSerializer(), nanos::get);
        }

        /** Records of one key are one group, in the order of their values. */
        @Override
        ArrivalOrder orderOf(Record<String, String> record) {
            return new ArrivalOrder(record.timestamp(), record.timestamp(), record.key(), record.key(), 0,
                    Math.floorMod(record.value().hashCode(), 1 << 20));
        }

        @Override
        String groupOf(ArrivalOrder order) {
            return order.recordKey();
        }

        @Override
        Record<String, String> released(List<KeyValue<ArrivalOrder, String>> group) {
            String value = group.get(0).value;
            if (value.equals("poison")) {
                throw new IllegalStateException("cannot convert " + value);
            }
            if (value.equals("overflow")) {
                throw new StackOverflowError();
            }
            String values = String.join("+", group.stream().map(kv -> kv.value).sorted().toList());
            return new Record<>(group.get(0).key.recordKey(), values, group.get(0).key.published());
        }
    }

    /** Downstream work that takes {@link #COST_NANOS} of the buffer's clock per record. */
    final class SlowStage implements Processor<String, String, String, String> {
        private ProcessorContext<String, String> context;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, String> record) {
            nanos.addAndGet(COST_NANOS);
            context.forward(record);
        }
    }

    @BeforeEach
    void start() {
        Topology t = new Topology();
        t.addSource("in", new StringDeserializer(), new StringDeserializer(), "in");
        t.addProcessor("buffer", () -> new TestBuffer(nanos), "in");
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.String()), "buffer");
        t.addProcessor("slow", SlowStage::new, "buffer");
        t.addSink("out", "out", new StringSerializer(), new StringSerializer(), "slow");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "buffer-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringProcessingHandler.class.getName());
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DLQ);
        driver = new TopologyTestDriver(t, p, T0);
        in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
        out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
        dlq = driver.createOutputTopic(DLQ, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    void pipe(String key, String value, int second) {
        in.pipeInput(new TestRecord<>(key, value, T0.plusSeconds(second)));
    }

    long held() {
        try (var all = driver.<String, String>getKeyValueStore(STORE).all()) {
            long n = 0;
            for (; all.hasNext(); all.next()) {
                n++;
            }
            return n;
        }
    }

    @Test
    void aReleaseStopsAfterItsTimeBudgetBetweenGroupsAndTheRestFollowsInOrder() {
        IntStream.range(0, 10).forEach(i -> pipe("k" + i, "v" + i, i));
        long perRelease = ArrivalBuffer.RELEASE_BUDGET.toNanos() / COST_NANOS + 1;

        driver.advanceWallClockTime(HOLD.plusSeconds(1));
        assertThat(out.readValuesToList()).hasSize((int) perRelease).containsExactly("v0", "v1", "v2");
        assertThat(held()).isEqualTo(10 - perRelease);

        driver.advanceWallClockTime(HOLD);
        driver.advanceWallClockTime(HOLD);
        driver.advanceWallClockTime(HOLD);
        assertThat(out.readValuesToList()).containsExactly("v3", "v4", "v5", "v6", "v7", "v8", "v9");
        assertThat(held()).isZero();
    }

    /**
     * Before the fix each record waited from its own arrival here: the first part of a group left
     * alone once it had waited, and the rest later as a second group (after a restart: the part
     * restored from the changelog waits from init, the rest, read again, from later), so the
     * table applied one article's reports of a metric twice.
     */
    @Test
    void aGroupLeavesWholeWhenItsRecordsCameAtDifferentTimes() {
        pipe("article-1", "x1", 1);
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        pipe("article-1", "x2", 1);
        driver.advanceWallClockTime(Duration.ofMillis(1500));
        // the first record has waited 3.5 s, the second 1.5 s: they leave together, as one group
        driver.advanceWallClockTime(HOLD.plusSeconds(1));
        assertThat(out.readValuesToList()).containsExactly("x1+x2");
        assertThat(held()).isZero();
    }

    @Test
    void whatCannotBeReleasedIsDeadLetteredWithItsReasonAndTheRestGoesOn() {
        pipe("a", "first", 1);
        pipe("b", "poison", 2);
        pipe("c", "overflow", 3);
        pipe("d", "last", 4);

        driver.advanceWallClockTime(HOLD.plusSeconds(1));
        assertThat(out.readValuesToList()).containsExactly("first", "last");
        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("poison", "overflow");
        assertThat(dead).allSatisfy(r -> assertThat(header(r, "__streams.errors.message"))
                .contains("reordering buffer " + STORE + " could not release 2 record(s)")
                .contains("the first for IllegalStateException: cannot convert poison"));
        assertThat(held()).isZero();

        // nothing is released twice, and the thread is alive: the next record goes through
        driver.advanceWallClockTime(HOLD);
        assertThat(out.readValuesToList()).isEmpty();
        pipe("e", "after", 5);
        driver.advanceWallClockTime(HOLD.plusSeconds(1));
        assertThat(out.readValuesToList()).containsExactly("after");
        assertThat(dlq.readRecordsToList()).isEmpty();
    }

    private static String header(TestRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
