package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own annotated sentences (annotated-sentences.tsv, written for this project: earthquakes,
 * floods, fires, wars, epidemics, migrant boats, with the traps: dates, ages, ordinals,
 * references, projections, increments, superseded figures, negation, captions). Scores claims
 * by kind + numbers + count type, then qualifier and role on the matched ones, and a
 * sentence pass rate per category.
 */
class AnnotatedSentencesTest {

    @Test
    void accuracyPerCategory() throws IOException {
        List<SentenceSet.Row> rows = SentenceSet.load("annotated-sentences.tsv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        SentenceScore score = SentenceScore.of(rows, ClaimExtractor.withDefaultLexicon(), AnnotatedSentencesTest::matches);
        score.print("annotated");
        assertThat(score.f1()).as("claim F1").isGreaterThanOrEqualTo(0.97);
        assertThat(score.qualifierAccuracy()).as("qualifier accuracy").isGreaterThanOrEqualTo(0.9);
        assertThat(score.roleAccuracy()).as("role accuracy").isGreaterThanOrEqualTo(0.9);
        assertThat(score.trapPassRate()).as("trap sentences with no false claim").isGreaterThanOrEqualTo(0.85);
        score.perCategory.forEach((category, counts) -> assertThat(counts[0] / (double) counts[1])
                .as("sentence pass rate of category " + category).isGreaterThanOrEqualTo(0.75));
    }

    /** Lenient on type: an expected {@code other} accepts any count type (the held-out set is strict). */
    private static boolean matches(SentenceSet.Expected e, ExtractedClaim c) {
        if (!e.kind().equals(c.kind().name().toLowerCase(Locale.ROOT))) return false;
        boolean typeOk = e.countType().equals("other") || e.countType().equals(c.countType());
        if (!typeOk) return false;
        if (e.low() != null) return e.low().equals(c.low()) && e.high().equals(c.high());
        return e.value().equals(c.value());
    }
}
