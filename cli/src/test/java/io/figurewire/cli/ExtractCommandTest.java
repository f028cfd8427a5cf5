package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract, offline: the same cleaning and dedup as the processor, written as JSON Lines. */
class ExtractCommandTest {

    static final String LEDE = "SUVA, Fiji (Wire) - A cyclone destroyed 340 homes on the island of Vanua Levu overnight, the disaster office said on Friday.";
    static final String MORE = "Power was cut to 12,000 households and two roads were closed by landslides, officials said.";

    static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    static Path wire(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path input = dir.resolve("wire.jsonl");
        Files.writeString(input, String.join("\n",
                json.writeValueAsString(java.util.Map.of("id", "c-1", "body", "Home\n" + LEDE + "\n" + MORE + "\nShare this story")),
                json.writeValueAsString(java.util.Map.of("id", "c-2", "body", "By Mere Tuilagi\n" + LEDE.toUpperCase() + "\n" + LEDE)),
                "{not json"));
        return input;
    }

    @Test
    void cleanWritesEachArticleWithWhatWasRemoved(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("clean.jsonl");
        int status = Main.run("extract", "--clean", wire(dir).toString(), "--output", out.toString());
        assertThat(status).as("a rejected line makes the status 3").isEqualTo(3);
        List<JsonNode> articles = lines(out);
        assertThat(articles).extracting(a -> a.get("id").asText()).containsExactly("c-1", "c-2");
        JsonNode first = articles.get(0);
        assertThat(first.get("paragraphs")).extracting(JsonNode::asText).containsExactly(LEDE, MORE);
        assertThat(first.get("removed_boilerplate").asInt()).isEqualTo(2);
        JsonNode copy = articles.get(1);
        assertThat(copy.get("paragraphs")).isEmpty();
        assertThat(copy.get("removed_repeats_within").asInt()).isEqualTo(1);
        assertThat(copy.get("removed_repeats_across").asInt()).isEqualTo(1);
        assertThat(copy.get("removed_boilerplate").asInt()).isEqualTo(1);
    }

    @Test
    void withoutCleanItWritesTheClaimsOfKeptParagraphsOnce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("claims.jsonl");
        Main.run("extract", wire(dir).toString(), "-o", out.toString());
        List<JsonNode> claims = lines(out);
        assertThat(claims).isNotEmpty().allMatch(c -> c.get("article_id").asText().equals("c-1"));
        assertThat(claims).anyMatch(c -> c.get("value").asDouble() == 340.0 && c.has("metric"));
    }
}
