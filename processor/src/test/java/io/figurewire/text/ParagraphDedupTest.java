package io.figurewire.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.text.CrossArticleDedup.Outcome;
import io.figurewire.text.CrossArticleDedup.Sighting;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphDedupTest {

    static final String TOLL = "The storm has killed 57,338 people across the three northern provinces since Friday, "
            + "the interior ministry said in a statement on Wednesday evening.";

    static List<Sighting> seen(String text) {
        return List.of(Sighting.of(ParagraphSignature.of(text), "a1", 2));
    }

    static CrossArticleDedup.Verdict judge(String text, List<Sighting> earlier) {
        return CrossArticleDedup.judge(ParagraphSignature.of(text), earlier);
    }

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
    void withinAnArticleATypoedCopyIsARepeatToo() {
        String caption = "Smoke rises over the harbour district after the fire spread to three warehouses near the docks on Sunday.";
        String typo = "Smoke rises over the harbour distrct after the fire spread to three warehouses near the docks on Sunday";
        ArticleParagraphs p = ArticleParagraphs.of(List.of(caption, "Firefighters worked through the night.", typo));
        assertThat(p.keptTexts()).containsExactly(caption, "Firefighters worked through the night.");
        assertThat(p.repeatsWithin()).isEqualTo(1);
    }

    @Test
    void acrossArticlesARepeatIsDroppedAndARevisionKept() {
        var repeat = judge(TOLL, seen(TOLL));
        assertThat(repeat.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(repeat.of().articleId()).isEqualTo("a1");
        assertThat(repeat.kept()).isFalse();
        var revision = judge(TOLL.replace("57,338", "57,500"), seen(TOLL));
        assertThat(revision.outcome()).isEqualTo(Outcome.REVISION);
        assertThat(revision.of().index()).isEqualTo(2);
        assertThat(revision.kept()).isTrue();
        assertThat(judge(TOLL, List.of()).outcome()).isEqualTo(Outcome.NEW);
    }

    @Test
    void punctuationSpacingCaseAndATypoMakeANearDuplicate() {
        List<Sighting> earlier = seen(TOLL);
        assertThat(judge(TOLL.replace(",", "").replace(" in a ", "  in a "), earlier).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(judge(TOLL.toUpperCase(java.util.Locale.ROOT), earlier).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(judge(TOLL.replace("57,338", "57338"), earlier).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(judge(TOLL.replace("provinces", "provinecs"), earlier).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(judge(TOLL.replace("statement", "statment").replace("evening", "evenning"), earlier).outcome())
                .isEqualTo(Outcome.DUPLICATE);
        // a typo plus another figure: still the newer figure, kept
        assertThat(judge(TOLL.replace("provinces", "provinecs").replace("57,338", "58,001"), earlier).outcome())
                .isEqualTo(Outcome.REVISION);
    }

    @Test
    void aChangedWordIsNotATypo() {
        List<Sighting> earlier = seen(TOLL);
        assertThat(judge(TOLL.replace("killed", "injured"), earlier).outcome()).isEqualTo(Outcome.NEW);
        assertThat(judge(TOLL.replace("northern", "southern"), earlier).outcome()).isEqualTo(Outcome.NEW);
        // short lines must match exactly: one letter can be the news
        String headline = "Strikes hit Iran overnight";
        assertThat(judge("Strikes hit Iraq overnight", seen(headline)).outcome()).isEqualTo(Outcome.NEW);
    }

    @Test
    void nearDuplicatesShareTheRoutingKeyUnlessTheTypoIsInTheLeadWords() {
        String key = ParagraphSignature.of(TOLL).nearKey();
        assertThat(ParagraphSignature.of(TOLL.replace("57,338", "60,000")).nearKey()).isEqualTo(key);
        assertThat(ParagraphSignature.of(TOLL.replace("provinces", "provinecs")).nearKey()).isEqualTo(key);
        assertThat(ParagraphSignature.of(TOLL.replace("The storm has", "The storm, has")).nearKey()).isEqualTo(key);
        // the documented trade-off: a typo among the first six words routes elsewhere
        assertThat(ParagraphSignature.of(TOLL.replace("storm", "strom")).nearKey()).isNotEqualTo(key);
    }

    @Test
    void aSightingSurvivesTheStoreEncoding() {
        Sighting s = Sighting.of(ParagraphSignature.of(TOLL), "id\twith\ttabs", 7);
        assertThat(Sighting.decode(s.encode())).isEqualTo(s);
    }

    @Test
    void unrelatedParagraphsAreFarApartInSimHash() {
        long a = ParagraphSignature.of(TOLL).simHash();
        long b = ParagraphSignature.of("Shares in the carmaker rose sharply after it reported record deliveries "
                + "for the quarter and raised its forecast for the full year.").simHash();
        assertThat(SimHash.distance(a, b)).isGreaterThan(SimHash.NEAR_BITS);
    }

    @Test
    void editDistanceRespectsItsBudget() {
        assertThat(EditDistance.atMost("kitten", "sitting", 3)).isTrue();
        assertThat(EditDistance.atMost("kitten", "sitting", 2)).isFalse();
        assertThat(EditDistance.atMost("abc", "abc", 0)).isTrue();
        assertThat(EditDistance.atMost("", "ab", 1)).isFalse();
        assertThat(EditDistance.atMost("abcdefgh", "abdcefgh", 1)).isTrue();
        assertThat(EditDistance.atMost("northern", "southern", 1)).isFalse();
    }
}
