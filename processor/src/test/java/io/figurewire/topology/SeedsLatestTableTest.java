package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.figurewire.figures.FigureFlags;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.FigureReport;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.RawArticleJson;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import io.figurewire.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's "done when": the seed articles replayed in file order (not publication order)
 * give exactly the eval's latest-figures table for the metrics it lists. The eval file is
 * read at runtime; nothing here knows the seed sentences.
 */
class SeedsLatestTableTest {

    @TempDir
    static Path state;

    static final Topics TOPICS = Topics.unprefixed();
    static Map<String, Figure> figures;
    static List<FigureChange> changes;
    static List<Claim> claims;
    static JsonNode eval;

    @BeforeAll
    static void replaySeedsInFileOrder() throws IOException {
        Path seeds = SharedFiles.require("seeds/articles.jsonl");
        eval = SharedFiles.json(SharedFiles.require("eval/seeds.latest.json"));
        ProcessorSettings settings = DriverSettings.of(state);
        try (TopologyTestDriver driver = new TopologyTestDriver(FigurewireTopology.withDefaults(settings).build(),
                settings.streamsProperties())) {
            var raw = driver.createInputTopic(TOPICS.raw(), new StringSerializer(), RecordSerdes.rawArticle().serializer());
            Instant received = Instant.parse("2025-08-01T00:00:00Z");
            for (String line : Files.readAllLines(seeds)) {
                if (!line.isBlank()) {
                    // received in file order, as a producer reading the file stamps it
                    received = received.plusSeconds(1);
                    RawArticle a = RawArticleJson.parse(line, received);
                    raw.pipeInput(a.getId(), a, a.getPublished());
                }
            }
            ArrivalBuffers.flush(driver);
            figures = driver.createOutputTopic(TOPICS.figures(), new StringDeserializer(), RecordSerdes.figure().deserializer())
                    .readKeyValuesToMap();
            changes = driver.createOutputTopic(TOPICS.figureChanges(), new StringDeserializer(),
                    RecordSerdes.figureChange().deserializer()).readValuesToList();
            claims = driver.createOutputTopic(TOPICS.claims(), new StringDeserializer(), RecordSerdes.claim().deserializer())
                    .readValuesToList();
        }
    }

    /**
     * The table's rules, strictly: a listed metric that the extractor keys as the eval does must
     * show exactly the eval's value, qualifier and article. Most of the list must be present, so
     * this cannot pass by finding nothing.
     */
    @Test
    void listedMetricsShowExactlyTheEvalsValueQualifierAndArticle() {
        List<String> wrong = new ArrayList<>();
        int present = 0;
        for (JsonNode e : eval.get("expected")) {
            Figure f = figures.get(e.get("metric").asText());
            if (f == null) {
                continue;
            }
            present++;
            String want = describe(e.get("value").asDouble(), e.get("qualifier").asText(), e.get("from").asText());
            String got = describe(f.getCurrent().getValue(), f.getCurrent().getQualifier().name(), f.getCurrent().getArticleId());
            if (!want.equals(got)) {
                wrong.add(e.get("metric").asText() + ": want " + want + ", got " + got);
            }
        }
        assertThat(wrong).as("metrics that differ from eval/seeds.latest.json").isEmpty();
        assertThat(present).as("listed metrics present in the table").isGreaterThanOrEqualTo(eval.get("expected").size() / 2);
    }

    /** Every listed metric is in the table under the eval's key (the extractor's metric naming). */
    @Test
    void everyListedMetricIsKeyedAsTheEvalKeysIt() {
        List<String> missing = new ArrayList<>();
        eval.get("expected").forEach(e -> {
            if (!figures.containsKey(e.get("metric").asText())) {
                missing.add(e.get("metric").asText());
            }
        });
        assertThat(missing).as("listed metrics with no figure; the table has %s", figures.keySet()).isEmpty();
    }

    private static String describe(Double value, String qualifier, String article) {
        return value + " " + qualifier + " from " + article;
    }

    @Test
    void listedHistoriesMatchInPublicationOrder() {
        for (JsonNode e : eval.get("expected")) {
            if (!e.has("history")) {
                continue;
            }
            List<String> want = new ArrayList<>();
            e.get("history").forEach(h -> want.add(h.get(0).asText() + "=" + h.get(1).toString().replace(".0", "")));
            List<String> got = figures.get(e.get("metric").asText()).getHistory().stream()
                    .map(SeedsLatestTableTest::historyEntry).toList();
            assertThat(got).as("history of %s", e.get("metric").asText()).containsExactlyElementsOf(want);
        }
    }

    @Test
    void theOlderRangeIsFlaggedAndNeverLatest() {
        // the one metric whose eval history holds a range: find it from the eval, not by name
        for (JsonNode e : eval.get("expected")) {
            if (!e.has("history")) {
                continue;
            }
            String metric = e.get("metric").asText();
            List<String> rangeArticles = new ArrayList<>();
            e.get("history").forEach(h -> {
                if (h.get(1).isArray()) {
                    rangeArticles.add(h.get(0).asText());
                }
            });
            assertThat(figures.get(metric).getFlags()).contains(FigureFlags.STALE_REPORT_IGNORED, FigureFlags.DECREASE_IN_CUMULATIVE);
            assertThat(changes).filteredOn(c -> c.getMetric().equals(metric))
                    .noneMatch(c -> rangeArticles.contains(c.getTo().getArticleId()));
        }
    }

    @Test
    void anArticleOfDatesAndBoilerplateContributesNothing() {
        // seed-003 per the eval's must_not: no claim, so no figure and no change comes from it
        assertThat(claims).noneMatch(c -> c.getArticleId().equals("seed-003"));
        assertThat(figures.values()).flatExtracting(Figure::getHistory).extracting(FigureReport::getArticleId)
                .doesNotContain("seed-003");
    }

    @Test
    void noChangeEverMovesAMetricToAnOlderReport() {
        assertThat(changes).filteredOn(c -> c.getFrom() != null)
                .allMatch(c -> c.getTo().getPublished().isAfter(c.getFrom().getPublished())
                        || (c.getTo().getPublished().equals(c.getFrom().getPublished())
                        && c.getTo().getArticleId().compareTo(c.getFrom().getArticleId()) > 0));
    }

    private static String historyEntry(FigureReport r) {
        String value = r.getValue() != null ? String.valueOf(r.getValue().longValue())
                : "[" + r.getLow().longValue() + "," + r.getHigh().longValue() + "]";
        return r.getArticleId() + "=" + value;
    }
}
