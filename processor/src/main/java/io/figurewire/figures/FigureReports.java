package io.figurewire.figures;

import io.figurewire.records.FigureReport;
import java.util.Comparator;
import java.util.Objects;

/** Facts about single reports that the table's rules need. */
public final class FigureReports {

    /**
     * Newest first by publication time; ties broken by article id so that every delivery
     * order ends with the same table.
     */
    public static final Comparator<FigureReport> BY_PUBLICATION =
            Comparator.comparing(FigureReport::getPublished).thenComparing(FigureReport::getArticleId);

    /**
     * Reading order within one article: paragraph, then the claim's offset in it. The first
     * report in this order is the article's figure for a metric (see {@link FigureBook}).
     */
    public static final Comparator<FigureReport> IN_READING_ORDER =
            Comparator.comparing(FigureReport::getParagraphIndex, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(FigureReport::getPosition, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingDouble(FigureReports::pointValue);

    private FigureReports() {
    }

    /** The single number a report stands for: its value, or a range's midpoint. */
    public static double pointValue(FigureReport r) {
        if (r.getValue() != null) {
            return r.getValue();
        }
        if (r.getLow() != null && r.getHigh() != null) {
            return (r.getLow() + r.getHigh()) / 2;
        }
        return r.getLow() != null ? r.getLow() : r.getHigh() != null ? r.getHigh() : 0;
    }

    /** How far {@code to} moved from {@code from}, by their point values. */
    public static double delta(FigureReport from, FigureReport to) {
        return pointValue(to) - pointValue(from);
    }

    /** The move as a percentage of {@code from}, to two decimals; null when {@code from} is zero. */
    public static Double deltaPercent(FigureReport from, FigureReport to) {
        double before = pointValue(from);
        return before == 0 ? null : Math.round(delta(from, to) / before * 10_000) / 100.0;
    }

    public static boolean agree(FigureReport a, FigureReport b) {
        return ValueInterval.of(a).meets(ValueInterval.of(b));
    }

    /** {@code later} is clearly lower than {@code earlier}, beyond what the qualifiers allow. */
    public static boolean clearlyBelow(FigureReport later, FigureReport earlier) {
        return ValueInterval.of(later).below(ValueInterval.of(earlier));
    }

    public static boolean sameArticle(FigureReport a, FigureReport b) {
        return Objects.equals(a.getArticleId(), b.getArticleId());
    }

    public static boolean isNewer(FigureReport candidate, FigureReport than) {
        return BY_PUBLICATION.compare(candidate, than) > 0;
    }
}
