package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles over one article's claims (ArticleRoles); paragraphs are made up for the rule. */
class ArticleRolesTest {

    private final ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();

    private List<ExtractedClaim> article(String... paragraphs) {
        List<ExtractedClaim> all = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) all.addAll(ex.extract(paragraphs[i], i, ArticleContext.of("t")));
        return ArticleRoles.apply(all);
    }

    private static ClaimRole roleOf(List<ExtractedClaim> claims, String type, double value) {
        return claims.stream().filter(c -> type.equals(c.countType()) && c.value() != null && c.value() == value)
                .findFirst().orElseThrow().role();
    }

    @Test
    void whatANamedDaysEventLeftIsAnEarlierStateWhenTheArticleGivesALargerToll() {
        List<ExtractedClaim> c = article("The death toll from the quarry blast rose to 41 on Thursday.",
                "After Tuesday's blast left 30 dead and 12 missing, rescuers had little hope.");
        assertThat(roleOf(c, "killed", 41)).isEqualTo(ClaimRole.CURRENT);
        assertThat(roleOf(c, "killed", 30)).isEqualTo(ClaimRole.PREVIOUS);
        // the other figure of that clause is the same earlier state
        assertThat(roleOf(c, "missing", 12)).isEqualTo(ClaimRole.PREVIOUS);
    }

    @Test
    void withoutALargerFigureElsewhereTheNamedDaysTollStaysCurrent() {
        List<ExtractedClaim> c = article("Sunday's flood killed 17 people in the valley.", "Crews are still searching for 5 people.");
        assertThat(roleOf(c, "killed", 17)).isEqualTo(ClaimRole.CURRENT);
    }

    @Test
    void aFigureACommaPartsFromTheDayIsTheSentencesOwn() {
        List<ExtractedClaim> c = article("Three days after Friday's quake, the death toll has climbed to 2,310.",
                "Officials expect the toll to pass 3,000, and 2,600 people have died, the ministry said later.");
        assertThat(roleOf(c, "killed", 2310)).isEqualTo(ClaimRole.CURRENT);
    }

    @Test
    void aSmallerFigureOfAnotherPlaceIsNotAnEarlierState() {
        List<ExtractedClaim> c = article("The death toll in Chile rose to 240.", "Monday's storm killed 30 people in Peru.");
        assertThat(roleOf(c, "killed", 30)).isEqualTo(ClaimRole.CURRENT);
    }
}
