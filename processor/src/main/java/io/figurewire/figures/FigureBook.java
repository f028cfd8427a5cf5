package io.figurewire.figures;

import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.FigureReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the latest-figures table, for one metric at a time: which report is current
 * (the newest by publication time, never the last to arrive), what is kept as history, and
 * which changes are worth an event and a flag. Pure: the topology stores what it returns.
 */
public final class FigureBook {

    /** Count types that only grow: a drop is a contradiction, not news. */
    private static final Set<String> CUMULATIVE_TYPES = Set.of("killed", "injured", "arrested", "damaged", "destroyed", "strikes", "displaced");

    private final int historySize;
    private final Duration conflictWindow;

    public FigureBook(int historySize, Duration conflictWindow) {
        this.historySize = historySize;
        this.conflictWindow = conflictWindow;
    }

    public static FigureBook defaults() {
        return new FigureBook(20, Duration.ofHours(12));
    }

    /**
     * What one report did to a metric: the new table row, and the change event if the figure
     * moved. A null row deletes the metric's row (its key was adopted by a finer one, see {@link KeyJoin}).
     */
    public record Update(Figure figure, FigureChange change) {
        public boolean changed() {
            return change != null;
        }

        /** The row of a key that another key adopted: gone from the table, no change event. */
        public static Update retired() {
            return new Update(null, null);
        }
    }

    /**
     * What one article's reports of a metric do to it. An article counts as one report: its
     * first figure for the metric in reading order, so the headline/lede figure when the lede
     * states one (news leads with the current figure; later mentions of the same key are
     * restatements, breakdowns or older figures). Another figure of the same article that cannot
     * be true with it flags {@link FigureFlags#CONFLICT_WITHIN_REPORT}. An article already in
     * history (its paragraphs reached this stage apart) is merged by the same rule.
     */
    public Update apply(String metric, Figure existing, List<FigureReport> fromOneArticle) {
        return apply(metric, existing, fromOneArticle, null);
    }

    /**
     * As {@link #apply(String, Figure, List)}, for an article that may have been counted on this
     * row already: {@code counted} is the report it counts as (null if none), which the row's
     * history, bounded to its newest reports, may no longer hold. Such an article is not counted
     * again, and since newer reports have replaced it, the row stays as it is but for the flag.
     */
    public Update apply(String metric, Figure existing, List<FigureReport> fromOneArticle, FigureReport counted) {
        List<FigureReport> inOrder = fromOneArticle.stream().sorted(FigureReports.IN_READING_ORDER).toList();
        FigureReport lead = inOrder.get(0);
        boolean conflict = inOrder.stream().anyMatch(r -> !FigureReports.agree(r, lead));
        FigureReport seen = existing == null ? null : sameArticleIn(existing.getHistory(), lead);
        if (seen == null && existing != null && counted != null && FigureReports.sameArticle(counted, lead)) {
            Update kept = new Update(existing, null);
            return conflict || !FigureReports.agree(counted, lead) ? withFlag(kept, FigureFlags.CONFLICT_WITHIN_REPORT) : kept;
        }
        if (seen == null) {
            Update update = apply(metric, existing, lead);
            return conflict ? withFlag(update, FigureFlags.CONFLICT_WITHIN_REPORT) : update;
        }
        Update update = merge(metric, existing, seen, lead);
        return conflict || !FigureReports.agree(seen, lead) ? withFlag(update, FigureFlags.CONFLICT_WITHIN_REPORT) : update;
    }

    /**
     * An older report is stale when its article reached figurewire after the newer one's. Judged
     * on the arrival times the reports carry, not on the order they reach this stage: a report
     * held up inside the pipeline (a broker outage, a restart, a slow partition) arrived in time
     * and is not stale. Reports written before arrival was carried fall back to that order. An
     * equal publication time is a tie broken by article id, not a late arrival.
     */
    static boolean arrivedAfter(FigureReport older, FigureReport newer) {
        if (!older.getPublished().isBefore(newer.getPublished())) {
            return false;
        }
        if (older.getReceived() == null || newer.getReceived() == null) {
            return true;
        }
        return older.getReceived().isAfter(newer.getReceived());
    }

    /** One report, as the only one of its article. */
    public Update apply(String metric, Figure existing, FigureReport report) {
        if (existing == null) {
            Figure first = Figure.newBuilder().setMetric(metric).setCurrent(report).setPrevious(null).setReportCount(1)
                    .setFirstReported(report.getPublished()).setLastReported(report.getPublished())
                    .setFlags(List.of()).setHistory(List.of(report)).build();
            return new Update(first, change(metric, null, report, List.of()));
        }
        FigureReport current = existing.getCurrent();
        Set<String> figureFlags = new LinkedHashSet<>(existing.getFlags());
        List<FigureReport> history = withReport(existing.getHistory(), report);
        // A fresh builder, not newBuilder(existing): Avro's deep copy is not needed and would
        // need the record classes registered as trusted before any serde was created.
        Figure.Builder next = Figure.newBuilder().setMetric(metric).setCurrent(current)
                .setReportCount(existing.getReportCount() + 1)
                .setFirstReported(min(existing.getFirstReported(), report.getPublished()))
                .setLastReported(max(existing.getLastReported(), report.getPublished()))
                .setHistory(history);
        boolean cumulative = isCumulative(metric, report);
        // Judged on the history in publication order, so that the flag does not depend on which
        // report happened to arrive first: a cumulative count lower than an earlier one is a decrease.
        if (cumulative && hasDecrease(history)) {
            figureFlags.add(FigureFlags.DECREASE_IN_CUMULATIVE);
        }

        if (!FigureReports.isNewer(report, current)) {
            if (arrivedAfter(report, current)) {
                figureFlags.add(FigureFlags.STALE_REPORT_IGNORED);
            }
            // an older report of a cumulative count may be lower; one that is higher contradicts the newer figure
            boolean contradicts = cumulative ? FigureReports.clearlyBelow(current, report) : true;
            if (contradicts && conflicts(report, current)) {
                figureFlags.add(FigureFlags.CONFLICTING_SOURCES);
            }
            return new Update(next.setPrevious(previousOf(history, current)).setFlags(List.copyOf(figureFlags)).build(), null);
        }
        if (FigureReports.pointValue(report) == FigureReports.pointValue(current)) {
            // The same figure restated (perhaps more or less hedged): the newest report becomes the
            // row's source, the count and last-seen move, and there is no change to announce.
            return new Update(next.setCurrent(report).setPrevious(previousOf(history, report))
                    .setFlags(List.copyOf(figureFlags)).build(), null);
        }
        List<String> changeFlags = new ArrayList<>();
        if (cumulative && FigureReports.clearlyBelow(report, current)) {
            changeFlags.add(FigureFlags.DECREASE_IN_CUMULATIVE);
        } else if (!cumulative && conflicts(report, current)) {
            // A cumulative count that rises is news, not a conflict; elsewhere, close reports that disagree are.
            changeFlags.add(FigureFlags.CONFLICTING_SOURCES);
        }
        figureFlags.addAll(changeFlags);
        Figure figure = next.setCurrent(report).setPrevious(previousOf(history, report)).setFlags(List.copyOf(figureFlags)).build();
        return new Update(figure, change(metric, current, report, changeFlags));
    }

    /**
     * {@code metric}'s row (none yet when {@code into} is null) after it adopts {@code from}, the
     * row of a coarser key of the same event (see {@link KeyJoin}): {@code from}'s reports are
     * applied as reports of their articles, in publication order, by the rules above; its flags
     * stay and its report count is added. One change event at most, from this row's figure (none
     * when it had no row) to the figure it ends on, if that differs: the coarser key's own changes
     * were announced on it already.
     */
    public Update adopt(String metric, Figure into, Figure from) {
        Figure merged = into;
        for (FigureReport r : from.getHistory()) {
            merged = apply(metric, merged, List.of(r)).figure();
        }
        Set<String> flags = new LinkedHashSet<>(merged.getFlags());
        flags.addAll(from.getFlags());
        Figure row = Figure.newBuilder().setMetric(metric).setCurrent(merged.getCurrent()).setPrevious(merged.getPrevious())
                .setReportCount((into == null ? 0 : into.getReportCount()) + from.getReportCount())
                .setFirstReported(min(merged.getFirstReported(), from.getFirstReported()))
                .setLastReported(max(merged.getLastReported(), from.getLastReported()))
                .setFlags(List.copyOf(flags)).setHistory(merged.getHistory()).build();
        FigureReport was = into == null ? null : into.getCurrent();
        boolean moved = was == null || FigureReports.pointValue(was) != FigureReports.pointValue(row.getCurrent());
        return new Update(row, moved ? change(metric, was, row.getCurrent(), List.of()) : null);
    }

    /** The report an article counts as once {@code fromOneArticle} is applied: its first in reading order so far. */
    public static FigureReport articleReport(FigureReport counted, List<FigureReport> fromOneArticle) {
        FigureReport first = fromOneArticle.stream().min(FigureReports.IN_READING_ORDER).orElseThrow();
        return counted == null || FigureReports.IN_READING_ORDER.compare(first, counted) < 0 ? first : counted;
    }

    private static FigureReport sameArticleIn(List<FigureReport> history, FigureReport report) {
        return history.stream().filter(r -> FigureReports.sameArticle(r, report)).findFirst().orElse(null);
    }

    /**
     * A later release from an article already in history: the first in reading order stays the
     * article's report. Only when the newcomer comes first does it take the old one's place (and
     * the row's, if that was current), which is a change when the value differs.
     */
    private Update merge(String metric, Figure existing, FigureReport seen, FigureReport lead) {
        if (FigureReports.IN_READING_ORDER.compare(seen, lead) <= 0) {
            return new Update(existing, null);
        }
        List<FigureReport> history = new ArrayList<>(existing.getHistory());
        history.set(history.indexOf(seen), lead);
        history.sort(FigureReports.BY_PUBLICATION);
        boolean wasCurrent = existing.getCurrent().equals(seen);
        FigureReport current = wasCurrent ? lead : existing.getCurrent();
        Figure figure = Figure.newBuilder().setMetric(metric).setCurrent(current).setPrevious(previousOf(history, current))
                .setReportCount(existing.getReportCount()).setFirstReported(existing.getFirstReported())
                .setLastReported(existing.getLastReported()).setFlags(existing.getFlags()).setHistory(List.copyOf(history))
                .build();
        boolean moved = wasCurrent && FigureReports.pointValue(seen) != FigureReports.pointValue(lead);
        return new Update(figure, moved ? change(metric, seen, lead, List.of()) : null);
    }

    /** The update with one more flag on the row and, if it moved the figure, on the change. */
    private static Update withFlag(Update update, String flag) {
        Set<String> flags = new LinkedHashSet<>(update.figure().getFlags());
        flags.add(flag);
        update.figure().setFlags(List.copyOf(flags));
        if (update.changed() && !update.change().getFlags().contains(flag)) {
            List<String> changeFlags = new ArrayList<>(update.change().getFlags());
            changeFlags.add(flag);
            update.change().setFlags(List.copyOf(changeFlags));
        }
        return update;
    }

    /** Some report is clearly below one published before it. History is in publication order. */
    private static boolean hasDecrease(List<FigureReport> history) {
        for (int later = 1; later < history.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (FigureReports.clearlyBelow(history.get(later), history.get(earlier))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The figure {@code current} replaced: the newest earlier report with another value. Derived
     * from history rather than from arrival, so every delivery order gives the same row.
     */
    private static FigureReport previousOf(List<FigureReport> history, FigureReport current) {
        FigureReport previous = null;
        for (FigureReport r : history) {
            if (FigureReports.BY_PUBLICATION.compare(r, current) < 0
                    && FigureReports.pointValue(r) != FigureReports.pointValue(current)) {
                previous = r;
            }
        }
        return previous;
    }

    /** Different sources, published close together, stating figures that cannot both be true. */
    private boolean conflicts(FigureReport a, FigureReport b) {
        boolean close = Duration.between(a.getPublished(), b.getPublished()).abs().compareTo(conflictWindow) <= 0;
        boolean sameSource = a.getSource() != null && a.getSource().equals(b.getSource());
        return close && !sameSource && !a.getArticleId().equals(b.getArticleId()) && !FigureReports.agree(a, b);
    }

    static boolean isCumulative(String metric, FigureReport report) {
        boolean periodCount = metric.contains("@") && !metric.endsWith("@cumulative");
        return !periodCount && (CUMULATIVE_TYPES.contains(report.getCountType()) || "cumulative".equals(report.getPeriod()));
    }

    private List<FigureReport> withReport(List<FigureReport> history, FigureReport report) {
        List<FigureReport> all = new ArrayList<>(history);
        all.add(report);
        all.sort(FigureReports.BY_PUBLICATION);
        return List.copyOf(all.subList(Math.max(0, all.size() - historySize), all.size()));
    }

    private static FigureChange change(String metric, FigureReport from, FigureReport to, List<String> flags) {
        Double delta = null;
        Double deltaPercent = null;
        if (from != null) {
            delta = FigureReports.delta(from, to);
            deltaPercent = FigureReports.deltaPercent(from, to);
        }
        return FigureChange.newBuilder().setMetric(metric).setFrom(from).setTo(to).setDelta(delta)
                .setDeltaPercent(deltaPercent).setPublished(to.getPublished()).setArticleId(to.getArticleId())
                .setFlags(List.copyOf(flags)).build();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
