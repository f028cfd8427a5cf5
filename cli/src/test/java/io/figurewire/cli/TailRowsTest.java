package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.records.Claim;
import io.figurewire.records.ClaimKind;
import io.figurewire.records.ClaimRole;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Qualifier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TailRowsTest {

    static final Instant T = Instant.parse("2026-05-04T10:30:00Z");

    static FigureReport report(String article, double value, Qualifier q, String countType) {
        return FigureReport.newBuilder().setValue(value).setQualifier(q).setKind(ClaimKind.count).setCountType(countType)
                .setArticleId(article).setPublished(T).build();
    }

    static Claim claim(String metric, String countType, double value, Qualifier q) {
        return Claim.newBuilder().setArticleId("a-1").setParagraphIndex(0).setSentence("s").setSpanStart(0).setSpanEnd(1)
                .setText("t").setMetric(metric).setKind(ClaimKind.count).setCountType(countType).setValue(value)
                .setQualifier(q).setRole(ClaimRole.current).setAttribution("the ministry").setPublished(T).build();
    }

    static FigureChange change(String metric, FigureReport from, FigureReport to, double delta, Double pct, List<String> flags) {
        return FigureChange.newBuilder().setMetric(metric).setFrom(from).setTo(to).setDelta(delta).setDeltaPercent(pct)
                .setPublished(T).setArticleId(to.getArticleId()).setFlags(flags).build();
    }

    @Test
    void aChangeRowReadsAsFromToWithArrowAndFlags() {
        TailRows rows = new TailRows(TailRows.Kind.changes, null, null, false);
        String line = rows.format(change("killed/gaza", report("a", 57_500, Qualifier.exact, "killed"),
                report("b", 40_000, Qualifier.about, "killed"), -17_500, -30.43, List.of("DECREASE_IN_CUMULATIVE")));
        assertThat(line).startsWith("2026-05-04 10:30  killed/gaza")
                .contains("57,500 \u2192 about 40,000").contains("\u25bc \u221217,500 (-30.4%)").endsWith("DECREASE_IN_CUMULATIVE");
        assertThat(rows.header().get(0)).startsWith("published").contains("from \u2192 to");
    }

    @Test
    void columnsStayAlignedAndLongCellsAreCut() {
        TailRows rows = new TailRows(TailRows.Kind.figures, null, null, false);
        Figure f = Figure.newBuilder().setMetric("hostages-release-proposed/deceased-and-living-and-more").setCurrent(
                report("x", 9, Qualifier.exact, "hostages")).setReportCount(2).setFirstReported(T).setLastReported(T)
                .setFlags(List.of()).setHistory(List.of()).build();
        String line = rows.format(f);
        String header = rows.header().get(0);
        assertThat(line.indexOf("9 ")).isEqualTo(header.indexOf("latest"));
        assertThat(line).contains("\u2026");
    }

    @Test
    void aDeletedFigureRowSaysItWasJoined() {
        assertThat(new TailRows(TailRows.Kind.figures, null, null, false).removed("killed/norway"))
                .startsWith("killed/norway").contains("removed");
        assertThat(new TailRows(TailRows.Kind.figures, null, null, true).removed("killed/norway"))
                .isEqualTo("{\"metric\":\"killed/norway\",\"removed\":true}");
        assertThat(new TailRows(TailRows.Kind.figures, null, "injured", false).removed("killed/norway")).isNull();
    }

    @Test
    void filtersByMetricPrefixAndCountType() {
        TailRows killedInGaza = new TailRows(TailRows.Kind.claims, "killed/", "killed", false);
        assertThat(killedInGaza.format(claim("killed/gaza", "killed", 12, Qualifier.at_least))).contains("at least 12", "the ministry");
        assertThat(killedInGaza.format(claim("injured/gaza", "injured", 12, Qualifier.exact))).isNull();
        assertThat(killedInGaza.format(claim("killed/gaza@24h", "hostages", 12, Qualifier.exact))).isNull();
        assertThat(new TailRows(TailRows.Kind.claims, null, "KILLED", false).format(claim("killed/x", "killed", 1, Qualifier.exact)))
                .isNotNull();
    }

    @Test
    void jsonLinesUseTheRecordsSnakeCaseFields() throws Exception {
        TailRows rows = new TailRows(TailRows.Kind.claims, null, null, true);
        assertThat(rows.header()).isEmpty();
        var node = new ObjectMapper().readTree(rows.format(claim("killed/gaza", "killed", 12, Qualifier.exact)));
        assertThat(node.get("metric").asText()).isEqualTo("killed/gaza");
        assertThat(node.get("count_type").asText()).isEqualTo("killed");
        assertThat(node.get("value").asLong()).isEqualTo(12);
    }
}
