package io.figurewire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data file of the quantity reader: well formed, lowercase, and each idea in one list. */
class QuantityWordsTest {

    private static JsonNode root() throws Exception {
        try (InputStream in = QuantityWords.class.getResourceAsStream("quantity-words.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyListIsLowercaseWithoutRepeats() throws Exception {
        root().fields().forEachRemaining(e -> {
            if (!e.getValue().isArray() || e.getKey().equals("scaleLettersSpaced")) return; // that one is case-sensitive: "8 B"
            Set<String> seen = new HashSet<>();
            e.getValue().forEach(n -> {
                assertThat(n.asText()).as(e.getKey()).isEqualTo(n.asText().toLowerCase(Locale.ROOT));
                assertThat(seen.add(n.asText())).as("repeated in %s: %s", e.getKey(), n.asText()).isTrue();
            });
        });
    }

    @Test
    void aNameWordIsNeverAlsoACommonWordOrACurrency() {
        QuantityWords w = QuantityWords.DEFAULT;
        assertThat(w.referenceBefore).doesNotContainAnyElementsOf(w.functionWords);
        assertThat(w.currencyCodes).doesNotContainAnyElementsOf(w.functionWords).doesNotContainAnyElementsOf(w.units);
        assertThat(w.months).containsAll(w.monthsOnlyCapitalized);
        assertThat(w.fractionDenominators).containsEntry("third", 3).containsEntry("quarter", 4);
    }

    @Test
    void capitalsDecideNamesAndAmbiguousMonths() {
        QuantityWords w = QuantityWords.DEFAULT;
        Lexeme game = Lexer.lex("Game").get(0), the = Lexer.lex("The").get(0), usd = Lexer.lex("USD").get(0);
        assertThat(w.isName(game)).isTrue();
        assertThat(w.isName(Lexer.lex("iPhone").get(0))).isTrue();
        assertThat(w.isName(the)).isFalse();
        assertThat(w.isName(usd)).isFalse();
        assertThat(w.isMonth(Lexer.lex("May").get(0))).isTrue();
        assertThat(w.isMonth(Lexer.lex("may").get(0))).isFalse();
        assertThat(w.isMonth(Lexer.lex("june").get(0))).isTrue();
    }
}
