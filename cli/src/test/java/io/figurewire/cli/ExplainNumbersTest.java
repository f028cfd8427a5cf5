package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** explain --numbers: one JSON line per input line, blank lines included, in NewsQuant's format. */
class ExplainNumbersTest {

    @Test
    void oneLinePerInputLineWithValuesRangesAndSkippedNumbers() throws Exception {
        String input = "Exports rose 4% to $2.3 billion in 2019.\n\nBetween 40 and 50 people came on March 3.\n";
        PrintStream was = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertThat(Main.run("explain", "--numbers", "--text", input)).isZero();
        } finally {
            System.setOut(was);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertThat(first.path("numbers")).extracting(n -> n.path("value").asDouble()).containsExactly(4.0, 2.3e9);
        assertThat(first.path("skipped").get(0).path("reason").asText()).isEqualTo("year");
        assertThat(json.readTree(lines[1]).path("numbers")).isEmpty();
        JsonNode range = json.readTree(lines[2]).path("numbers").get(0);
        assertThat(range.path("low").asDouble()).isEqualTo(40.0);
        assertThat(range.path("high").asDouble()).isEqualTo(50.0);
        assertThat(json.readTree(lines[2]).path("skipped").get(0).path("reason").asText()).isEqualTo("date");
    }
}
