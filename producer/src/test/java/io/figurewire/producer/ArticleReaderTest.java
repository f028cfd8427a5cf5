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

    @Test
    void oneLineWithInvalidUtf8IsRejectedByNumberAndTheOthersAreRead() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write("{\"id\":\"a\",\"body\":\"Nine people died.\"}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        bytes.write("{\"id\":\"c\",\"body\":\"Caf\u00e9 fire hurt 3.\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        List<ReadResult> results = read(file);
        assertThat(results).extracting(ReadResult::where).containsExactly(file + ":1", file + ":2", file + ":3");
        assertThat(results.get(0)).isInstanceOf(ReadResult.Article.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Rejected.class,
                r -> assertThat(r.reason()).contains("invalid UTF-8"));
        assertThat(results.get(2)).isInstanceOfSatisfying(ReadResult.Article.class,
                a -> assertThat(a.article().getBody()).isEqualTo("Caf\u00e9 fire hurt 3."));
    }

    @Test
    void datesBefore1970OrInTheFutureAreSentAsUnknownWithAWarningByLine() throws Exception {
        Path file = dir.resolve("dates.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"old\",\"published\":\"1850-06-01\",\"body\":\"Cholera killed 300.\"}",
                "{\"id\":\"far\",\"published\":\"9999-12-31T23:59:59Z\",\"body\":\"A storm killed 12.\"}",
                "{\"id\":\"ok\",\"published\":\"1971-01-01T00:00:00Z\",\"body\":\"A flood killed 4.\"}"));
        List<ReadResult> results = read(file);
        assertThat(results).hasSize(3).allMatch(r -> r instanceof ReadResult.Article);
        ReadResult.Article old = (ReadResult.Article) results.get(0);
        ReadResult.Article far = (ReadResult.Article) results.get(1);
        ReadResult.Article ok = (ReadResult.Article) results.get(2);
        assertThat(old.where()).isEqualTo(file + ":1");
        assertThat(old.article().getPublished()).isNull();
        assertThat(old.warning()).contains("published 1850-06-01T00:00:00Z is before 1970").contains("ingest time");
        assertThat(far.article().getPublished()).isNull();
        assertThat(far.warning()).contains("9999-12-31T23:59:59Z is in the future");
        assertThat(ok.warning()).isNull();
        assertThat(ok.article().getPublished()).isEqualTo(Instant.parse("1971-01-01T00:00:00Z"));
    }
}
