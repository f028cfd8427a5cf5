package io.figurewire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * What {@code synth} writes: the {@link EventWire#sized} wire as JSON Lines in sending order, with
 * a malformed line after about one article in {@value #MALFORMED_ONE_IN} (cut short, no body, a
 * blank body, not an object: what the processor must dead-letter), and beside it
 * {@code FILE.truth.json}, the final table the wire must give: metric key → latest figure.
 */
final class SynthWire {

    static final int MALFORMED_ONE_IN = 200;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINE = new ObjectMapper();

    /** The truth file: how the wire was made and what its final {@code figures} table must be. */
    record Truth(long seed, int articles, int malformed, Map<String, Integer> figures) {
    }

    private SynthWire() {
    }

    static Path truthFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".truth.json");
    }

    /** Generates about {@code articles} articles for {@code seed} into {@code file} and its truth file. */
    static Truth write(long seed, int articles, Path file) throws IOException {
        EventWire wire = EventWire.sized(seed, articles);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        int malformed = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (EventWire.Article a : wire.articles()) {
                String line = LINE.writeValueAsString(a.json());
                w.write(line);
                w.write('\n');
                if (r.nextInt(MALFORMED_ONE_IN) == 0) {
                    w.write(malformed(r, line, malformed++));
                    w.write('\n');
                }
            }
        }
        Map<String, Integer> figures = new TreeMap<>();
        wire.truth().forEach(t -> figures.put(t.key(), t.value()));
        Truth truth = new Truth(seed, wire.articles().size(), malformed, figures);
        JSON.writeValue(truthFile(file).toFile(), truth);
        return truth;
    }

    static Truth readTruth(Path file) throws IOException {
        return JSON.readValue(truthFile(file).toFile(), Truth.class);
    }

    /** One line no reader can take as an article, of four kinds in turn. */
    static String malformed(Random r, String validLine, int n) {
        return switch (n % 4) {
            case 0 -> validLine.substring(0, 20 + r.nextInt(validLine.length() / 2));
            case 1 -> "{\"id\":\"malformed-" + n + "\",\"source\":\"Tern Wire\",\"title\":\"No body\"}";
            case 2 -> "{\"id\":\"malformed-" + n + "\",\"source\":\"Tern Wire\",\"body\":\"   \"}";
            default -> "[\"malformed-" + n + "\", \"not an article\"]";
        };
    }
}
