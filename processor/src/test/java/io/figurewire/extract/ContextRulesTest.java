package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The general rules behind tallies named before the figure, "m" = million, pronoun sources and local agencies. */
class ContextRulesTest {

    private final ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();

    private List<ExtractedClaim> claims(String text) {
        return ex.extract(text, 0, ArticleContext.of("t"));
    }

    @Test
    void aTallyNamedBeforeItsFigureGivesTheCountType() {
        assertThat(claims("The number of people killed in the week of fighting has reached 58.")).singleElement()
                .satisfies(c -> assertThat(c.countType()).isEqualTo("killed"));
        assertThat(claims("The number of dead climbed to 1,100, up from 950.")).extracting(ExtractedClaim::role)
                .containsExactly(ClaimRole.CURRENT, ClaimRole.PREVIOUS);
        assertThat(claims("The injury toll stood at 12.")).singleElement()
                .satisfies(c -> assertThat(c.countType()).isEqualTo("injured"));
    }

    @Test
    void aPlaceTheSentenceNamesWithoutAPrepositionBeatsTheArticleDefault() {
        ArticleContext elsewhere = new ArticleContext("t", null, null, null, null, "Norway");
        assertThat(ex.extract("The army said it had struck 40 sites overnight and cut the main road into Kharkiv.", 0, elsewhere))
                .singleElement().satisfies(c -> assertThat(c.location()).isEqualTo("Kharkiv"));
        assertThat(ex.extract("The storm destroyed 300 homes, the UN envoy said.", 0, elsewhere))
                .singleElement().satisfies(c -> assertThat(c.location()).isEqualTo("Norway"));
    }

    @Test
    void aYearBeforeANounIsAYearUnlessTheCountedNounFollowsAtOnce() {
        assertThat(claims("The 2019 agreement freed 60 prisoners, officials said.")).extracting(ExtractedClaim::value)
                .containsExactly(60.0);
        assertThat(claims("Officials said 1900 people had been evacuated.")).extracting(ExtractedClaim::value)
                .containsExactly(1900.0);
    }

    @Test
    void aCountrysLeaderDoesNotMakeItTheArticlesPlace() {
        assertThat(ex.mainLocation("Floods in Bihar dominate talks with US President", List.of("Rescuers in Bihar reached 30 villages.")))
                .isEqualTo("Bihar, India"); // the anchor travels as its path in the place hierarchy
    }

    @Test
    void aVagueNumberOfOrAnUnlinkedTallyIsNoFigure() {
        assertThat(claims("A number of people said the 40 survivors had reached shore.")).noneMatch(c -> "killed".equals(c.countType()));
        assertThat(claims("A number of people met at 40 sites.")).isEmpty();
        assertThat(claims("The death toll was announced by 15 officials at a briefing.")).noneMatch(c -> "killed".equals(c.countType()));
    }

    @Test
    void lowercaseMBeforeACountedPluralIsMillionElsewhereMetres() {
        assertThat(claims("The virus caused 1.5m deaths.")).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(1_500_000.0));
        assertThat(claims("The shaft is 300m deep.")).isEmpty();
    }

    @Test
    void aPronounSourceResolvesOnlyToAPersonNamedJustBefore() {
        assertThat(claims("Dr Sara Klein said 20 people were injured. According to her, 3 died.")).extracting(ExtractedClaim::attribution)
                .containsOnly("Dr Sara Klein");
        assertThat(claims("The health ministry said 20 people were injured. According to him, 3 died."))
                .filteredOn(c -> c.value() == 3.0).singleElement().satisfies(c -> assertThat(c.attribution()).isNull());
        assertThat(claims("According to them, 3 people died.")).singleElement().satisfies(c -> assertThat(c.attribution()).isNull());
    }

    @Test
    void aLocalAgencyNamesItsCountryButAnAttackerDoesNot() {
        assertThat(claims("Italian firefighters rescued 14 people.")).singleElement()
                .satisfies(c -> assertThat(c.location()).isEqualTo("Italy"));
        assertThat(claims("Russian strikes killed 14 people.")).singleElement()
                .satisfies(c -> assertThat(c.location()).isNull());
    }
}
