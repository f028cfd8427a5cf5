package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.figures.FigureFlags;
import io.figurewire.records.Claim;
import io.figurewire.records.ClaimKind;
import io.figurewire.records.ClaimRole;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.Qualifier;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reordering buffer in the wired topology: claims come to the figures stage scrambled, as
 * they do from the dedup tasks, and leave when the dedup tasks' progress marks pass them: the
 * table and change log are those of the articles' arrival order.
 */
class ReportOrderTopologyTest {

    static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    static final String METRIC = "killed/karsk";

    @TempDir
    Path state;
    TopologyTestDriver driver;
    ReportInput reports;
    final Topics topics = Topics.unprefixed();

    @BeforeEach
    void start() {
        ProcessorSettings settings = DriverSettings.of(state);
        driver = new TopologyTestDriver(FigurewireTopology.withDefaults(settings).build(), settings.streamsProperties(), T0);
        reports = new ReportInput(driver, settings);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** A claim of article {@code article}, published {@code hour} hours after T0, arrived {@code arrivedMs} after T0. */
    static Claim claim(String article, int hour, long arrivedMs, int paragraph, double value) {
        return Claim.newBuilder().setArticleId(article).setParagraphIndex(paragraph).setSentence("s").setSentenceStart(0)
                .setSpanStart(0).setSpanEnd(1).setText(String.valueOf(value)).setMetric(METRIC).setKind(ClaimKind.count)
                .setCountType("killed").setValue(value).setQualifier(Qualifier.exact).setRole(ClaimRole.current)
                .setPublished(T0.plusSeconds(3600L * hour)).setSource("Wire " + article)
                .setReceived(T0.plusMillis(arrivedMs)).build();
    }

    void pipe(Claim c) {
        reports.pipe(c);
    }

    /** The one dedup task's progress: everything that arrived up to {@code arrivedMs} after T0 has been sent. */
    void markUpTo(long arrivedMs) {
        reports.markUpTo(T0.plusMillis(arrivedMs));
    }

    List<FigureChange> changes() {
        return driver.createOutputTopic(topics.figureChanges(), new StringDeserializer(), RecordSerdes.figureChange().deserializer())
                .readValuesToList();
    }

    Figure figure() {
        return driver.createOutputTopic(topics.figures(), new StringDeserializer(), RecordSerdes.figure().deserializer())
                .readKeyValuesToMap().get(METRIC);
    }

    @Test
    void aWireDeliveredInPublicationOrderYieldsEveryChangeAndNoStaleFlag() {
        // arrived a1, a2, a3 (in publication order); reached this stage a3, a1, a2's body, a2's lede
        pipe(claim("a3", 3, 20, 0, 63));
        pipe(claim("a1", 1, 0, 0, 41));
        pipe(claim("a2", 2, 10, 5, 41));
        pipe(claim("a2", 2, 10, 0, 58));
        driver.advanceWallClockTime(ArrivalBuffer.PUNCTUATION_EVERY);
        assertThat(changes()).as("nothing applied before the marks").isEmpty();

        markUpTo(20);
        assertThat(changes()).extracting(c -> c.getFrom() == null ? null : c.getFrom().getValue(), c -> c.getTo().getValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 41.0), org.assertj.core.groups.Tuple.tuple(41.0, 58.0),
                        org.assertj.core.groups.Tuple.tuple(58.0, 63.0));
        Figure f = figure();
        assertThat(f.getFlags()).as("a2's body (41) agrees with nothing but is a conflict within a2, not a late report")
                .containsExactly(FigureFlags.CONFLICT_WITHIN_REPORT);
        KeyValueStore<String, Claim> pending = driver.getKeyValueStore(StoreNames.PENDING_REPORTS);
        assertThat(pending.approximateNumEntries()).isZero();
    }

    @Test
    void onlyAnArticleThatArrivedAfterANewerReportIsStale() {
        pipe(claim("a3", 3, 20, 0, 63));
        pipe(claim("late", 2, 30, 0, 58)); // published before a3, arrived after it
        pipe(claim("a1", 1, 0, 0, 41));
        markUpTo(30);
        assertThat(changes()).extracting(c -> c.getTo().getArticleId()).containsExactly("a1", "a3");
        Figure f = figure();
        assertThat(f.getCurrent().getArticleId()).isEqualTo("a3");
        assertThat(f.getFlags()).contains(FigureFlags.STALE_REPORT_IGNORED);
        assertThat(f.getHistory()).extracting(r -> r.getArticleId()).containsExactly("a1", "late", "a3");
    }

    @Test
    void aMetricYearsBehindTheTasksStreamTimeIsStillStored() {
        // an archive replay: another metric of the same task has pushed stream time years ahead
        Claim recent = Claim.newBuilder(claim("now", 24 * 365 * 3, 0, 0, 5)).setMetric("killed/elsewhere").build();
        pipe(recent);
        pipe(claim("old-1", 1, 10, 0, 41));
        pipe(claim("old-2", 2, 20, 0, 58));
        markUpTo(20);
        Figure f = figure();
        assertThat(f.getReportCount()).as("the first old report was kept by the store").isEqualTo(2);
        assertThat(changes()).filteredOn(c -> c.getMetric().equals(METRIC))
                .extracting(c -> c.getFrom() == null ? null : c.getFrom().getArticleId()).containsExactly(null, "old-1");
    }

    @Test
    void aMarkReleasesWhatArrivedUpToItAndNothingAfter() {
        pipe(claim("a1", 1, 0, 0, 41));
        pipe(claim("a2", 2, 3500, 0, 58));
        markUpTo(1000);
        assertThat(changes()).extracting(c -> c.getTo().getArticleId()).containsExactly("a1");
        // twice the old 3 s hold; the idle raw reader vouches for arrivals up to 3 s before now (T0 + 3 s) only
        driver.advanceWallClockTime(Duration.ofSeconds(6));
        assertThat(changes()).as("no wall-clock hold lets a2 go before the marks do").isEmpty();
        markUpTo(3500);
        assertThat(changes()).extracting(c -> c.getTo().getArticleId()).containsExactly("a2");
    }

    /**
     * An article's reports of a metric can leave the buffer in two parts: a part that comes after
     * the marks passed its arrival (late) leaves alone. Before the marks, after a kill -9 the
     * buffer restored from its changelog held x's first report and the reports of newer articles
     * of the metric; all left 3 s after the task started, while x's other report, not yet
     * committed upstream, came 20 s later (CrashRecoveryIT's processor log: k-515 on
     * killed/haiti, with 397 reports restored). The second part is the same article and must
     * not count again, also when the newer articles have pushed x out of the row's bounded
     * history (20 reports): that counted killed/sudan 251 times for 250 articles.
     */
    @Test
    void anArticlesSecondPartCountsNothingAfterItsFirstLeftTheHistory() {
        pipe(claim("x", 1, 0, 0, 41));
        for (int k = 1; k <= 20; k++) {
            pipe(claim("n" + k, 1 + k, 10L * k, 0, 41 + k));
        }
        markUpTo(200); // the held reports leave together: x's first part, then the 20 newer
        // (on a loaded machine a release stops at its time budget, ArrivalBuffer.RELEASE_BUDGET; the rest follows in order)
        ArrivalBuffers.flush(driver);
        assertThat(figure().getHistory()).extracting(r -> r.getArticleId()).doesNotContain("x");
        pipe(claim("x", 1, 0, 3, 12)); // x's later paragraph, late: another figure, later in reading order
        driver.advanceWallClockTime(ArrivalBuffer.PUNCTUATION_EVERY);
        Figure f = figure();
        assertThat(f.getReportCount()).as("21 articles, x once").isEqualTo(21);
        assertThat(f.getFlags()).as("x's parts disagree, as when they had left together")
                .contains(FigureFlags.CONFLICT_WITHIN_REPORT);
        assertThat(f.getHistory()).extracting(r -> r.getArticleId()).doesNotContain("x");
    }
}
