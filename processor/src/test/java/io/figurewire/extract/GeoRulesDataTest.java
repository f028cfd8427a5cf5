package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The word lists of geo-rules.json: no duplicates within a list, and each written in the case the rules compare it in. */
class GeoRulesDataTest {

    private static JsonNode rules() throws Exception {
        try (InputStream in = GeoRulesDataTest.class.getResourceAsStream("geo-rules.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> list(JsonNode root, String name) {
        List<String> out = new ArrayList<>();
        root.path(name).forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void listsHaveNoDuplicatesAndTheRightCase() throws Exception {
        JsonNode root = rules();
        for (String name : List.of("confirmBefore", "modifiers", "placeNouns", "stopNames", "personNames", "datelineSkip", "eventNouns", "facilityNouns", "months",
                "pointEventWords", "arealEventWords", "sitePrepositions", "notEventAfter", "notSiteNames")) {
            List<String> words = list(root, name);
            assertThat(words).as(name).isNotEmpty().doesNotHaveDuplicates();
        }
        for (String name : List.of("confirmBefore", "modifiers", "placeNouns", "eventNouns", "facilityNouns", "months",
                "pointEventWords", "arealEventWords", "sitePrepositions", "notEventAfter")) {
            assertThat(list(root, name)).as(name).allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)));
        }
        assertThat(list(root, "stopNames")).allMatch(w -> Character.isUpperCase(w.charAt(0))).doesNotContainAnyElementsOf(list(root, "personNames"));
        assertThat(list(root, "personNames")).allMatch(w -> Character.isUpperCase(w.charAt(0)));
        assertThat(list(root, "notSiteNames")).allMatch(w -> Character.isUpperCase(w.charAt(0)));
        assertThat(list(root, "pointEventWords")).doesNotContainAnyElementsOf(list(root, "arealEventWords"));
        assertThat(list(root, "datelineSkip")).allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
    }

    @Test
    void everyStopNameIsAPlaceSomewhereOrTheListWouldNotNeedIt() throws Exception {
        Set<String> notPlaces = new HashSet<>();
        List<String> names = new ArrayList<>(list(rules(), "stopNames"));
        names.addAll(list(rules(), "personNames"));
        for (String w : names) {
            if (ClaimExtractor.geoNames().named(w).isEmpty()) notPlaces.add(w);
        }
        assertThat(notPlaces).as("stop names that name no GeoNames place").isEmpty();
    }
}
