package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule "no word list in Java" for the extractor: a {@code Set.of("...")}, {@code List.of("...")} or
 * {@code Map.of("...")} of string literals belongs in word-classes.json (or another data file of the
 * package), where it has a doc and {@link WordClassesTest} checks it. Reads the package's sources;
 * the working directory of the module's tests is the {@code processor} module.
 */
class ExtractSourceGateTest {

    private static final Path SOURCES = Path.of("src/main/java/io/figurewire/extract");

    /** {@code Set.of(}, {@code List.of(} or {@code Map.of(} whose first argument is a string literal, across line breaks. */
    private static final Pattern LITERAL_LIST =
            Pattern.compile("\\b(?:java\\.util\\.)?(?:Set|List|Map)\\.of\\(\\s*\"");

    /** The name a literal list is assigned to: the last identifier before "=" ahead of the match. */
    private static final Pattern ASSIGNED = Pattern.compile("(\\w+)\\s*=\\s*$");

    /** Literal tables that are not word lists, by file and field, with the reason they stay in Java. */
    private static final Map<String, String> ALLOWED = Map.of(
            "NumberWords.TENS", "the value of each tens word: arithmetic of English numerals, fixed, beside the other numeral tables",
            "NumberWords.VAGUE", "the magnitude of each vague plural ('dozens' = 12): numeral arithmetic, not a class of words");

    @Test
    void noStringLiteralListInTheExtractPackage() throws IOException {
        List<Path> files = javaSources();
        assertThat(files).as("extract sources under %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Path f : files) found.addAll(literalLists(f));
        Set<String> unexpected = new HashSet<>(found);
        unexpected.removeAll(ALLOWED.keySet());
        assertThat(unexpected).as("word lists written in Java: move them to word-classes.json (WordClasses.get)").isEmpty();
        // an allow-list entry whose literal has gone is stale and must go too
        assertThat(found).as("allow-listed literal tables still present").containsAll(ALLOWED.keySet());
    }

    @Test
    void theGateSeesALiteralListAcrossALineBreak() {
        assertThat(literalLists("X.java", "static final Set<String> A = Set.of(\n    \"a\", \"b\");\n"
                + "static final List<String> B = java.util.List.of(\"c\");\nMap<String, Integer> C = Map.of( \"d\", 1);\n"
                + "List<Rule> rules = List.of(this::rule);\n"))
                .containsExactly("X.A", "X.B", "X.C");
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> s = Files.list(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> literalLists(Path file) throws IOException {
        return literalLists(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Each literal list in a source as "Class.FIELD" ("Class.?" when it is not assigned to a name). */
    private static List<String> literalLists(String fileName, String source) {
        String cls = fileName.replace(".java", "");
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL_LIST.matcher(source);
        while (m.find()) {
            Matcher name = ASSIGNED.matcher(source.substring(Math.max(0, m.start() - 200), m.start()));
            out.add(cls + "." + (name.find() ? name.group(1) : "?"));
        }
        return out;
    }
}
