package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.records.ClaimKind;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Qualifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPartsTest {

    @TempDir
    Path dir;

    @Test
    void theBenchPublishesTheLinesAReaderTakesAndSendsTheRestAsTheyAreForTheDeadLetterTopic() throws IOException {
        Path synth = dir.resolve("synth.jsonl");
        SynthWire.Truth truth = SynthWire.write(3, 400, synth);
        BenchWire wire = BenchWire.split(synth, dir.resolve("articles.jsonl"));
        assertThat(wire.count()).isEqualTo(truth.articles());
        assertThat(wire.malformed()).hasSize(truth.malformed());
        assertThat(Files.readAllLines(wire.articles())).hasSize(truth.articles()).doesNotContainAnyElementsOf(wire.malformed());
        assertThat(wire.bytes()).isEqualTo(Files.size(wire.articles()));
        assertThat(wire.truth()).isEqualTo(truth);
        assertThat(wire.first(5)).hasSize(5).allMatch(a -> a.getBody().length() > 2_000);
        assertThat(wire.paragraphs()).hasSize(truth.articles());
    }

    @Test
    void theTruthCheckCountsWrongAndMissingMetricsAndOnlyCountsOtherKeys() {
        Map<String, Integer> truth = Map.of("killed/a", 10, "injured/a", 20, "killed/b", 5);
        Map<String, Figure> table = Map.of("killed/a", figure("killed/a", 10), "injured/a", figure("injured/a", 19),
                "killed/elsewhere", figure("killed/elsewhere", 3));
        TruthCheck check = TruthCheck.of(truth, table);
        assertThat(check.wrong()).singleElement().asString().startsWith("injured/a: want 20");
        assertThat(check.missing()).containsExactly("killed/b");
        assertThat(check.otherKeys()).isEqualTo(1);
        assertThat(TruthCheck.of(truth, Map.of("killed/a", figure("killed/a", 10), "injured/a", figure("injured/a", 20),
                "killed/b", figure("killed/b", 5))).summary()).startsWith("0 wrong, 0 missing of 3 metrics");
    }

    private static Figure figure(String metric, double value) {
        FigureReport r = FigureReport.newBuilder().setValue(value).setLow(null).setHigh(null).setQualifier(Qualifier.exact)
                .setKind(ClaimKind.count).setCountType("killed").setSubject(null).setLocation(null).setPeriod(null)
                .setAttribution(null).setArticleId("a-1").setSource("s").setUrl(null).setPublished(Instant.EPOCH)
                .setSentence("").setParagraphIndex(0).setPosition(0).setReceived(null).build();
        return Figure.newBuilder().setMetric(metric).setCurrent(r).setReportCount(1).setFirstReported(Instant.EPOCH)
                .setLastReported(Instant.EPOCH).build();
    }

    @Test
    void theOffsetsProbePausesAFixedShareOfTheRunSoFarWithinItsBounds() {
        assertThat(EndToEndBench.probePauseMs(0)).isEqualTo(50);
        assertThat(EndToEndBench.probePauseMs(60_000_000_000L)).isEqualTo(300);
        assertThat(EndToEndBench.probePauseMs(3_600_000_000_000L)).isEqualTo(1000);
    }

    @Test
    void theRunQueueReadsThisProcessesThreadsAndOnlyThoseWhoseNameStartsAsAsked() throws InterruptedException {
        long pid = ProcessHandle.current().pid();
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        Thread busy = new Thread(() -> {
            // 50 ms of its own CPU time, however long the machine's load makes that in wall time
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            while (cpu.getCurrentThreadCpuTime() < 50_000_000L) {
                Thread.onSpinWait();
            }
            spun.countDown();
            try {
                read.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "runqueue-probe-busy");
        busy.start();
        spun.await();
        RunQueue.Times all = RunQueue.of(pid, null);
        RunQueue.Times named = RunQueue.of(pid, "runqueue-probe-busy");
        read.countDown();
        busy.join();
        // the kernel's count of the same CPU time; the name cut to 15 characters still matches
        assertThat(named.runNanos()).isGreaterThanOrEqualTo(45_000_000L).isLessThanOrEqualTo(all.runNanos());
        assertThat(RunQueue.of(pid, "no-thread-is-named-like-this").runNanos()).isZero();
    }

    @Test
    void theJitCompilerThreadsAreFoundByTheNamesTheBenchReads() {
        // this JVM has compiled the test framework's code by now, on the threads the broker has too
        long pid = ProcessHandle.current().pid();
        long jit = EndToEndBench.JIT_THREADS.stream().mapToLong(prefix -> RunQueue.of(pid, prefix).runNanos()).sum();
        assertThat(jit).isPositive().isLessThan(RunQueue.of(pid, null).runNanos());
    }

    @Test
    void theBacklogByTopicListsTheLargestFirstWithoutTheInputOrTheAppPrefix() {
        TopicPartition raw = new TopicPartition("x.articles.raw", 0);
        TopicPartition a = new TopicPartition("app-a-repartition", 0);
        TopicPartition b = new TopicPartition("x.claims", 0);
        OffsetsAt at = at(Map.of(raw, 10L, a, 9L, b, 900L), Map.of(a, 2L, b, 1L));
        assertThat(at.behindByTopic("x.articles.raw", "app")).isEqualTo("x.claims 899, a-repartition 7");
    }

    @Test
    void caughtUpMeansCommittedToTheEndOrToTheMarkerThatEndsATransactionalLog() {
        TopicPartition raw = new TopicPartition("x.articles.raw", 0);
        TopicPartition repartition = new TopicPartition("app-x-repartition", 0);
        assertThat(at(Map.of(raw, 10L, repartition, 7L), Map.of(raw, 10L, repartition, 6L)).caughtUp("x.articles.raw")).isTrue();
        // the input topic is written without transactions: one short is one unprocessed article
        assertThat(at(Map.of(raw, 10L), Map.of(raw, 9L)).caughtUp("x.articles.raw")).isFalse();
        assertThat(at(Map.of(raw, 10L, repartition, 7L), Map.of(raw, 10L, repartition, 5L)).caughtUp("x.articles.raw")).isFalse();
        // nothing committed yet on a partition that has records
        assertThat(at(Map.of(raw, 10L), Map.of()).caughtUp("x.articles.raw")).isFalse();
        assertThat(at(Map.of(raw, 0L), Map.of()).caughtUp("x.articles.raw")).isTrue();
    }

    @Test
    void onlyUnchangedOffsetsCountAsSettled() {
        TopicPartition raw = new TopicPartition("x.articles.raw", 0);
        OffsetsAt first = at(Map.of(raw, 10L), Map.of(raw, 10L));
        assertThat(at(Map.of(raw, 10L), Map.of(raw, 10L)).sameAs(first)).isTrue();
        assertThat(at(Map.of(raw, 11L), Map.of(raw, 10L)).sameAs(first)).isFalse();
        assertThat(first.sameAs(null)).isFalse();
    }

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        java.util.List<Long> nanos = java.util.stream.LongStream.rangeClosed(1, 200).map(i -> i * 1_000_000L).boxed().toList();
        assertThat(LatencyRun.percentile(nanos, 50)).isEqualTo(100.0);
        assertThat(LatencyRun.percentile(nanos, 99)).isEqualTo(198.0);
        assertThat(LatencyRun.percentile(java.util.List.of(5_000_000L), 95)).isEqualTo(5.0);
        assertThat(LatencyRun.percentile(java.util.List.of(), 50)).isNaN();
    }

    static OffsetsAt at(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> committed) {
        return new OffsetsAt(System.nanoTime(), ends, committed);
    }
}
