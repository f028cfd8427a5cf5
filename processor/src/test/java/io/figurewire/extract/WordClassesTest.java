package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordClassesTest {

    @Test
    void everyClassIsDocumentedLowerCaseAndFreeOfRepeats() throws IOException {
        try (InputStream in = WordClasses.class.getResourceAsStream(WordClasses.RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("_")) continue;
                assertThat(e.getValue().path("doc").asText()).as("doc of %s", e.getKey()).isNotBlank();
                Set<String> seen = new HashSet<>();
                for (JsonNode w : e.getValue().path("words")) {
                    assertThat(w.asText()).as("word in %s", e.getKey()).isEqualTo(w.asText().toLowerCase(Locale.ROOT)).isNotBlank();
                    assertThat(seen.add(w.asText())).as("'%s' twice in %s", w.asText(), e.getKey()).isTrue();
                }
                assertThat(seen).as("words of %s", e.getKey()).isNotEmpty();
            }
        }
    }

    @Test
    void classesAreReadByName() {
        assertThat(WordClasses.get("months")).contains("january", "sept");
        assertThat(WordClasses.get("time-units")).contains("hours", "decade");
        assertThatThrownBy(() -> WordClasses.get("no-such-class")).hasMessageContaining("no-such-class");
    }
}
