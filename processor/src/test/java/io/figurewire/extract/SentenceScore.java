package io.figurewire.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Runs the extractor over a sentence set and scores it the same way for every set: claims
 * matched by kind, numbers and count type (the matcher decides how strictly), then qualifier,
 * role, context checks (location, attribution, period) and expected metric keys on the
 * matched ones, and a pass rate per category. Each test keeps only its thresholds.
 */
final class SentenceScore {

    static final Set<String> TRAPS = Set.of("dates", "ages", "ordinals", "refs", "negation", "captions", "misc");

    int tp, fp, fn, qualifierOk, roleOk, contextOk, contextTotal, keyOk, keyTotal;
    final Map<String, int[]> perCategory = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    private final int rows;

    private SentenceScore(int rows) {
        this.rows = rows;
    }

    static SentenceScore of(List<SentenceSet.Row> rows, ClaimExtractor ex, BiPredicate<SentenceSet.Expected, ExtractedClaim> matcher) {
        SentenceScore s = new SentenceScore(rows.size());
        rows.forEach(row -> s.score(row, ex, matcher));
        return s;
    }

    private void score(SentenceSet.Row row, ClaimExtractor ex, BiPredicate<SentenceSet.Expected, ExtractedClaim> matcher) {
        List<ExtractedClaim> got = new ArrayList<>(ex.extract(row.text(), 0, ArticleContext.of("t")));
        String[] keys = row.context().containsKey("metric") ? row.context().get("metric").split(",") : new String[0];
        boolean rowOk = true;
        for (int i = 0; i < row.expected().size(); i++) {
            SentenceSet.Expected e = row.expected().get(i);
            ExtractedClaim match = got.stream().filter(c -> matcher.test(e, c)).findFirst().orElse(null);
            if (i < keys.length) {
                keyTotal++; // a missed claim is a missed key too
            }
            if (match == null) {
                fn++;
                rowOk = false;
                problems.add("MISS [" + row.category() + "] " + row.text() + " want " + e);
                continue;
            }
            got.remove(match);
            tp++;
            boolean q = e.qualifier().equals(SentenceSet.lower(match.qualifier()));
            boolean r = e.role().equals(SentenceSet.lower(match.role()));
            qualifierOk += q ? 1 : 0;
            roleOk += r ? 1 : 0;
            if (!q || !r) {
                rowOk = false;
                problems.add("ATTR [" + row.category() + "] " + row.text() + " want " + e + " got " + match.qualifier() + "/" + match.role());
            }
            if (i < keys.length) {
                if (keyMatches(keys[i].trim(), match.metric())) {
                    keyOk++;
                } else {
                    rowOk = false;
                    problems.add("KEY  [" + row.category() + "] " + row.text() + " want " + keys[i].trim() + " got " + match.metric());
                }
            }
            for (Map.Entry<String, String> check : row.context().entrySet()) {
                if (check.getKey().equals("metric")) {
                    continue;
                }
                contextTotal++;
                String actual = switch (check.getKey()) {
                    case "location" -> match.location();
                    case "attribution" -> match.attribution();
                    case "period" -> match.period();
                    case "subject" -> match.subject();
                    default -> throw new IllegalArgumentException("unknown check " + check.getKey());
                };
                if (SentenceSet.contextMatches(check.getKey(), check.getValue(), actual)) {
                    contextOk++;
                } else {
                    rowOk = false;
                    problems.add("CTX  [" + row.category() + "] " + row.text() + " want " + check.getKey() + "=" + check.getValue()
                            + " got " + actual);
                }
            }
        }
        for (ExtractedClaim c : got) {
            fp++;
            rowOk = false;
            problems.add("FP   [" + row.category() + "] " + row.text() + " got " + c.kind() + "/" + c.countType() + "/" + c.value()
                    + "/" + c.low() + "~" + c.high() + " (" + c.text() + ") " + c.metric());
        }
        int[] cat = perCategory.computeIfAbsent(row.category(), k -> new int[2]);
        cat[1]++;
        cat[0] += rowOk ? 1 : 0;
    }

    /** Exact key, or a prefix when the expectation ends in '*'. */
    static boolean keyMatches(String want, String actual) {
        if (actual == null) {
            return false;
        }
        return want.endsWith("*") ? actual.startsWith(want.substring(0, want.length() - 1)) : want.equals(actual);
    }

    double precision() { return tp / (double) Math.max(1, tp + fp); }
    double recall() { return tp / (double) Math.max(1, tp + fn); }
    double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    double qualifierAccuracy() { return qualifierOk / (double) Math.max(1, tp); }
    double roleAccuracy() { return roleOk / (double) Math.max(1, tp); }
    double contextAccuracy() { return contextOk / (double) Math.max(1, contextTotal); }
    double keyAccuracy() { return keyOk / (double) Math.max(1, keyTotal); }

    /** Share of rows in trap categories (dates, ages, ...) that came out entirely right. */
    double trapPassRate() {
        int ok = 0, total = 0;
        for (Map.Entry<String, int[]> e : perCategory.entrySet()) {
            if (TRAPS.contains(e.getKey())) {
                ok += e.getValue()[0];
                total += e.getValue()[1];
            }
        }
        return total == 0 ? 1 : ok / (double) total;
    }

    /** Prints the figures, per-category pass counts and every problem, so a failing run says why. */
    void print(String name) {
        int rowsOk = perCategory.values().stream().mapToInt(a -> a[0]).sum();
        System.out.printf("%s: %d rows, tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f qualifier=%.3f role=%.3f context=%d/%d keys=%d/%d rows=%d/%d%n",
                name, rows, tp, fp, fn, precision(), recall(), f1(), qualifierAccuracy(), roleAccuracy(), contextOk, contextTotal,
                keyOk, keyTotal, rowsOk, rows);
        perCategory.forEach((k, v) -> System.out.printf("  %-12s %d/%d%n", k, v[0], v[1]));
        problems.forEach(p -> System.out.println("  " + p));
    }
}
