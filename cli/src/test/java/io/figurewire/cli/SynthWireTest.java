package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.figurewire.extract.ClaimExtractor;
import io.figurewire.figures.FigureBook;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Paragraph;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.InvalidArticleException;
import io.figurewire.schemas.RawArticleJson;
import io.figurewire.stages.ArticlePreparer;
import io.figurewire.stages.ClaimRecords;
import io.figurewire.stages.OfflineDedup;
import io.figurewire.text.ArticleCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synth}'s files: one wire per seed, of what a benchmark needs, and a truth the offline pipeline agrees with. */
class SynthWireTest {

    @TempDir
    static Path dir;

    static Path file;
    /** More than 100 events: the large wire's towns. */
    static SynthWire.Truth truth;
    static List<String> lines;

    @BeforeAll
    static void writeOne() throws IOException {
        file = dir.resolve("wire.jsonl");
        truth = SynthWire.write(7, 1000, file);
        lines = Files.readAllLines(file);
    }

    @Test
    void aSeedIsOneWireAndItsTruth() throws IOException {
        Path again = dir.resolve("again.jsonl");
        SynthWire.write(7, 1000, again);
        assertThat(Files.readAllLines(again)).isEqualTo(lines);
        assertThat(SynthWire.readTruth(again)).isEqualTo(truth);
        Path other = dir.resolve("other.jsonl");
        SynthWire.write(8, 1000, other);
        assertThat(Files.readAllLines(other)).isNotEqualTo(lines);
    }

    @Test
    void aboutTheAskedSizeOfAboutThreeKilobytesWithRevisionsCopiesLateOnesAndMalformedLines() {
        assertThat(truth.articles()).isBetween(900, 1100);
        assertThat(lines).hasSize(truth.articles() + truth.malformed());
        List<RawArticle> articles = articles();
        assertThat(articles).hasSize(truth.articles());
        double bytes = articles.stream().mapToInt(a -> a.getBody().length()).average().orElseThrow();
        assertThat(bytes).isBetween(2_700.0, 3_600.0);
        assertThat(articles).anyMatch(a -> a.getId().endsWith("-rev")).anyMatch(a -> a.getId().endsWith("-copy"));
        // sent later than a newer article: late deliveries
        assertThat(java.util.stream.IntStream.range(1, articles.size())
                .filter(i -> articles.get(i).getPublished().isBefore(articles.get(i - 1).getPublished())).count()).isGreaterThan(20);
        assertThat(truth.malformed()).isBetween(2, 12);
        assertThat(truth.figures()).hasSize(2 * (int) articles.stream().map(a -> a.getId().replaceAll("-\\d+(-rev|-copy)*$", ""))
                .distinct().count());
    }

    @Test
    void everyMalformedLineIsRefusedByTheArticleReaderAndEveryOtherLineIsRead() {
        long refused = lines.stream().filter(SynthWireTest::refused).count();
        assertThat(refused).isEqualTo(truth.malformed());
        assertThatThrownBy(() -> RawArticleJson.parse(SynthWire.malformed(new java.util.Random(1), lines.get(0), 0), Instant.EPOCH))
                .isInstanceOf(InvalidArticleException.class);
    }

    /**
     * The processor's own pure stages offline (clean, dedup, extract, then the figures book per
     * article and metric, in sending order) give every truth key its truth's figure, and the
     * padding and boilerplate add no key of their own.
     */
    @Test
    void theOfflinePipelineGivesTheTruthsTable() {
        ClaimExtractor extractor = ClaimExtractor.withDefaultLexicon();
        OfflineDedup dedup = new OfflineDedup(new ArticlePreparer(ArticleCleaner.withDefaultRules(), extractor));
        ClaimRecords claims = new ClaimRecords(extractor);
        FigureBook book = FigureBook.defaults();
        Map<String, Figure> table = new HashMap<>();
        for (RawArticle a : articles()) {
            Map<String, List<FigureReport>> reports = new LinkedHashMap<>();
            for (Paragraph p : dedup.process(a).kept()) {
                for (Claim c : claims.of(p)) {
                    if (ClaimRecords.movesTheTable(c)) {
                        reports.computeIfAbsent(c.getMetric(), k -> new ArrayList<>()).add(ClaimRecords.toReport(c, a.getPublished()));
                    }
                }
            }
            reports.forEach((metric, r) -> table.put(metric, book.apply(metric, table.get(metric), r).figure()));
        }
        Map<String, Double> got = new HashMap<>();
        table.forEach((metric, f) -> got.put(metric, f.getCurrent().getValue()));
        Map<String, Double> want = new HashMap<>();
        truth.figures().forEach((metric, v) -> want.put(metric, v.doubleValue()));
        assertThat(got).isEqualTo(want);
    }

    private static boolean refused(String line) {
        try {
            RawArticleJson.parse(line, Instant.EPOCH);
            return false;
        } catch (InvalidArticleException e) {
            return true;
        }
    }

    private static List<RawArticle> articles() {
        return lines.stream().filter(l -> !refused(l)).map(l -> RawArticleJson.parse(l, Instant.EPOCH)).toList();
    }
}
