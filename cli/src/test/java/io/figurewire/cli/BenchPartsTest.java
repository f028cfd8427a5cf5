package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class BenchPartsTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void theGeneratedWireIsDeterministicAboutThreeKilobytesAnArticleAndRepeatsItself() {
        BenchArticles.Wire a = BenchArticles.generate(400, 5, T0);
        BenchArticles.Wire b = BenchArticles.generate(400, 5, T0);
        assertThat(a.articles()).isEqualTo(b.articles());
        assertThat(a.bodyBytes() / 400.0).isBetween(2_500.0, 3_600.0);
        long distinctBodies = new HashSet<>(a.paragraphs()).size();
        // about a fifth are syndicated copies of a recent article
        assertThat(distinctBodies).isBetween(280L, 360L);
        assertThat(a.articles().get(399).get("published")).isEqualTo(T0.plusSeconds(399 * BenchArticles.SPACING_SECONDS).toString());
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
