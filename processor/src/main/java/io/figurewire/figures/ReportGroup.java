package io.figurewire.figures;

import io.figurewire.records.FigureReport;
import java.util.List;

/**
 * One article's reports of one metric, as they go to the table, with the place path of the
 * metric's key (country first, null for a key without a place) that {@link KeyJoin} reads, and
 * the coarser keys whose rows the metric's row adopts before these reports are applied.
 */
public record ReportGroup(String metric, List<String> placePath, List<FigureReport> reports, List<String> adopted) {

    public ReportGroup {
        adopted = List.copyOf(adopted);
    }

    /** The same reports on the key {@link KeyJoin} chose for them. */
    public ReportGroup joined(KeyJoin.Decision decision) {
        return new ReportGroup(decision.target(), placePath, reports, decision.adopted());
    }
}
