package io.figurewire.extract;

import io.figurewire.testing.SharedFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Duckling's English numeral corpus (../shared/peers/duckling, read at test time): each whole
 * input must read as exactly one number with the corpus value. Vague quantities are left out on
 * purpose: the extractor must not turn them into counts.
 */
class DucklingNumeralPeerTest {

    private static final Map<String, String> EXCLUDED = Map.of(
            "a few", "vague quantity, never a count",
            "few", "vague quantity, never a count",
            "a couple", "vague quantity ('a couple of days'), never a count",
            "a couple of", "vague quantity, never a count",
            "single", "adjective ('a single strike'), not a numeral in news",
            "30 l", "'l' after a number is litres in news, not lakh");

    @Test
    void numeralCorpus() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SharedFiles.require("peers/duckling/numeral_en_corpus.json").toFile());
        int pass = 0, total = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode g : root.path("groups")) {
            double expected = g.path("value").asDouble();
            for (JsonNode in : g.path("inputs")) {
                String input = in.asText();
                if (EXCLUDED.containsKey(input)) continue;
                total++;
                List<NumberMention> got = NumberScanner.scan(input).stream()
                        .filter(m -> m.shape() == NumberMention.Shape.NUMBER || m.shape() == NumberMention.Shape.FRACTION).toList();
                boolean ok = got.size() == 1 && Math.abs(got.get(0).value() - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
                if (ok) pass++;
                else failures.add(input + " -> " + got.stream().map(m -> m.text() + "=" + m.value()).toList() + " (want " + expected + ")");
            }
        }
        double rate = (double) pass / total;
        System.out.printf("Duckling numeral corpus: %d/%d = %.3f (excluded %s)%n", pass, total, rate, EXCLUDED.keySet());
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertThat(rate).as("Duckling pass rate; failures: " + failures).isGreaterThanOrEqualTo(0.95);
    }
}
