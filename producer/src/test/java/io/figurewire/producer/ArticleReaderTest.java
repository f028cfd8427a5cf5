package io.figurewire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    final ArticleReader reader = new ArticleReader(Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    List<ReadResult> read(Path path) {
        List<ReadResult> out = new ArrayList<>();
        reader.read(path, out::add);
        return out;
    }

    @Test
    void jsonLinesReportBadLinesByNumberAndKeepTheRest() throws Exception {
        Path file = dir.resolve("wire.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a\",\"published\":\"2026-04-30T08:00:00Z\",\"title\":\"T\",\"body\":\"Nine people died.\"}",
                "",
                "{\"id\":\"b\", \"body\": ",
                "{\"id\":\"c\"}",
                "{\"id\":\"d\",\"body\":\"Two were hurt.\"}"));
        List<ReadResult> results = read(file);
        assertThat(results).hasSize(4);
        assertThat(results.get(0)).isInstanceOfSatisfying(ReadResult.Article.class, a -> {
            assertThat(a.article().getId()).isEqualTo("a");
            assertThat(a.article().getPublished()).isEqualTo(Instant.parse("2026-04-30T08:00:00Z"));
            assertThat(a.article().getReceived()).isEqualTo(NOW);
        });
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Rejected.class, r -> {
            assertThat(r.where()).isEqualTo(file + ":3");
            assertThat(r.reason()).contains("malformed JSON");
        });
        assertThat(results.get(2)).isInstanceOfSatisfying(ReadResult.Rejected.class, r -> {
            assertThat(r.where()).isEqualTo(file + ":4");
            assertThat(r.reason()).contains("missing field \"body\"");
        });
        assertThat(results.get(3)).isInstanceOf(ReadResult.Article.class);
    }

    @Test
    void textFilesAreBodiesWithStableIdsAndDirectoriesAreWalkedInOrder() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Rescuers pulled 14 survivors from the rubble.");
        Files.writeString(dir.resolve("a.txt"), "The fire burned 2,000 acres.");
        Files.writeString(dir.resolve("notes.bin"), "ignored");
        List<ReadResult> results = read(dir);
        assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Article);
        var first = (ReadResult.Article) results.get(0);
        assertThat(first.where()).endsWith("a.txt");
        assertThat(first.article().getPublished()).isNull();
        assertThat(read(dir.resolve("a.txt")).get(0)).isInstanceOfSatisfying(ReadResult.Article.class,
                again -> assertThat(again.article().getId()).isEqualTo(first.article().getId()));
    }

    @Test
    void jsonArraysEmptyBodiesAndInvalidUtf8AreHandled() throws Exception {
        Files.writeString(dir.resolve("list.json"), "[{\"id\":\"x\",\"body\":\"One died.\"},{\"id\":\"y\",\"body\":\"\"}]");
        Files.write(dir.resolve("bad.txt"), new byte[] {'A', (byte) 0xC3, (byte) 0x28, 'B'});
        List<ReadResult> results = read(dir);
        assertThat(results).extracting(ReadResult::where)
                .containsExactly(dir.resolve("bad.txt").toString(), dir.resolve("list.json") + "[0]", dir.resolve("list.json") + "[1]");
        assertThat(((ReadResult.Rejected) results.get(0)).reason()).contains("invalid UTF-8");
        assertThat(((ReadResult.Rejected) results.get(2)).reason()).contains("empty body");
    }

    @Test
    void stdinIsJsonLinesOrOneTextArticle() {
        List<ReadResult> out = new ArrayList<>();
        reader.readStdin(new ByteArrayInputStream("{\"body\":\"Three missing.\"}\n{\"body\":\"Four missing.\"}\n"
                .getBytes(StandardCharsets.UTF_8)), out::add);
        assertThat(out).hasSize(2).extracting(ReadResult::where).containsExactly("stdin:1", "stdin:2");
        out.clear();
        reader.readStdin(new ByteArrayInputStream("Floods displaced 3,000 families.".getBytes(StandardCharsets.UTF_8)), out::add);
        assertThat(out).singleElement().isInstanceOf(ReadResult.Article.class);
    }

    @Test
    void missingPathIsARejection() {
        assertThat(read(dir.resolve("nope.jsonl"))).singleElement().isInstanceOfSatisfying(ReadResult.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo("no such file or directory"));
    }
}
