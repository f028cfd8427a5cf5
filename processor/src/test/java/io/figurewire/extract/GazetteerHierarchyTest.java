package io.figurewire.extract;

import java.util.ArrayList;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The GeoNames gazetteer: it loads, places sit in their hierarchy, ambiguous names resolve by context, common words stay words. */
class GazetteerHierarchyTest {

    private final ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();
    private final Gazetteer gz = ex.gazetteer();

    private List<GeoPlace> places(String sentence) {
        return places(sentence, null);
    }

    private List<GeoPlace> places(String sentence, GeoPlace anchor) {
        return gz.find(Lexer.lex(sentence), anchor).stream().filter(h -> h.place() != null).map(h -> h.place().geo()).toList();
    }

    @Test
    void theBundledGeoNamesLoad() {
        assertThat(ClaimExtractor.geoNames().placeCount()).isGreaterThan(190_000);
        assertThat(gz.anchor("Antakya, Hatay, Turkey")).satisfies(p -> {
            assertThat(p.level()).isEqualTo(GeoPlace.Level.TOWN);
            assertThat(p.admin1()).isEqualTo("Hatay");
            assertThat(p.country()).isEqualTo("Turkey");
        });
    }

    @Test
    void aHandListedAreaNamedWithItsPlaceNounIsTheGeoNamesProvince() throws Exception {
        // "Herat province" in places.json: GeoNames has no place of that spelling but has its province
        // "Herat"; unplaced, its key joined nothing and the country's reports of its event stayed on another row
        JsonNode root = new ObjectMapper().readTree(Gazetteer.class.getResourceAsStream("places.json"));
        List<String> unplaced = new ArrayList<>();
        for (JsonNode p : root.path("places")) {
            String name = p.path("name").asText();
            int space = name.lastIndexOf(' ');
            if (space < 0 || !"area".equals(p.path("kind").asText()) || !ex.gazetteer().resolver().rules().placeNouns().contains(name.substring(space + 1).toLowerCase(Locale.ROOT))) continue;
            boolean admin = ClaimExtractor.geoNames().named(name.substring(0, space)).stream()
                    .anyMatch(g -> g.level() == GeoPlace.Level.ADMIN1 || g.level() == GeoPlace.Level.ADMIN2);
            Gazetteer.Place place = gz.place(name);
            if (admin && (place == null || place.geo().country() == null)) unplaced.add(name);
        }
        assertThat(unplaced).as("places.json areas named with their place noun that lie in no country").isEmpty();
        assertThat(gz.place("Herat province").geo().path()).isEqualTo("Herat, Afghanistan");
    }

    @Test
    void aTownLiesInItsProvinceAndCountryAndNotTheOtherWayRound() {
        GeoPlace antakya = gz.anchor("Antakya, Hatay, Turkey");
        GeoPlace hatay = places("Rescuers in Hatay province worked overnight.").get(0);
        GeoPlace turkey = gz.geo("Turkey", null);
        GeoPlace gaziantep = gz.anchor("Gaziantep, Gaziantep, Turkey");
        assertThat(hatay.level()).isEqualTo(GeoPlace.Level.ADMIN1);
        assertThat(turkey.contains(antakya)).isTrue();
        assertThat(hatay.contains(antakya)).isTrue();
        assertThat(turkey.contains(hatay)).isTrue();
        assertThat(antakya.contains(turkey)).isFalse();
        assertThat(hatay.contains(gaziantep)).isFalse();
        assertThat(antakya.contains(antakya)).isTrue();
        assertThat(antakya.path()).isEqualTo("Antakya, Hatay, Turkey");
    }

    @Test
    void aPlaceIsShownAsEnglishWiresSpellItWithoutDiacritics() {
        // GeoNames' main names carry diacritics ("Hāthras", "Léogâne", "Şanlıurfa"); wires write them plain,
        // and a desk searching the table for the town it read should find it
        assertThat(places("A stampede in Hathras, Uttar Pradesh, killed 121.").get(0).path())
                .isEqualTo("Hathras, Uttar Pradesh, India");
        assertThat(places("Streets in Leogane turned into rivers, the charity said.")).extracting(GeoPlace::name)
                .containsExactly("Leogane");
        assertThat(places("Rescuers in Sanliurfa province worked overnight.")).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("Sanliurfa, Turkey"));
        // the plain form names the same place, so the hierarchy still holds across spellings
        assertThat(gz.geo("Uttar Pradesh", null).contains(places("A stampede in Hathras, Uttar Pradesh, killed 121.").get(0)))
                .isTrue();
    }

    @Test
    void aNameWhoseFirstWordIsAShortArticleIsStillAPlace() {
        // "El", "Le": too short to open a one-word name ("In", "At", "US" stay words), not a longer one
        assertThat(places("The death toll in El Paso rose to 22.")).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("El Paso, Texas, United States"));
        assertThat(places("Firefighters in Le Mans worked overnight.")).extracting(GeoPlace::name).containsExactly("Le Mans");
        assertThat(places("Rescuers At Dawn found nine more.")).isEmpty();
    }

    @Test
    void anUnknownPlaceSitsInTheKnownPlaceItsPathNames() {
        GeoPlace emmet = gz.anchor("Port Emmet, Valdoria");
        assertThat(emmet.level()).isEqualTo(GeoPlace.Level.UNKNOWN);
        assertThat(emmet.country()).isEqualTo("Valdoria");
        GeoPlace site = gz.anchor("Harlow Quay, London, England, United Kingdom");
        assertThat(gz.geo("London", null).contains(site)).isTrue();
        assertThat(gz.geo("United Kingdom", null).contains(site)).isTrue();
        assertThat(gz.geo("Norway", null).contains(site)).isFalse();
    }

    @Test
    void anAmbiguousNameIsReadByThePlacesAroundIt() {
        assertThat(places("Flooding in Springfield, Illinois, closed two schools.").get(0).admin1()).isEqualTo("Illinois");
        assertThat(places("Flooding in Springfield, Missouri, closed two schools.").get(0).admin1()).isEqualTo("Missouri");
        GeoPlace illinois = gz.anchor("Peoria, Illinois, United States");
        assertThat(places("Crews in Springfield cleared the roads.", illinois).get(0).admin1()).isEqualTo("Illinois");
    }

    @Test
    void withoutContextTheMorePopulousReadingWins() {
        GeoPlace alone = places("Crews in Springfield cleared the roads.").get(0);
        assertThat(alone.country()).isEqualTo("United States");
        assertThat(alone.population()).isGreaterThanOrEqualTo(
                ClaimExtractor.geoNames().named("Springfield").stream().mapToLong(GeoPlace::population).max().orElseThrow());
    }

    @Test
    void commonWordsThatArePlaceNamesStayWords() {
        assertThat(places("Police said 12 people had died.")).isEmpty();
        assertThat(places("Hope was fading for the 30 people still missing.")).isEmpty();
        assertThat(places("Mobile networks failed after the quake.")).isEmpty();
        assertThat(places("Relatives of Aurora Greenway said she was 71.")).isEmpty();
        assertThat(places("A spokesman said 40 homes were lost.")).isEmpty();
    }

    @Test
    void aStopNameCountsWhenItsStateOrAPlaceNounConfirmsIt() {
        assertThat(places("The storm flooded 300 homes in Mobile, Alabama.")).first()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Mobile"));
        assertThat(places("The storm flooded 300 homes in Mobile.")).extracting(GeoPlace::name).containsExactly("Mobile");
        assertThat(places("The figures were first reported in the Post.")).isEmpty();
        assertThat(places("The figures were first reported in March.")).isEmpty();
    }

    @Test
    void aPersonsNameThatIsATownCountsAfterAPrepositionOnly() {
        assertThat(places("Floods in Jackson closed 40 schools.")).extracting(GeoPlace::name).containsExactly("Jackson");
        assertThat(places("The report by Jackson said 40 schools closed.")).isEmpty();
        assertThat(places("Schools closed in March after 40 cases.")).isEmpty();
    }

    @Test
    void aSmallTownCountsAfterAPrepositionButNotAlone() {
        // Amasra (Turkey) has fewer people than the threshold: named alone it is no place, "in Amasra" is
        assertThat(places("Rescuers in Amasra pulled 8 people from the pit.")).extracting(GeoPlace::name).containsExactly("Amasra");
        assertThat(places("Amasra officials said 8 people were rescued.")).isEmpty();
    }

    @Test
    void aDatelinePlaceNoGazetteerKnowsIsFoundInTheText() {
        GeoPlace karsk = gz.anchor("Karsk");
        assertThat(places("Rescuers in Karsk said 12 miners had died.", karsk)).containsExactly(karsk);
        assertThat(places("Rescuers in Karsk said 12 miners had died.")).isEmpty();
    }

    @Test
    void aLongerGeoNamesNameWinsOverTheListedPlaceItStartsWith() {
        // "Santiago" alone is Chile's capital; "Santiago de Cuba" is a city of Cuba, "Benin City" one of Nigeria
        assertThat(places("Rescuers in Santiago de Cuba searched the rubble of 12 homes.")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("Cuba"));
        assertThat(places("Floods in Benin City closed 40 schools.")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("Nigeria"));
        assertThat(places("Rescuers in Santiago searched the rubble of 12 homes.")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("Chile"));
        // a number after the name is no word of it ("Marseille 13" is a district), nor is a longer proper name
        assertThat(places("In Marseille 13 people were hurt.")).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Marseille"));
        assertThat(places("The Texas City Council met on Monday.")).extracting(GeoPlace::name).doesNotContain("Texas City");
    }
}
