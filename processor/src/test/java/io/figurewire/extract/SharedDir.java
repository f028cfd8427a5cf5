package io.figurewire.extract;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates ../shared (eval files and peer suites), which is read at test time, never copied. */
final class SharedDir {

    private SharedDir() {
    }

    static Path require(String relative) {
        String prop = System.getProperty("figurewire.shared");
        Path base = prop != null ? Paths.get(prop) : findUpwards();
        Path p = base == null ? null : base.resolve(relative).normalize();
        Assumptions.assumeTrue(p != null && Files.exists(p),
                "../shared not found: " + (p == null ? "no ../shared above " + Paths.get("").toAbsolutePath() : p)
                        + " (set -Dfigurewire.shared=DIR to the project's shared directory)");
        return p;
    }

    private static Path findUpwards() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("../shared"))
                    && !Files.exists(dir.getParent().resolve("pom.xml"))) {
                return dir.resolve("../shared");
            }
            dir = dir.getParent();
        }
        return null;
    }
}
