package io.figurewire.cli;

import io.figurewire.figures.FigureText;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.FigureReport;
import io.figurewire.schemas.RecordJson;
import io.figurewire.stages.ClaimRecords;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.avro.specific.SpecificRecord;

/**
 * What {@code tail} prints for each record: one fixed-width row (a live table cannot size its
 * columns from rows it has not seen yet) or one JSON line, and which records pass the filters.
 * No Kafka here, so it is tested without a broker.
 */
final class TailRows {

    /** The three things {@code tail} can follow. */
    enum Kind { claims, changes, figures }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Kind kind;
    private final String metricPrefix;
    private final String countType;
    private final boolean json;
    private final int[] widths;

    TailRows(Kind kind, String metricPrefix, String countType, boolean json) {
        this.kind = kind;
        this.metricPrefix = metricPrefix == null || metricPrefix.isBlank() ? null : metricPrefix;
        this.countType = countType == null || countType.isBlank() ? null : countType.toLowerCase(Locale.ROOT);
        this.json = json;
        this.widths = switch (kind) {
            case claims -> new int[] {16, 30, 20, 10, 14, 30};
            case changes -> new int[] {16, 30, 40, 22, 14, 30};
            case figures -> new int[] {30, 20, 7, 16, 14, 30};
        };
    }

    /** The header and its rule, or nothing for JSON lines. */
    List<String> header() {
        if (json) {
            return List.of();
        }
        List<String> titles = switch (kind) {
            case claims -> List.of("published", "metric", "value", "role", "article", "attribution");
            case changes -> List.of("published", "metric", "from \u2192 to", "delta", "article", "flags");
            case figures -> List.of("metric", "latest", "reports", "published", "article", "flags");
        };
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append("\u2500".repeat(w)).append("  ");
        }
        return List.of(line(titles), rule.toString().stripTrailing());
    }

    boolean accepts(String metric, String recordCountType) {
        return (metricPrefix == null || (metric != null && metric.startsWith(metricPrefix)))
                && (countType == null || countType.equals(recordCountType));
    }

    /**
     * The line for a deleted row of figures (a tombstone: the key join moved the row into a finer
     * key's, see figures/KeyJoin), or null when the filters reject it. Its count type is the metric's name.
     */
    String removed(String metric) {
        if (metric == null || !accepts(metric, io.figurewire.figures.KeyJoin.partitionKey(metric))) {
            return null;
        }
        return json ? JSON.createObjectNode().put("metric", metric).put("removed", true).toString()
                : line(List.of(metric, "(removed: joined a finer key)", "", "", "", ""));
    }

    /** The printed line for a record, or null when the filters reject it. */
    String format(SpecificRecord record) {
        if (record instanceof Claim c) {
            return accepts(c.getMetric(), c.getCountType()) ? (json ? RecordJson.line(c) : claim(c)) : null;
        }
        if (record instanceof FigureChange c) {
            return accepts(c.getMetric(), c.getTo().getCountType()) ? (json ? RecordJson.line(c) : change(c)) : null;
        }
        if (record instanceof Figure f) {
            return accepts(f.getMetric(), f.getCurrent().getCountType()) ? (json ? RecordJson.line(f) : figure(f)) : null;
        }
        throw new IllegalArgumentException("tail cannot show " + record.getClass().getSimpleName());
    }

    private String claim(Claim c) {
        FigureReport r = ClaimRecords.toReport(c, c.getPublished() == null ? Instant.EPOCH : c.getPublished());
        return line(List.of(time(c.getPublished()), c.getMetric(), FigureText.value(r), c.getRole().name(), c.getArticleId(),
                nullToEmpty(c.getAttribution())));
    }

    private String change(FigureChange c) {
        String fromTo = (c.getFrom() == null ? "" : FigureText.value(c.getFrom()) + " \u2192 ") + FigureText.value(c.getTo());
        return line(List.of(time(c.getPublished()), c.getMetric(), fromTo, FigureText.delta(c), c.getArticleId(),
                String.join(",", c.getFlags())));
    }

    private String figure(Figure f) {
        return line(List.of(f.getMetric(), FigureText.value(f.getCurrent()), String.valueOf(f.getReportCount()),
                time(f.getCurrent().getPublished()), f.getCurrent().getArticleId(), String.join(",", f.getFlags())));
    }

    private String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            int w = widths[i];
            if (c.codePointCount(0, c.length()) > w) {
                c = c.substring(0, c.offsetByCodePoints(0, w - 1)) + "\u2026";
            }
            sb.append(c).append(" ".repeat(Math.max(0, w - c.codePointCount(0, c.length())) + 2));
        }
        return sb.toString().stripTrailing();
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
