package io.figurewire.extract;

import io.figurewire.testing.SharedFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the seed articles through the extractor and scores the claims with the project's own
 * scorer ({@code ../shared/eval/score_claims.py}, run with python3), so the numbers here are
 * the ones the project is judged on. The seed texts are read at test time, never copied.
 */
class SeedClaimsScoreTest {

    /** The predictions are written here so that each run leaves nothing behind in /tmp. */
    @TempDir
    Path scratch;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedClaimsScoreAtTheIssueBar() throws Exception {
        Path articles = SharedFiles.require("seeds/articles.jsonl");
        Path gold = SharedFiles.require("eval/seeds.claims.jsonl");
        Path scorer = SharedFiles.require("eval/score_claims.py");
        Path pred = scratch.resolve("seed-claims.jsonl");
        ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode a = JSON.readTree(line);
            String id = a.path("id").asText();
            List<String> paragraphs = paragraphs(a.path("body").asText(""));
            String main = ex.mainLocation(a.path("title").asText(null), paragraphs.subList(0, Math.min(3, paragraphs.size())));
            ArticleContext ctx = new ArticleContext(id, a.path("title").asText(null), a.path("source").asText(null),
                    a.path("url").asText(null), parse(a.path("published").asText(null)), main);
            for (int i = 0; i < paragraphs.size(); i++) {
                for (ExtractedClaim c : ex.extract(paragraphs.get(i), i, ctx)) {
                    out.append(JSON.writeValueAsString(toJson(id, c))).append('\n');
                }
            }
        }
        Files.writeString(pred, out.toString(), StandardCharsets.UTF_8);
        JsonNode score = runScorer(scorer, gold, pred);
        System.out.println("seed claims: " + score);
        assertThat(score.path("f1").asDouble()).as("core F1").isGreaterThanOrEqualTo(0.95);
        assertThat(score.path("qualifier_acc").asDouble()).as("qualifier accuracy").isGreaterThanOrEqualTo(0.9);
        assertThat(score.path("role_acc").asDouble()).as("role accuracy").isGreaterThanOrEqualTo(0.9);
    }

    /** Paragraphs as the brief's crude cleaner gives them: lines, exact repeats dropped, short unpunctuated lines skipped. */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : body.split("\\R")) {
            String p = raw.strip();
            if (p.isEmpty()) continue;
            boolean punctuated = p.indexOf('.') >= 0 || p.indexOf('!') >= 0 || p.indexOf('?') >= 0;
            if (p.length() < 40 && !punctuated) continue;
            if (!seen.add(p.toLowerCase(Locale.ROOT))) continue;
            out.add(p);
        }
        return out;
    }

    static ObjectNode toJson(String articleId, ExtractedClaim c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("article_id", articleId);
        o.put("paragraph_index", c.paragraphIndex());
        o.put("sentence", c.sentence());
        o.put("text", c.text());
        o.put("metric", c.metric());
        o.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        o.put("count_type", c.countType());
        if (c.value() != null) o.put("value", c.value()); else o.putNull("value");
        if (c.low() != null) o.put("low", c.low()); else o.putNull("low");
        if (c.high() != null) o.put("high", c.high()); else o.putNull("high");
        o.put("qualifier", c.qualifier().name().toLowerCase(Locale.ROOT));
        o.put("subject", c.subject());
        o.put("location", c.location());
        o.put("period", c.period());
        o.put("attribution", c.attribution());
        o.put("role", c.role().name().toLowerCase(Locale.ROOT));
        return o;
    }

    static JsonNode runScorer(Path scorer, Path gold, Path pred) throws IOException, InterruptedException {
        return runScorer(scorer, gold, pred, true);
    }

    /**
     * Runs the project's scorer; {@code listFailures} adds its per-fact misses and false positives
     * to the output. A held-out split is run without them, so that nobody reads its failures.
     */
    static JsonNode runScorer(Path scorer, Path gold, Path pred, boolean listFailures) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", scorer.toString(), gold.toString(), pred.toString()));
        if (listFailures) command.add("-v");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            Assumptions.assumeTrue(false, "python3 not available to run the project's scorer: " + e.getMessage());
            return null;
        }
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        if (!stderr.isBlank()) System.out.println(stderr);
        assertThat(p.exitValue()).as("scorer exit status; stderr: " + stderr).isZero();
        return JSON.readTree(stdout.strip());
    }

    private static Instant parse(String s) {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
