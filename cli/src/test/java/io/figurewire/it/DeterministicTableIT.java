package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.cli.DemoOutputs;
import io.figurewire.figures.FigureFlags;
import io.figurewire.figures.FigureReports;
import io.figurewire.producer.PublishRun;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.FigureReport;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.stages.ClaimRecords;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same wire, full of ties ({@link TieWire}), through the pipeline on a real broker with 1,
 * 3 (twice) and 6 partitions: the files {@code demo --out} writes for the table and the change
 * log are byte for byte the same, changes come in publication order, and only the item really
 * sent late is stale.
 */
class DeterministicTableIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @TempDir
    static Path dir;

    static final int[] PARTITIONS = {1, 3, 3, 6};
    static final Map<String, DemoOutputs> RUNS = new LinkedHashMap<>();

    @BeforeAll
    static void runTheWireFourTimes() throws Exception {
        Path wire = TieWire.write(dir.resolve("ties.jsonl"));
        for (int run = 0; run < PARTITIONS.length; run++) {
            String name = "p" + PARTITIONS[run] + "-" + run;
            ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("state-" + name), "ties" + run + ".")
                    .toBuilder().partitions(PARTITIONS[run]).build();
            try (ProcessorApp app = Pipelines.startAndAwaitRunning(settings)) {
                PublishRun.Summary sent = PublishRun.publishQuietly(KAFKA.bootstrap(), settings.topics().raw(), List.of(wire.toString()));
                assertThat(sent.published()).isEqualTo(TieWire.articles().size());
                Pipelines.awaitProcessed(app);
                RUNS.put(name, DemoOutputs.read(KAFKA.bootstrap(), settings.topics()));
            }
        }
    }

    static DemoOutputs first() {
        return RUNS.values().iterator().next();
    }

    @Test
    void everyRunAndPartitioningWritesTheSameTableAndChangeLog() {
        DemoOutputs first = first();
        assertThat(first.figures()).isNotEmpty();
        assertThat(first.changes()).isNotEmpty();
        RUNS.forEach((name, run) -> {
            assertThat(run.figuresJson()).as("figures.json of run %s", name).isEqualTo(first.figuresJson());
            assertThat(run.changeLines()).as("changes.jsonl of run %s", name).isEqualTo(first.changeLines());
        });
    }

    /** What the wire is for: without ties there would be nothing to prove. Read from the claims, not assumed. */
    @Test
    void theWireHasTiesInsideArticlesAndAcrossArticles() {
        List<Claim> current = first().claims().stream().filter(ClaimRecords::movesTheTable).toList();
        Map<String, Long> perArticleAndMetric = current.stream()
                .collect(Collectors.groupingBy(c -> c.getArticleId() + " " + c.getMetric(), Collectors.counting()));
        assertThat(perArticleAndMetric.values()).as("an article with two current figures for one metric").anyMatch(n -> n >= 2);
        Map<String, Long> articlesPerMetricAndInstant = current.stream()
                .collect(Collectors.groupingBy(c -> c.getMetric() + " " + c.getPublished(),
                        Collectors.mapping(Claim::getArticleId, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        assertThat(articlesPerMetricAndInstant.values()).as("two articles with figures for one metric at one instant").anyMatch(n -> n >= 2);
    }

    @Test
    void changesComeInPublicationOrderAndOnlyTheLateItemIsStale() {
        DemoOutputs run = first();
        Map<String, List<FigureChange>> byMetric = run.changes().stream()
                .collect(Collectors.groupingBy(FigureChange::getMetric, LinkedHashMap::new, Collectors.toList()));
        byMetric.forEach((metric, changes) -> {
            Instant last = Instant.MIN;
            for (FigureChange c : changes) {
                assertThat(c.getTo().getPublished()).as("changes of %s in publication order", metric).isAfterOrEqualTo(last);
                assertThat(c.getTo().getArticleId()).as("the late item never moves %s", metric).isNotEqualTo(TieWire.LATE);
                last = c.getTo().getPublished();
            }
        });
        for (Figure f : run.figures().values()) {
            boolean hasLate = f.getHistory().stream().anyMatch(r -> r.getArticleId().equals(TieWire.LATE));
            assertThat(f.getFlags().contains(FigureFlags.STALE_REPORT_IGNORED)).as("stale flag on %s", f.getMetric()).isEqualTo(hasLate);
        }
        assertThat(run.figures().values()).as("the late item reached some metric").anyMatch(f -> f.getFlags().contains(FigureFlags.STALE_REPORT_IGNORED));
    }

    @Test
    void anArticleContradictingItselfIsFlaggedAndItsLedeFigureCounts() {
        DemoOutputs run = first();
        Map<String, List<Claim>> byArticleAndMetric = run.claims().stream().filter(ClaimRecords::movesTheTable)
                .collect(Collectors.groupingBy(c -> c.getArticleId() + " " + c.getMetric(), LinkedHashMap::new, Collectors.toList()));
        List<String> contradicted = new ArrayList<>();
        byArticleAndMetric.forEach((key, claims) -> {
            List<FigureReport> reports = claims.stream().map(c -> ClaimRecords.toReport(c, c.getPublished())).toList();
            FigureReport lead = reports.stream().min(FigureReports.IN_READING_ORDER).orElseThrow();
            if (reports.stream().anyMatch(r -> !FigureReports.agree(r, lead))) {
                String metric = claims.get(0).getMetric();
                contradicted.add(metric);
                Figure f = run.figures().get(metric);
                assertThat(f.getFlags()).as("flags of %s (%s)", metric, key).contains(FigureFlags.CONFLICT_WITHIN_REPORT);
                assertThat(f.getHistory()).as("history of %s keeps the lede figure of %s", metric, key)
                        .filteredOn(r -> r.getArticleId().equals(claims.get(0).getArticleId()))
                        .extracting(FigureReport::getValue).containsExactly(lead.getValue());
            }
        });
        assertThat(contradicted).as("the wire has articles contradicting themselves").isNotEmpty();
    }
}
