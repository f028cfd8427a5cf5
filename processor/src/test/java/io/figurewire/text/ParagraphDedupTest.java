package io.figurewire.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.text.CrossArticleDedup.Outcome;
import io.figurewire.text.CrossArticleDedup.Sighting;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphDedupTest {

    @Test
    void normalisationIgnoresQuotesDashesSpacingAndCase() {
        assertThat(Fingerprints.exact("\u201cWe will rebuild\u201d \u2014 the mayor said  today."))
                .isEqualTo(Fingerprints.exact("\"we will rebuild\" - The Mayor said today."));
        assertThat(Fingerprints.exact("The mayor said today.")).isNotEqualTo(Fingerprints.exact("The mayor said yesterday."));
    }

    @Test
    void revisionsShareTheMaskedFingerprintButNotTheExactOne() {
        String before = "The storm has killed 57,338 people, officials said.";
        String after = "The storm has killed 57,500 people, officials said.";
        assertThat(Fingerprints.masked(before)).isEqualTo(Fingerprints.masked(after));
        assertThat(Fingerprints.exact(before)).isNotEqualTo(Fingerprints.exact(after));
    }

    @Test
    void withinAnArticleOnlyTheFirstCopyIsKept() {
        ArticleParagraphs p = ArticleParagraphs.of(List.of("Title", "Body one.", "Title", "Body two.", "body ONE."));
        assertThat(p.keptTexts()).containsExactly("Title", "Body one.", "Body two.");
        assertThat(p.kept()).extracting(ArticleParagraphs.Kept::index).containsExactly(0, 1, 3);
        assertThat(p.repeatsWithin()).isEqualTo(2);
        assertThat(p.paragraphCount()).isEqualTo(5);
    }

    @Test
    void acrossArticlesARepeatIsDroppedAndARevisionKept() {
        String original = Fingerprints.exact("Nine people died.");
        List<Sighting> seen = List.of(new Sighting(original, "a1", 2));
        var repeat = CrossArticleDedup.judge(original, seen);
        assertThat(repeat.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(repeat.of().articleId()).isEqualTo("a1");
        assertThat(repeat.kept()).isFalse();
        var revision = CrossArticleDedup.judge(Fingerprints.exact("Eleven people died."), seen);
        assertThat(revision.outcome()).isEqualTo(Outcome.REVISION);
        assertThat(revision.kept()).isTrue();
        assertThat(CrossArticleDedup.judge(original, List.of()).outcome()).isEqualTo(Outcome.NEW);
    }
}
