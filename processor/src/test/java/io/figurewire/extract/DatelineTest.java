package io.figurewire.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Datelines in the forms wires use, and openers that only look like one. */
class DatelineTest {

    private static final PlaceRules RULES = ClaimExtractor.withDefaultLexicon().gazetteer().resolver().rules();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "KARSK \u2014 A gas explosion tore through the colliery on Monday.|Karsk|-",
            "PORT EMMET, Valdoria (Reuters) \u2014 Floodwaters rose overnight.|Port Emmet|Valdoria",
            "ANKARA, Turkey (AP) \u2014 The quake struck before dawn.|Ankara|Turkey",
            "BEIRUT, August 8. /TASS/. The toll has risen.|Beirut|-",
            "BEIRUT: The army said seven people were missing.|Beirut|-",
            "Kathmandu, Nepal: The toll has risen.|Kathmandu|Nepal",
            "NEW ORLEANS - Crews cleared the levee.|New Orleans|-",
            "ST. BRIDGET, Northland (Wire) \u2014 Snow cut the road.|St. Bridget|Northland",
            "FT. KELLAN (Wire) \u2014 Snow cut the road.|Ft. Kellan|-",
            "KARSK. NORDPRESS: The toll has risen to 40.|Karsk|-",
            "PORT EMMET. VALPRESS - The toll has risen to 40.|Port Emmet|-",
    })
    void aDatelineNamesItsPlace(String paragraph, String place, String within) {
        Dateline d = Dateline.parse(paragraph, RULES.datelineSkip(), RULES.months());
        assertThat(d).isNotNull();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.within()).isEqualTo(within);
    }

    /** "KARSK. NORDPRESS:" is a place, then the agency (a full stop after a name, not an abbreviation's): the text starts after it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KARSK. NORDPRESS: The toll has risen to 40.",
            "KARSK. NORDPRESS - The toll has risen to 40.",
            "KARSK (Wire) \u2014 The toll has risen to 40.",
    })
    void theStoryStartsAfterTheAgency(String paragraph) {
        Dateline d = Dateline.parse(paragraph, RULES.datelineSkip(), RULES.months());
        assertThat(paragraph.substring(d.end()).strip()).isEqualTo("The toll has risen to 40.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UPDATE \u2014 The toll has risen to 40.",
            "FILE - Emergency teams search the rubble.",
            "LATEST: THE death toll has hit 84, police say.",
            "RECAP: Rescuers worked through the night.",
            "DEVELOPING - The toll has risen to 40.",
            "The toll rose \u2014 and kept rising.",
            "Officials said 40 people died.",
            "Six people have died.",
            "Lebanon\u2019s health minister said 25 people had been killed.",
            "US officials say the deal is close.",
    })
    void anOpenerThatIsNoDatelineGivesNone(String paragraph) {
        assertThat(Dateline.parse(paragraph, RULES.datelineSkip(), RULES.months())).isNull();
    }
}
