package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The construction set (construction-sentences.tsv): invented rows for each construction class real
 * wires use (toll updates, breakdowns, other and past events, missing people, destroyed versus damaged,
 * people in need, present-tense headlines), written before the rules for them. The score before those
 * rules is in the commit history; the thresholds guard what the rules reached.
 */
class ConstructionSentencesTest {

    @Test
    void constructionScore() throws IOException {
        List<SentenceSet.Row> rows = SentenceSet.load("construction-sentences.tsv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        SentenceScore score = SentenceScore.of(rows, ClaimExtractor.withDefaultLexicon(), SentenceSet::matches);
        score.print("constructions");
        assertThat(score.f1()).as("construction claim F1").isGreaterThanOrEqualTo(0.97);
        assertThat(score.roleAccuracy()).as("construction role accuracy").isGreaterThanOrEqualTo(0.97);
    }
}
