package io.figurewire.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.records.ClaimKind;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Qualifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureBookTest {

    final FigureBook book = FigureBook.defaults();
    static final Instant DAY = Instant.parse("2026-07-01T00:00:00Z");

    static FigureReport report(String article, int day, Double value, Qualifier q) {
        return FigureReport.newBuilder().setValue(value).setQualifier(q).setKind(ClaimKind.count).setCountType("killed")
                .setArticleId(article).setPublished(DAY.plusSeconds(day * 86_400L)).build();
    }

    static FigureReport range(String article, int day, double low, double high) {
        return FigureReport.newBuilder().setValue(null).setLow(low).setHigh(high).setQualifier(Qualifier.range)
                .setKind(ClaimKind.count).setCountType("killed").setArticleId(article).setPublished(DAY.plusSeconds(day * 86_400L)).build();
    }

    Figure play(List<FigureReport> reports, List<FigureBook.Update> updates) {
        Figure f = null;
        for (FigureReport r : reports) {
            FigureBook.Update u = book.apply("killed/x", f, r);
            updates.add(u);
            f = u.figure();
        }
        return f;
    }

    @Test
    void aLateOlderReportNeverReplacesTheNewerFigure() {
        List<FigureBook.Update> updates = new ArrayList<>();
        Figure f = play(List.of(report("a", 1, 100.0, Qualifier.exact), report("c", 3, 140.0, Qualifier.exact),
                report("b", 2, 120.0, Qualifier.exact)), updates);
        assertThat(f.getCurrent().getArticleId()).isEqualTo("c");
        assertThat(f.getFlags()).contains(FigureFlags.STALE_REPORT_IGNORED);
        assertThat(f.getHistory()).extracting(FigureReport::getArticleId).containsExactly("a", "b", "c");
        assertThat(f.getReportCount()).isEqualTo(3);
        assertThat(updates.get(2).changed()).isFalse();
    }

    @Test
    void aRowAdoptsACoarserRowsReportsWithOneChangeAndItsFlags() {
        Figure coarse = play(List.of(report("a", 1, 10.0, Qualifier.exact), report("c", 3, 30.0, Qualifier.exact),
                report("b", 2, 20.0, Qualifier.exact)), new ArrayList<>());
        Figure town = book.apply("killed/town", null, report("d", 2, 25.0, Qualifier.exact)).figure();
        FigureBook.Update adopted = book.adopt("killed/town", town, coarse);
        assertThat(adopted.figure().getMetric()).isEqualTo("killed/town");
        assertThat(adopted.figure().getCurrent().getArticleId()).isEqualTo("c");
        assertThat(adopted.figure().getHistory()).extracting(FigureReport::getArticleId).containsExactly("a", "b", "d", "c");
        assertThat(adopted.figure().getReportCount()).isEqualTo(4);
        assertThat(adopted.figure().getFlags()).as("the coarse row's flags stay").contains(FigureFlags.STALE_REPORT_IGNORED);
        assertThat(adopted.change().getFrom().getArticleId()).isEqualTo("d");
        assertThat(adopted.change().getTo().getArticleId()).isEqualTo("c");
        // a key with no row yet takes the coarse row's figure as new
        FigureBook.Update fresh = book.adopt("killed/town", null, coarse);
        assertThat(fresh.change().getFrom()).isNull();
        assertThat(fresh.figure().getCurrent().getValue()).isEqualTo(30.0);
    }

    static FigureReport arrived(FigureReport r, int minute) {
        r.setReceived(DAY.plusSeconds(minute * 60L));
        return r;
    }

    @Test
    void anOlderReportHeldUpInsideThePipelineIsNotStaleWhenItsArticleArrivedFirst() {
        List<FigureBook.Update> updates = new ArrayList<>();
        // b (day 2) reached figurewire before c (day 3) but reaches the table after it
        Figure f = play(List.of(arrived(report("a", 1, 100.0, Qualifier.exact), 1), arrived(report("c", 3, 140.0, Qualifier.exact), 3),
                arrived(report("b", 2, 120.0, Qualifier.exact), 2)), updates);
        assertThat(f.getCurrent().getArticleId()).isEqualTo("c");
        assertThat(f.getFlags()).doesNotContain(FigureFlags.STALE_REPORT_IGNORED);
        assertThat(updates.get(2).changed()).isFalse();
    }

    @Test
    void anOlderReportWhoseArticleArrivedAfterTheNewerOneIsStale() {
        Figure f = play(List.of(arrived(report("c", 3, 140.0, Qualifier.exact), 3), arrived(report("b", 2, 120.0, Qualifier.exact), 4)),
                new ArrayList<>());
        assertThat(f.getFlags()).contains(FigureFlags.STALE_REPORT_IGNORED);
    }

    @Test
    void aRepeatedFigureCountsAsAReportButIsNoChange() {
        List<FigureBook.Update> updates = new ArrayList<>();
        Figure f = play(List.of(report("a", 1, 50.0, Qualifier.about), report("b", 2, 50.0, Qualifier.exact)), updates);
        assertThat(updates.get(1).changed()).isFalse();
        assertThat(f.getCurrent().getArticleId()).isEqualTo("b");
        assertThat(f.getReportCount()).isEqualTo(2);
        assertThat(f.getLastReported()).isEqualTo(DAY.plusSeconds(2 * 86_400L));
    }

    @Test
    void qualifiersDecideWhetherALowerNumberIsADecrease() {
        List<FigureBook.Update> updates = new ArrayList<>();
        play(List.of(report("a", 1, 57_500.0, Qualifier.about), report("b", 2, 57_000.0, Qualifier.more_than),
                range("c", 3, 37_000, 40_000)), updates);
        assertThat(updates.get(1).change().getFlags()).isEmpty();
        assertThat(updates.get(1).change().getDelta()).isEqualTo(-500.0);
        assertThat(updates.get(2).change().getFlags()).containsExactly(FigureFlags.DECREASE_IN_CUMULATIVE);
    }

    @Test
    void anOlderReportHigherThanTheNewerCumulativeFigureFlagsConflictingSources() {
        List<FigureBook.Update> updates = new ArrayList<>();
        FigureReport hourEarlier = report("z-older-same-day", 2, 68_000.0, Qualifier.exact);
        hourEarlier.setPublished(hourEarlier.getPublished().minusSeconds(3600));
        Figure f = play(List.of(report("a", 2, 57_500.0, Qualifier.about), hourEarlier), updates);
        assertThat(f.getCurrent().getArticleId()).isEqualTo("a");
        assertThat(f.getFlags()).contains(FigureFlags.STALE_REPORT_IGNORED, FigureFlags.CONFLICTING_SOURCES);
    }

    @Test
    void aTieInPublicationTimeIsBrokenByArticleIdAndIsNoLateArrival() {
        List<FigureBook.Update> updates = new ArrayList<>();
        Figure f = play(List.of(report("b", 2, 57_500.0, Qualifier.about), report("a", 2, 68_000.0, Qualifier.exact)), updates);
        assertThat(f.getCurrent().getArticleId()).isEqualTo("b");
        assertThat(updates.get(1).changed()).isFalse();
        assertThat(f.getFlags()).doesNotContain(FigureFlags.STALE_REPORT_IGNORED).contains(FigureFlags.CONFLICTING_SOURCES);
    }

    @Test
    void aRisingCumulativeCountIsNewsNotAConflict() {
        List<FigureBook.Update> updates = new ArrayList<>();
        Figure f = play(List.of(report("a", 1, 112.0, Qualifier.exact), report("b", 1, 200.0, Qualifier.more_than)), updates);
        assertThat(updates.get(1).change().getFlags()).isEmpty();
        assertThat(f.getFlags()).isEmpty();
    }

    @Test
    void aLateRangeBelowTheReportBeforeItIsADecreaseAndNeverLatest() {
        List<FigureBook.Update> updates = new ArrayList<>();
        Figure f = play(List.of(report("a", 1, 57_338.0, Qualifier.exact), report("c", 3, 57_500.0, Qualifier.exact),
                range("b", 2, 37_000, 40_000)), updates);
        assertThat(f.getCurrent().getArticleId()).isEqualTo("c");
        assertThat(f.getPrevious().getArticleId()).as("the report c replaced in publication order").isEqualTo("b");
        assertThat(f.getFlags()).contains(FigureFlags.STALE_REPORT_IGNORED, FigureFlags.DECREASE_IN_CUMULATIVE);
        assertThat(updates.get(2).changed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyDeliveryOrderEndsWithTheSameCurrentFigure(long seed) {
        List<FigureReport> reports = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            reports.add(report("r" + i, i % 5, 100.0 + i, Qualifier.exact));
        }
        Collections.shuffle(reports, new Random(seed));
        List<FigureBook.Update> updates = new ArrayList<>();
        Figure f = play(reports, updates);
        assertThat(f.getCurrent().getArticleId()).isEqualTo("r9"); // day 4, highest article id among day-4 reports
        for (FigureBook.Update u : updates) {
            if (u.changed() && u.change().getFrom() != null) {
                assertThat(FigureReports.isNewer(u.change().getTo(), u.change().getFrom())).isTrue();
            }
        }
    }

    /** The row after article "x" (day 1) and then 20 newer articles: x has left the 20-report history. */
    Figure xThenTwentyNewer() {
        List<FigureReport> reports = new ArrayList<>();
        reports.add(report("x", 1, 10.0, Qualifier.exact));
        for (int day = 2; day <= 21; day++) {
            reports.add(report("n" + day, day, 10.0 + day, Qualifier.exact));
        }
        Figure f = play(reports, new ArrayList<>());
        assertThat(f.getHistory()).extracting(FigureReport::getArticleId).doesNotContain("x");
        return f;
    }

    @Test
    void aLaterPartOfAnArticleCountedBeforeCountsNothingOnceItLeftTheHistory() {
        Figure before = xThenTwentyNewer();
        FigureReport counted = report("x", 1, 10.0, Qualifier.exact);
        FigureReport part = report("x", 1, 10.0, Qualifier.exact);
        part.setParagraphIndex(4);
        FigureBook.Update agreeing = book.apply("killed/x", before, List.of(part), counted);
        assertThat(agreeing.figure().getReportCount()).isEqualTo(21);
        assertThat(agreeing.figure().getHistory()).isEqualTo(before.getHistory());
        assertThat(agreeing.changed()).isFalse();
        assertThat(agreeing.figure().getFlags()).doesNotContain(FigureFlags.CONFLICT_WITHIN_REPORT);

        FigureReport other = report("x", 1, 3.0, Qualifier.exact);
        other.setParagraphIndex(4);
        assertThat(book.apply("killed/x", xThenTwentyNewer(), List.of(other), counted).figure().getFlags())
                .as("the article's two figures disagree, as when they came together").contains(FigureFlags.CONFLICT_WITHIN_REPORT);
        // without knowing x was counted, the row could only count it again: what the table did before
        assertThat(book.apply("killed/x", xThenTwentyNewer(), List.of(part), null).figure().getReportCount()).isEqualTo(22);
    }

    @Test
    void anArticleCountsAsItsFirstReportInReadingOrderAcrossItsParts() {
        FigureReport lede = report("x", 1, 10.0, Qualifier.exact);
        lede.setParagraphIndex(0);
        FigureReport body = report("x", 1, 3.0, Qualifier.exact);
        body.setParagraphIndex(4);
        assertThat(FigureBook.articleReport(null, List.of(body, lede))).isSameAs(lede);
        assertThat(FigureBook.articleReport(body, List.of(lede))).isSameAs(lede);
        assertThat(FigureBook.articleReport(lede, List.of(body))).isSameAs(lede);
    }
}
