package io.figurewire.cli;

import io.figurewire.records.RawArticle;
import io.figurewire.schemas.InvalidArticleException;
import io.figurewire.schemas.RawArticleJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code synth} file as the bench uses it: the lines an article reader takes, copied to
 * {@code articles} (published as {@code produce} would), and the lines it refuses (sent to the
 * topic as they are, for the processor to dead-letter), with the wire's truth. Only counts stay in
 * memory: the runs read the files, so the wire does not weigh on the processor's heap.
 */
record BenchWire(Path articles, long count, long bytes, List<String> malformed, SynthWire.Truth truth) {

    static BenchWire split(Path synthFile, Path articlesFile) throws IOException {
        List<String> refused = new ArrayList<>();
        long count = 0;
        try (BufferedReader in = Files.newBufferedReader(synthFile, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(articlesFile, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (parse(line) == null) {
                    refused.add(line);
                } else {
                    out.write(line);
                    out.write('\n');
                    count++;
                }
            }
        }
        return new BenchWire(articlesFile, count, Files.size(articlesFile), List.copyOf(refused), SynthWire.readTruth(synthFile));
    }

    /** The first {@code n} articles (for the latency run), received now. */
    List<RawArticle> first(int n) throws IOException {
        List<RawArticle> out = new ArrayList<>(n);
        try (BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && out.size() < n; line = in.readLine()) {
                out.add(parse(line));
            }
        }
        return out;
    }

    /** Every article's body paragraphs, as published (for the extractor alone). */
    List<List<String>> paragraphs() throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.add(List.of(parse(line).getBody().split("\n\n")));
            }
        }
        return out;
    }

    private static RawArticle parse(String line) {
        try {
            return RawArticleJson.parse(line, Instant.now());
        } catch (InvalidArticleException e) {
            return null;
        }
    }
}
