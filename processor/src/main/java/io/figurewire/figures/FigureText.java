package io.figurewire.figures;

import io.figurewire.records.FigureChange;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Qualifier;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as people read them: "more than 57,000", "37,000–40,000", "+2,500 (+4.4%)". */
public final class FigureText {

    private FigureText() {
    }

    public static String value(FigureReport r) {
        if (r.getQualifier() == Qualifier.range || (r.getValue() == null && r.getLow() != null && r.getHigh() != null)) {
            return number(r.getLow()) + "\u2013" + number(r.getHigh());
        }
        String n = number(r.getValue() != null ? r.getValue() : FigureReports.pointValue(r));
        return switch (r.getQualifier()) {
            case exact, range -> n;
            case about -> "about " + n;
            case more_than -> "more than " + n;
            case at_least -> "at least " + n;
            case less_than -> "fewer than " + n;
            case up_to -> "up to " + n;
            case nearly -> "nearly " + n;
        };
    }

    /** "▲ +2,500 (+4.4%)", "▼ −20,000 (−35%)", "new" for a first figure. */
    public static String delta(FigureChange c) {
        return delta(c.getFrom(), c.getTo());
    }

    /** A figure's move from the report it replaced; "new" when there is none. */
    public static String delta(FigureReport from, FigureReport to) {
        if (from == null) {
            return "new";
        }
        double d = FigureReports.delta(from, to);
        Double pct = FigureReports.deltaPercent(from, to);
        String arrow = d > 0 ? "\u25b2 +" : d < 0 ? "\u25bc \u2212" : "= ";
        return arrow + number(Math.abs(d)) + (pct == null ? "" : String.format(Locale.ROOT, " (%+.1f%%)", pct));
    }

    public static String number(Double d) {
        if (d == null) {
            return "?";
        }
        DecimalFormat f = new DecimalFormat(d == Math.rint(d) ? "#,##0" : "#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(d);
    }
}
