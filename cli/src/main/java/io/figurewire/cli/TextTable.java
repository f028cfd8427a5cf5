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
        int[] width = widths();
        line(out, headers, width);
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append("\u2500".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        rows.forEach(r -> line(out, r, width));
    }

    /**
     * The same rows as a Markdown table, the form the bench prints so that a run pastes into the
     * README as it is; {@code align} holds one 'l' or 'r' per column.
     */
    void printMarkdown(PrintStream out, String align) {
        if (align.length() != headers.size()) throw new IllegalArgumentException("one alignment per column: " + headers.size());
        int[] width = widths();
        markdownLine(out, headers, width, align);
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < width.length; i++) {
            rule.append(align.charAt(i) == 'r' ? "-".repeat(width[i] + 1) + ":" : "-".repeat(width[i] + 2)).append('|');
        }
        out.println(rule);
        rows.forEach(r -> markdownLine(out, r, width, align));
    }

    private int[] widths() {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = length(headers.get(i));
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], length(r.get(i)));
            }
        }
        return width;
    }

    private static int length(String cell) {
        return cell.codePointCount(0, cell.length());
    }

    private static void markdownLine(PrintStream out, List<String> cells, int[] width, String align) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            String pad = " ".repeat(width[i] - length(cells.get(i)));
            sb.append(' ').append(align.charAt(i) == 'r' ? pad + cells.get(i) : cells.get(i) + pad).append(" |");
        }
        out.println(sb);
    }

    private static void line(PrintStream out, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(c).append(" ".repeat(width[i] - length(c) + 2));
        }
        out.println(sb.toString().stripTrailing());
    }
}
