package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.errors.DeadLetteringProcessingHandler;
import io.figurewire.figures.ArrivalOrder;
import io.figurewire.records.ArrivalProgress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
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
 * When a reordering buffer lets records go (its senders' progress marks, or a stall) and what
 * one release may do: stop after its time budget, between groups and in order, and take out
 * what it cannot pass on so that the processing exception handler dead-letters it, while the
 * stream thread goes on.
 */
class ArrivalBufferReleaseTest {

    static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    static final String STORE = "pending-test";
    static final String DLQ = "test.dlq";
    static final Duration STALL = Duration.ofSeconds(60);
    static final Duration PAUSE = ArrivalBuffer.PUNCTUATION_EVERY;
    /** How often the buffer sends its progress on (the commit interval in the topology); shorter than a release pause. */
    static final Duration PROGRESS_EVERY = Duration.ofMillis(200);
    /** What each record costs downstream, on the buffer's clock. */
    static final long COST_NANOS = Duration.ofMillis(100).toNanos();

    @TempDir
    Path state;
    final AtomicLong nanos = new AtomicLong();
    TopologyTestDriver driver;
    TestInputTopic<String, String> in;
    TestOutputTopic<String, String> out;
    TestOutputTopic<byte[], byte[]> dlq;

    /**
     * Values "poison" cannot be converted (an exception), "overflow" throws a StackOverflowError;
     * a value "mark:S/N:T" is source S's (of N) progress mark up to T (epoch millis). The buffer
     * sends its own progress on as "progress:T".
     */
    static final class TestBuffer extends ArrivalBuffer<String, String, String> {
        TestBuffer(AtomicLong nanos) {
            super(STORE, 2, STALL, PROGRESS_EVERY, new StringSerializer(), nanos::get);
        }

        @Override
        ArrivalProgress progressOf(String value) {
            if (!value.startsWith("mark:")) {
                return null;
            }
            String[] p = value.substring(5).split("[/:]");
            return ProgressMarks.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Long.parseLong(p[2]));
        }

        /** Records of one key are one group, in the order of their values; the record's timestamp is its arrival. */
        @Override
        List<KeyValue<ArrivalOrder, String>> entriesOf(Record<String, String> record) {
            return List.of(KeyValue.pair(new ArrivalOrder(record.timestamp(), record.timestamp(), record.key(), record.key(), 0,
                    Math.floorMod(record.value().hashCode(), 1 << 20)), record.value()));
        }

        @Override
        String groupOf(ArrivalOrder order) {
            return order.recordKey();
        }

        @Override
        String progressRecord(ArrivalProgress progress) {
            return "progress:" + progress.getUpTo().toEpochMilli();
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
            if (!record.value().startsWith("progress:")) {
                nanos.addAndGet(COST_NANOS);
            }
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

    /** Both sources mark up to {@code second}. */
    void marksUpTo(int second) {
        long upTo = T0.plusSeconds(second).toEpochMilli();
        in.pipeInput(new TestRecord<>(ProgressMarks.KEY, "mark:0/2:" + upTo, T0));
        in.pipeInput(new TestRecord<>(ProgressMarks.KEY, "mark:1/2:" + upTo, T0));
    }

    List<String> released() {
        return out.readValuesToList().stream().filter(v -> !v.startsWith("progress:")).toList();
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
    void recordsLeaveInArrivalOrderOnceEverySourceHasMarkedPastThem() {
        pipe("c", "third", 3);
        pipe("a", "first", 1);
        pipe("b", "second", 2);
        in.pipeInput(new TestRecord<>(ProgressMarks.KEY, "mark:0/2:" + T0.plusSeconds(5).toEpochMilli(), T0));
        driver.advanceWallClockTime(PAUSE);
        assertThat(released()).as("one source has not marked yet").isEmpty();

        in.pipeInput(new TestRecord<>(ProgressMarks.KEY, "mark:1/2:" + T0.plusSeconds(2).toEpochMilli(), T0));
        assertThat(out.readValuesToList()).containsExactly("first", "second", "progress:" + T0.plusSeconds(2).toEpochMilli());
        marksUpTo(3);
        assertThat(released()).containsExactly("third");
        assertThat(held()).isZero();
    }

    @Test
    void withoutMarksARecordLeavesOnlyOnceItHasStalled() {
        pipe("a", "first", 1);
        in.pipeInput(new TestRecord<>(ProgressMarks.KEY, "mark:0/6:" + T0.plusSeconds(9).toEpochMilli(), T0));
        driver.advanceWallClockTime(STALL.minusSeconds(1));
        assertThat(released()).as("a mark of a topology of another width is no mark").isEmpty();
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        assertThat(released()).containsExactly("first");
    }

    @Test
    void aReleaseStopsAfterItsTimeBudgetBetweenGroupsAndTheRestFollowsInOrder() {
        int records = 3 * ArrivalBuffer.MIN_GROUPS_PER_RELEASE;
        IntStream.range(0, records).forEach(i -> pipe("k" + i, "v" + i, i));
        long perRelease = Math.max(ArrivalBuffer.MIN_GROUPS_PER_RELEASE, ArrivalBuffer.RELEASE_BUDGET.toNanos() / COST_NANOS + 1);
        List<String> first = IntStream.range(0, (int) perRelease).mapToObj(i -> "v" + i).collect(Collectors.toList());

        marksUpTo(3 * records);
        List<String> out1 = out.readValuesToList();
        assertThat(out1).as("a release passes on its floor of groups, then stops once its budget is spent")
                .containsSubsequence(first).hasSize(first.size() + 1);
        assertThat(out1.get(first.size())).as("and its progress is short of the first group left behind")
                .isEqualTo("progress:" + (T0.plusSeconds(perRelease).toEpochMilli() - 1));
        assertThat(held()).isEqualTo(records - perRelease);

        IntStream.range(0, records).forEach(i -> driver.advanceWallClockTime(PAUSE));
        assertThat(released()).containsExactlyElementsOf(
                IntStream.range((int) perRelease, records).mapToObj(i -> "v" + i).collect(Collectors.toList()));
        assertThat(held()).isZero();
    }

    /**
     * A release on a cold or loaded machine can spend its budget on its first group alone (class
     * loading, JIT): a floor of groups keeps a small backlog from waiting for the next pause.
     */
    @Test
    void aSmallBacklogLeavesInOneReleaseEvenWhenEachGroupOverrunsTheBudget() {
        int records = ArrivalBuffer.MIN_GROUPS_PER_RELEASE;
        IntStream.range(0, records).forEach(i -> pipe("k" + i, "slow" + i, i));
        marksUpTo(3 * records);
        assertThat(released()).hasSize(records);
        assertThat(held()).isZero();
    }

    /**
     * Under exactly-once only a transaction's last mark can be read: a release's progress goes at
     * once when the last one went a progress interval ago, else the furthest goes at the end of
     * the interval, one for all the releases in it; a mark that does not move the slowest sender
     * releases nothing and sends nothing.
     */
    @Test
    void progressGoesOnAtMostOncePerIntervalAndOnlyWhenItMoved() {
        pipe("a", "first", 1);
        pipe("b", "second", 2);
        pipe("c", "third", 3);
        marksUpTo(1);
        marksUpTo(2);
        marksUpTo(3);
        assertThat(out.readValuesToList()).containsExactly("first", "progress:" + T0.plusSeconds(1).toEpochMilli(), "second", "third");
        driver.advanceWallClockTime(PROGRESS_EVERY);
        assertThat(out.readValuesToList()).containsExactly("progress:" + T0.plusSeconds(3).toEpochMilli());

        pipe("d", "fourth", 4);
        in.pipeInput(new TestRecord<>(ProgressMarks.KEY, "mark:0/2:" + T0.plusSeconds(9).toEpochMilli(), T0));
        driver.advanceWallClockTime(PROGRESS_EVERY);
        assertThat(out.readValuesToList()).as("source 1 is still at 3 s: the bound did not move").isEmpty();
        in.pipeInput(new TestRecord<>(ProgressMarks.KEY, "mark:1/2:" + T0.plusSeconds(4).toEpochMilli(), T0));
        assertThat(out.readValuesToList()).as("the last progress went an interval ago: this one goes at once")
                .containsExactly("fourth", "progress:" + T0.plusSeconds(4).toEpochMilli());
        driver.advanceWallClockTime(PROGRESS_EVERY);
        assertThat(out.readValuesToList()).isEmpty();
    }

    /** An article's records of one group come at different times, from different senders: the group leaves whole. */
    @Test
    void aGroupLeavesWholeWhenItsRecordsCameAtDifferentTimes() {
        pipe("article-1", "x1", 1);
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        pipe("article-1", "x2", 1);
        marksUpTo(1);
        assertThat(released()).containsExactly("x1+x2");
        assertThat(held()).isZero();
    }

    @Test
    void whatCannotBeReleasedIsDeadLetteredWithItsReasonAndTheRestGoesOn() {
        pipe("a", "first", 1);
        pipe("b", "poison", 2);
        pipe("c", "overflow", 3);
        pipe("d", "last", 4);

        marksUpTo(4);
        assertThat(released()).containsExactly("first", "last");
        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("poison", "overflow");
        assertThat(dead).allSatisfy(r -> assertThat(header(r, "__streams.errors.message"))
                .contains("reordering buffer " + STORE + " could not release 2 record(s)")
                .contains("the first for IllegalStateException: cannot convert poison"));
        assertThat(held()).isZero();

        // nothing is released twice, and the thread is alive: the next record goes through
        driver.advanceWallClockTime(PAUSE);
        assertThat(released()).isEmpty();
        pipe("e", "after", 5);
        marksUpTo(5);
        assertThat(released()).containsExactly("after");
        assertThat(dlq.readRecordsToList()).isEmpty();
    }

    private static String header(TestRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
