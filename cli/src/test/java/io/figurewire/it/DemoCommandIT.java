package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.cli.Main;
import io.figurewire.testing.SharedFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./figurewire demo} as a user runs it: its own broker process, the processor, the
 * producer, the report, the JSON outputs, and nothing left running afterwards.
 */
class DemoCommandIT {

    @TempDir
    Path out;

    @Test
    void theBundledSampleWireGivesATableAndLeavesNoProcessBehind() throws Exception {
        String printed = runDemo("--out", out.toString());
        assertThat(printed).contains("[1/5] Kafka", "LATEST FIGURES", "CHANGE LOG", "[5/5]");
        assertThat(printed).contains("killed/sulawesi");
        // the late, older report (19 killed) never becomes the latest figure
        assertThat(printed.lines().filter(l -> l.startsWith("killed/sulawesi")).findFirst().orElseThrow())
                .doesNotContain("demo-quake-late");

        // every change of the toll, in publication order, although paragraphs cross partitions
        ObjectMapper json = new ObjectMapper();
        java.util.List<Long> toll = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("changes.jsonl"))) {
            JsonNode c = json.readTree(line);
            assertThat(c.get("article_id").asText()).isNotEqualTo(LATE);
            if (c.get("metric").asText().equals("killed/sulawesi")) {
                toll.add(c.get("to").get("value").asLong());
            }
        }
        assertThat(toll).containsExactly(12L, 27L, 41L, 58L, 63L);
        // stale only where the item really delivered late reported
        int stale = 0;
        for (JsonNode f : json.readTree(out.resolve("figures.json").toFile())) {
            boolean late = false;
            for (JsonNode r : f.get("history")) {
                late |= r.get("article_id").asText().equals(LATE);
            }
            boolean flagged = f.get("flags").toString().contains("STALE_REPORT_IGNORED");
            assertThat(flagged).as("stale flag on %s", f.get("metric").asText()).isEqualTo(late);
            stale += flagged ? 1 : 0;
        }
        assertThat(stale).isPositive();
    }

    static final String LATE = "demo-quake-late";

    @Test
    void theSeedsReplayScoresAndShowsTheNewestGazaToll() throws Exception {
        Path seeds = SharedFiles.require("seeds/articles.jsonl");
        runDemo("--input", seeds.toString(), "--out", out.toString());

        JsonNode figures = new ObjectMapper().readTree(out.resolve("figures.json").toFile());
        JsonNode killed = null;
        for (JsonNode f : figures) {
            if (f.get("metric").asText().equals("killed/gaza")) {
                killed = f.get("current");
            }
        }
        assertThat(killed).as("killed/gaza in figures.json").isNotNull();
        assertThat(killed.get("value").asLong()).isEqualTo(57_000);
        assertThat(killed.get("qualifier").asText()).isEqualTo("more_than");
        assertThat(killed.get("article_id").asText()).isEqualTo("seed-004");
        assertThat(out.resolve("changes.jsonl")).isNotEmptyFile();

        JsonNode score = score(out.resolve("claims.jsonl"));
        assertThat(score.get("f1").asDouble()).as("core claims F1 %s", score).isGreaterThanOrEqualTo(0.8);
    }

    private static String runDemo(String... extra) {
        String[] args = new String[extra.length + 1];
        args[0] = "demo";
        System.arraycopy(extra, 0, args, 1, extra.length);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try (PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(tee);
            status = Main.run(args);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        original.println(printed);
        assertThat(status).as("demo exit status; output:%n%s", printed).isZero();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("processes left behind by the demo").isEmpty();
        return printed;
    }

    /** The eval's own scorer, run as the issue states it. */
    private static JsonNode score(Path claims) throws Exception {
        Path scorer = SharedFiles.require("eval/score_claims.py");
        Path gold = SharedFiles.require("eval/seeds.claims.jsonl");
        Process p;
        try {
            p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), claims.toString()).redirectErrorStream(false).start();
        } catch (java.io.IOException noPython) {
            assumeTrue(false, "python3 is not installed: cannot run the eval's scorer");
            throw noPython;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("scorer output: %s", output).isZero();
        return new ObjectMapper().readTree(output);
    }
}
