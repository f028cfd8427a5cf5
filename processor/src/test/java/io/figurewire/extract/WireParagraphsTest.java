package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole wire paragraphs (wire-paragraphs.tsv): datelines, sources named in one sentence and
 * referred to by pronoun in the next, revisions, projections, increments and vague or spelled
 * numbers, as real wire copy mixes them. Scored like the held-out set (strict on {@code other},
 * context checks on every expected claim of a row). The set was written and measured before
 * any rule changed for it; the first score is in the commit that added it.
 */
class WireParagraphsTest {

    @Test
    void wireParagraphScore() throws IOException {
        List<SentenceSet.Row> rows = SentenceSet.load("wire-paragraphs.tsv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        SentenceScore score = SentenceScore.of(rows, ClaimExtractor.withDefaultLexicon(), SentenceSet::matches);
        score.print("wire paragraphs");
        assertThat(score.f1()).as("wire paragraph claim F1").isGreaterThanOrEqualTo(0.0);
    }
}
