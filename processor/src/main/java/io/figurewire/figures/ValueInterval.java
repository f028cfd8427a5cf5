package io.figurewire.figures;

import io.figurewire.records.FigureReport;

/**
 * The set of true values a report allows: "more than 57,000" is [57,000, ∞), "about 250" is
 * roughly [225, 275], a range is its bounds. Two reports agree when their intervals meet;
 * this is what keeps "more than 57,000" after 57,500 from looking like a decrease.
 */
record ValueInterval(double low, double high) {

    /** How far "about", "nearly" and an exact figure may stray (rounding, late updates). */
    static final double ABOUT = 0.10;
    static final double EXACT = 0.02;

    static ValueInterval of(FigureReport r) {
        double v = FigureReports.pointValue(r);
        return switch (r.getQualifier()) {
            case more_than, at_least -> new ValueInterval(v, Double.POSITIVE_INFINITY);
            case less_than, up_to -> new ValueInterval(0, v);
            case nearly -> new ValueInterval(v * (1 - ABOUT), v);
            case about -> new ValueInterval(v * (1 - ABOUT), v * (1 + ABOUT));
            case range -> new ValueInterval(nonNull(r.getLow(), v), nonNull(r.getHigh(), v));
            case exact -> new ValueInterval(v * (1 - EXACT), v * (1 + EXACT));
        };
    }

    boolean meets(ValueInterval other) {
        return low <= other.high && other.low <= high;
    }

    /** Entirely below the other: a clear decrease, not a rounding or hedging difference. */
    boolean below(ValueInterval other) {
        return high < other.low;
    }

    private static double nonNull(Double d, double fallback) {
        return d == null ? fallback : d;
    }
}
