package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release set (release-sentences.tsv): hostage deals, prisoner swaps and demanded releases
 * from conflicts other than the seeds, written before the release rules and measured first.
 * Besides the held-out checks it scores the metric key, because the point of the release rules
 * is the key: who is released, whether the release is done, proposed or demanded, and which
 * group. Actual releases and the killed/injured rows guard against the rules spreading.
 *
 * <p>Measured before the release rules: F1 0.795, role 0.909, keys 14/43; after: F1 0.989,
 * role 1.000, keys 43/43. Thresholds sit a little below the measured figures.
 */
class ReleaseSentencesTest {

    @Test
    void releaseScore() throws IOException {
        List<SentenceSet.Row> rows = SentenceSet.load("release-sentences.tsv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(25);
        ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();
        int tp = 0, fp = 0, fn = 0, roleOk = 0, metricOk = 0, metricTotal = 0, ctxOk = 0, ctxTotal = 0;
        List<String> problems = new ArrayList<>();
        for (SentenceSet.Row row : rows) {
            List<ExtractedClaim> got = new ArrayList<>(ex.extract(row.text(), 0, ArticleContext.of("release")));
            String[] metrics = row.context().containsKey("metric") ? row.context().get("metric").split(",") : new String[0];
            for (int i = 0; i < row.expected().size(); i++) {
                SentenceSet.Expected e = row.expected().get(i);
                ExtractedClaim match = got.stream().filter(c -> SentenceSet.matches(e, c)).findFirst().orElse(null);
                if (i < metrics.length) metricTotal++;
                if (match == null) {
                    fn++;
                    problems.add("MISS " + row.text() + " want " + e);
                    continue;
                }
                got.remove(match);
                tp++;
                if (e.role().equals(SentenceSet.lower(match.role()))) {
                    roleOk++;
                } else {
                    problems.add("ROLE " + row.text() + " want " + e.role() + " got " + match.role());
                }
                if (i < metrics.length) {
                    if (metricMatches(metrics[i].trim(), match.metric())) {
                        metricOk++;
                    } else {
                        problems.add("KEY  " + row.text() + " want " + metrics[i].trim() + " got " + match.metric());
                    }
                }
                for (Map.Entry<String, String> check : row.context().entrySet()) {
                    if (check.getKey().equals("metric")) continue;
                    ctxTotal++;
                    String actual = switch (check.getKey()) {
                        case "location" -> match.location();
                        case "attribution" -> match.attribution();
                        case "period" -> match.period();
                        default -> throw new IllegalArgumentException("unknown check " + check.getKey());
                    };
                    if (SentenceSet.contextMatches(check.getKey(), check.getValue(), actual)) {
                        ctxOk++;
                    } else {
                        problems.add("CTX  " + row.text() + " want " + check.getKey() + "=" + check.getValue() + " got " + actual);
                    }
                }
            }
            for (ExtractedClaim c : got) {
                fp++;
                problems.add("FP   " + row.text() + " got " + c.countType() + "/" + c.value() + " (" + c.text() + ") " + c.metric());
            }
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double roleAcc = roleOk / (double) Math.max(1, tp);
        // a key is scored over all expected keys: a missed claim is a missed key too
        double keyAcc = metricOk / (double) Math.max(1, metricTotal);
        double ctxAcc = ctxOk / (double) Math.max(1, ctxTotal);
        System.out.printf("release set: %d rows, tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f role=%.3f keys=%d/%d=%.3f context=%d/%d%n",
                rows.size(), tp, fp, fn, p, r, f1, roleAcc, metricOk, metricTotal, keyAcc, ctxOk, ctxTotal);
        problems.forEach(s -> System.out.println("  " + s));
        assertThat(f1).as("release-set claim F1").isGreaterThanOrEqualTo(0.95);
        assertThat(roleAcc).as("release-set role accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(keyAcc).as("release-set metric key accuracy").isGreaterThanOrEqualTo(0.9);
        assertThat(ctxAcc).as("release-set period accuracy").isGreaterThanOrEqualTo(0.9);
    }

    /** Exact key, or a prefix when the expectation ends in '*'. */
    static boolean metricMatches(String want, String actual) {
        if (actual == null) return false;
        return want.endsWith("*") ? actual.startsWith(want.substring(0, want.length() - 1)) : want.equals(actual);
    }
}
