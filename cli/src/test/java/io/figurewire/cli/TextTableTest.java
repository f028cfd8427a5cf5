package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void theMarkdownFormPadsEachColumnToItsWidestCellAndMarksRightAlignedOnes() {
        TextTable t = new TextTable(200, "run", "articles/s").row("pass-through", "8,967").row("full", "53");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        t.printMarkdown(new PrintStream(bytes, true, StandardCharsets.UTF_8), "lr");
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "| run          | articles/s |",
                "|--------------|-----------:|",
                "| pass-through |      8,967 |",
                "| full         |         53 |");
    }

    @Test
    void anAlignmentPerColumnIsRequired() {
        TextTable t = new TextTable(200, "a", "b");
        assertThatThrownBy(() -> t.printMarkdown(System.out, "l")).isInstanceOf(IllegalArgumentException.class);
    }
}
