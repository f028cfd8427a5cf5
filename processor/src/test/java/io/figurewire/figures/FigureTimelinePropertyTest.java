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
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for a synthetic timeline of reports over 50 metrics, every delivery order ends with
 * the same table, and no change event ever moves a metric to an older report than the one it
 * replaces. Orders come from a seeded Random so a failure names the order that broke it.
 */
class FigureTimelinePropertyTest {

    static final int METRICS = 50;
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final Qualifier[] QUALIFIERS = {Qualifier.exact, Qualifier.about, Qualifier.more_than, Qualifier.at_least,
            Qualifier.nearly, Qualifier.range};
    static final String[] COUNT_TYPES = {"killed", "hostages", "displaced", "affected"};

    /** The timeline: per metric 1–25 reports (more than history keeps, for some), ties in publication time included. */
    static List<Delivery> timeline() {
        Random r = new Random(20260301L);
        List<Delivery> all = new ArrayList<>();
        for (int m = 0; m < METRICS; m++) {
            String metric = COUNT_TYPES[m % COUNT_TYPES.length] + "/place-" + m;
            int reports = 1 + r.nextInt(25);
            double value = 10 + r.nextInt(5000);
            for (int i = 0; i < reports; i++) {
                value = Math.max(1, value + r.nextInt(400) - 100);
                Qualifier q = QUALIFIERS[r.nextInt(QUALIFIERS.length)];
                // hours from T0: few distinct values so that equal publication times happen
                Instant published = T0.plusSeconds(3600L * r.nextInt(reports * 2 + 1));
                FigureReport.Builder b = FigureReport.newBuilder().setQualifier(q).setKind(ClaimKind.count)
                        .setCountType(metric.substring(0, metric.indexOf('/'))).setArticleId("a-" + m + "-" + i)
                        .setSource("source-" + r.nextInt(4)).setPublished(published);
                if (q == Qualifier.range) {
                    b.setValue(null).setLow(value * 0.9).setHigh(value * 1.1);
                } else {
                    b.setValue(value);
                }
                all.add(new Delivery(metric, b.build()));
            }
        }
        return all;
    }

    record Delivery(String metric, FigureReport report) {
    }

    /** What must not depend on arrival: the row's current and previous report, counts, times and history. */
    record Row(String current, String previous, int reportCount, Instant first, Instant last, List<String> history) {
        static Row of(Figure f) {
            return new Row(f.getCurrent().getArticleId(), f.getPrevious() == null ? null : f.getPrevious().getArticleId(),
                    f.getReportCount(), f.getFirstReported(), f.getLastReported(),
                    f.getHistory().stream().map(FigureReport::getArticleId).toList());
        }
    }

    static Map<String, Row> play(List<Delivery> deliveries) {
        FigureBook book = FigureBook.defaults();
        Map<String, Figure> table = new TreeMap<>();
        for (Delivery d : deliveries) {
            Figure before = table.get(d.metric());
            FigureBook.Update u = book.apply(d.metric(), before, d.report());
            if (u.changed() && u.change().getFrom() != null) {
                assertThat(FigureReports.isNewer(u.change().getTo(), u.change().getFrom()))
                        .as("change of %s from %s to %s", d.metric(), u.change().getFrom().getArticleId(), u.change().getTo().getArticleId())
                        .isTrue();
            }
            if (before != null) {
                assertThat(FigureReports.BY_PUBLICATION.compare(u.figure().getCurrent(), before.getCurrent()))
                        .as("the current report of %s never goes back in time", d.metric()).isGreaterThanOrEqualTo(0);
            }
            table.put(d.metric(), u.figure());
        }
        Map<String, Row> rows = new TreeMap<>();
        table.forEach((k, f) -> rows.put(k, Row.of(f)));
        return rows;
    }

    static Stream<Long> orders() {
        return IntStream.rangeClosed(1, 20).mapToObj(i -> (long) i * 7919);
    }

    @ParameterizedTest(name = "delivery order seed {0}")
    @MethodSource("orders")
    void everyDeliveryOrderEndsWithTheTableOfPublicationOrder(long seed) {
        List<Delivery> inPublicationOrder = new ArrayList<>(timeline());
        inPublicationOrder.sort((a, b) -> FigureReports.BY_PUBLICATION.compare(a.report(), b.report()));
        Map<String, Row> expected = play(inPublicationOrder);

        List<Delivery> shuffled = new ArrayList<>(timeline());
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, Row> actual = play(shuffled);

        assertThat(actual).hasSize(METRICS).isEqualTo(expected);
        // and the table is the newest report per metric, independently computed
        timeline().stream().collect(java.util.stream.Collectors.groupingBy(Delivery::metric,
                        java.util.stream.Collectors.maxBy((a, b) -> FigureReports.BY_PUBLICATION.compare(a.report(), b.report()))))
                .forEach((metric, d) -> assertThat(actual.get(metric).current()).isEqualTo(d.orElseThrow().report().getArticleId()));
    }
}
