package io.figurewire.figures;

/** Flags on a figure or a change; strings on the wire so consumers need no enum upgrade. */
public final class FigureFlags {

    /** a report older than the current figure arrived late: kept in history, not shown */
    public static final String STALE_REPORT_IGNORED = "STALE_REPORT_IGNORED";
    /** a cumulative count went down beyond what the qualifiers allow */
    public static final String DECREASE_IN_CUMULATIVE = "DECREASE_IN_CUMULATIVE";
    /** two sources disagree beyond tolerance within a short interval */
    public static final String CONFLICTING_SOURCES = "CONFLICTING_SOURCES";
    /** one article states two figures for this metric that cannot both be true */
    public static final String CONFLICT_WITHIN_REPORT = "CONFLICT_WITHIN_REPORT";

    private FigureFlags() {
    }
}
