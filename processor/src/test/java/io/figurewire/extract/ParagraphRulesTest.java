package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The general rules for whole wire paragraphs: sources named once and referred to after, places
 * named once, "another" read against the figures already given, trapped people (missing) and responders (other).
 * Sentences here are made up for the rule; none comes from a scored set.
 */
class ParagraphRulesTest {

    private final ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();

    private List<ExtractedClaim> claims(String text) {
        return ex.extract(text, 0, ArticleContext.of("t"));
    }

    @Test
    void aPronounOrABareOrganisationNounTakesTheSourceNamedBefore() {
        assertThat(claims("The bridge fell, Mayor Ines Duarte said. Nine cars were swept away and 4 people drowned, she said."))
                .extracting(ExtractedClaim::attribution).containsOnly("Mayor Ines Duarte");
        assertThat(claims("The storm killed 6 people, the Red Cross said. It said 70 homes were destroyed."))
                .extracting(ExtractedClaim::attribution).containsOnly("Red Cross");
        assertThat(claims("Radio Kivu reported 12 deaths. The station also said 30 people were injured."))
                .extracting(ExtractedClaim::attribution).containsOnly("Radio Kivu");
        // "it" never takes a person, "he" never an organisation
        assertThat(claims("Governor Tom Baker said 5 people died. It said 9 were hurt.")).last()
                .satisfies(c -> assertThat(c.attribution()).isNull());
        assertThat(claims("The Red Cross said 5 people died. He said 9 were hurt.")).last()
                .satisfies(c -> assertThat(c.attribution()).isNull());
    }

    @Test
    void aLoneSurnameIsAPersonButALoneCountryIsNot() {
        assertThat(claims("Okafor told reporters the talks went well. According to him, 40 prisoners will be freed.")).singleElement()
                .satisfies(c -> assertThat(c.attribution()).isEqualTo("Okafor"));
        assertThat(claims("Ukraine said the talks went well. According to him, 40 prisoners will be freed.")).singleElement()
                .satisfies(c -> assertThat(c.attribution()).isNull());
    }

    @Test
    void appositivesParticiplesAndLongNamesKeepTheWholeSource() {
        assertThat(claims("Lena Park, a spokeswoman for the coast guard, said 14 sailors were rescued.")).singleElement()
                .satisfies(c -> assertThat(c.attribution()).isEqualTo("Lena Park"));
        assertThat(claims("The Ministry of Health raised the toll to 31, saying more bodies were found.")).first()
                .satisfies(c -> assertThat(c.attribution()).isEqualTo("Ministry of Health"));
        assertThat(claims("Nine people died, U.N. monitors said.")).singleElement()
                .satisfies(c -> assertThat(c.attribution()).isEqualTo("U.N. monitors"));
    }

    @Test
    void aSentenceNamingNoPlaceTakesThePlaceOfTheParagraph() {
        assertThat(claims("A ferry sank near Zanzibar on Monday, killing 8 people. Another 20 were rescued."))
                .extracting(ExtractedClaim::location).containsOnly("Zanzibar");
    }

    @Test
    void aCountryGivesWayToTheProvinceItContains() {
        assertThat(claims("Floods hit Sindh province in southern Pakistan, killing 17 people.")).singleElement()
                .satisfies(c -> assertThat(c.location()).isEqualTo("Sindh"));
    }

    @Test
    void anotherIsAnIncrementOnlyWhenItAddsToTheSameCount() {
        assertThat(claims("Twelve people drowned. Another 40 were rescued.")).last()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.CURRENT));
        assertThat(claims("Twelve people drowned on Monday. Another 3 bodies were found on Tuesday.")).last()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.INCREMENT));
        assertThat(claims("Another 60 trucks entered the city.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.INCREMENT));
    }

    @Test
    void trappedPeopleAreMissingAndRespondersOther() {
        assertThat(claims("The cave-in trapped 19 miners.")).singleElement()
                .satisfies(c -> assertThat(c.countType()).isEqualTo("missing"));
        assertThat(claims("Some 800 firefighters are battling the flames.")).singleElement()
                .satisfies(c -> assertThat(c.countType()).isEqualTo("other"));
        assertThat(claims("The blaze killed 3 firefighters.")).singleElement()
                .satisfies(c -> assertThat(c.countType()).isEqualTo("killed"));
    }

    @Test
    void aHyphenatedSizeIsNoCountAndPastAfterARiseIsMoreThan() {
        assertThat(claims("The fire gutted a nine-story hotel, killing 15 guests.")).extracting(ExtractedClaim::value)
                .containsExactly(15.0);
        assertThat(claims("The toll climbed past 90 overnight.")).singleElement()
                .satisfies(c -> assertThat(c.qualifier()).isEqualTo(Qualifier.MORE_THAN));
        assertThat(claims("Rescuers saved 30 people in the past 24 hours.")).singleElement()
                .satisfies(c -> assertThat(c.qualifier()).isEqualTo(Qualifier.EXACT));
    }

    @Test
    void aSecondObjectOfTheSameVerbSharesItsCountType() {
        assertThat(claims("Gunmen killed 11 farmers and 4 herders.")).extracting(ExtractedClaim::countType)
                .containsExactly("killed", "killed");
    }
}
