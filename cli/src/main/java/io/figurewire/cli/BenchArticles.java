package io.figurewire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Invented wire articles for the end-to-end benchmark, about 3 KB each, deterministic for a
 * seed: eleven paragraphs of {@link ExtractCorpus} text (claims, traps, narrative), and the ways
 * a wire repeats itself: a fifth are syndicated copies of a recent article under another
 * source, a tenth re-issues with one paragraph updated. Publication times are spaced
 * {@link #SPACING_SECONDS} apart and end now: the broker's time-based retention would delete
 * records stamped months ago while the benchmark reads them.
 */
final class BenchArticles {

    static final int PARAGRAPHS_PER_ARTICLE = 11;
    private static final String[] SOURCES = {"Bench Wire", "Second Agency", "Regional Daily", "Evening Post"};
    /** Seconds between publication times. */
    static final long SPACING_SECONDS = 20;

    /** The articles as published, and the body paragraphs of each (for running the extractor alone). */
    record Wire(List<Map<String, Object>> articles, List<List<String>> paragraphs, long bodyBytes) {

        void writeJsonLines(Path file) throws IOException {
            ObjectMapper json = new ObjectMapper();
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Map<String, Object> a : articles) {
                    w.write(json.writeValueAsString(a));
                    w.write('\n');
                }
            }
        }
    }

    private BenchArticles() {
    }

    static Wire generate(int count, long seed) {
        return generate(count, seed, Instant.now().minusSeconds(SPACING_SECONDS * count));
    }

    static Wire generate(int count, long seed, Instant first) {
        Random r = new Random(seed);
        List<String> text = ExtractCorpus.generate(count * PARAGRAPHS_PER_ARTICLE, seed).paragraphs();
        List<Map<String, Object>> articles = new ArrayList<>(count);
        List<List<String>> bodies = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            int roll = r.nextInt(10);
            List<String> body;
            if (i > 10 && roll < 2) {
                body = bodies.get(i - 1 - r.nextInt(10));
            } else if (i > 10 && roll < 3) {
                body = new ArrayList<>(bodies.get(i - 1 - r.nextInt(10)));
                body.set(r.nextInt(body.size()), text.get(i * PARAGRAPHS_PER_ARTICLE));
            } else {
                body = text.subList(i * PARAGRAPHS_PER_ARTICLE, (i + 1) * PARAGRAPHS_PER_ARTICLE);
            }
            bodies.add(body);
            String joined = String.join("\n", body);
            bytes += joined.getBytes(StandardCharsets.UTF_8).length;
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", "bench-" + i);
            a.put("source", SOURCES[r.nextInt(SOURCES.length)]);
            a.put("title", "Bench article " + i);
            a.put("published", first.plusSeconds(SPACING_SECONDS * i).toString());
            a.put("body", joined);
            articles.add(a);
        }
        return new Wire(articles, bodies, bytes);
    }
}
