package io.figurewire.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain terminal table: column widths from content, long cells cut with an ellipsis. */
final class TextTable {

    private final List<String> headers;
    private final int maxCell;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(int maxCell, String... headers) {
        this.headers = List.of(headers);
        this.maxCell = maxCell;
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            String s = c == null ? "" : c.toString();
            row.add(s.length() > maxCell ? s.substring(0, maxCell - 1) + "\u2026" : s);
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintStream out) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).codePointCount(0, r.get(i).length()));
            }
        }
        line(out, headers, width);
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append("\u2500".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        rows.forEach(r -> line(out, r, width));
    }

    private static void line(PrintStream out, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(c).append(" ".repeat(width[i] - c.codePointCount(0, c.length()) + 2));
        }
        out.println(sb.toString().stripTrailing());
    }
}
