package io.figurewire.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds, eval files and peer suites live beside the checkout in ../shared and are never
 * copied into the repo. CI always has them; a user's clone may not, and then the tests that
 * need them are skipped with the reason.
 */
public final class SharedFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedFiles() {
    }

    public static Path dir() {
        String configured = System.getProperty("figurewire.shared");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("../shared/seeds"))) {
                return p.resolve("../shared").normalize();
            }
        }
        return here.resolve("../shared").normalize();
    }

    /** The path of a file under ../shared; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path file = dir().resolve(relative);
        assumeTrue(Files.exists(file), () -> "skipped: " + file + " not found (../shared holds the seeds, eval and peer "
                + "suites beside the checkout; CI always has it, a plain clone does not)");
        return file;
    }

    public static List<JsonNode> jsonLines(Path file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
