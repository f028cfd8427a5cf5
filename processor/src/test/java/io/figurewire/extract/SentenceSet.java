package io.figurewire.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's annotated sentence sets (annotated, held-out, release) share one TSV format:
 * category, text, expected claims as kind/count_type/value-or-low~high/qualifier/role joined
 * by ';' (or "none"), and an optional column of key=value context checks.
 */
final class SentenceSet {

    private SentenceSet() {
    }

    record Expected(String kind, String countType, Double value, Double low, Double high, String qualifier, String role) {
    }

    record Row(String category, String text, List<Expected> expected, Map<String, String> context) {
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static boolean contextMatches(String key, String want, String actual) {
        if (want.equals("-")) return actual == null;
        if (actual == null) return false;
        if (want.equals("*")) return true;
        if (key.equals("attribution") || key.equals("subject")) return actual.toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT));
        return want.equalsIgnoreCase(actual);
    }

    static boolean matches(Expected e, ExtractedClaim c) {
        if (!e.kind().equals(lower(c.kind()))) return false;
        // money has no meaningful count type; everything else must match exactly
        if (!e.kind().equals("money") && !e.countType().equals(c.countType())) return false;
        if (e.low() != null) return e.low().equals(c.low()) && e.high().equals(c.high());
        return e.value().equals(c.value());
    }

    /** Rows of a sentence set in this package's TSV format (see the header of heldout-sentences.tsv). */
    static List<Row> load(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = SentenceSet.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                List<Expected> exp = new ArrayList<>();
                if (!cols[2].trim().equals("none")) {
                    for (String c : cols[2].trim().split(";")) {
                        String[] f = c.split("/");
                        Double v = null, lo = null, hi = null;
                        if (f[2].contains("~")) {
                            lo = Double.valueOf(f[2].split("~")[0]);
                            hi = Double.valueOf(f[2].split("~")[1]);
                        } else {
                            v = Double.valueOf(f[2]);
                        }
                        exp.add(new Expected(f[0], f[1], v, lo, hi, f[3], f[4]));
                    }
                }
                Map<String, String> context = new LinkedHashMap<>();
                if (cols.length > 3) {
                    for (String kv : cols[3].trim().split(";")) {
                        int eq = kv.indexOf('=');
                        if (eq > 0) context.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                    }
                }
                rows.add(new Row(cols[0], cols[1], exp, context));
            }
        }
        return rows;
    }
}
