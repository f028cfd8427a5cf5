package io.figurewire.producer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.ArticleIds;
import io.figurewire.schemas.InvalidArticleException;
import io.figurewire.schemas.RawArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from what users have: {@code .txt} and {@code .html} files (the file is the
 * body), {@code .json} (an object or an array of objects), {@code .jsonl}/{@code .ndjson}
 * (one object per line), whole directories, and stdin. A JSON object in IPTC's ninjs format
 * is recognised and mapped ({@link NinjsJson}). Every item is handed on as an article
 * or as a rejection with file:line and a reason; one bad line never stops the rest.
 */
public final class ArticleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> TEXT = List.of(".txt", ".text", ".md");
    private static final List<String> HTML = List.of(".html", ".htm");
    private static final List<String> JSON_LINES = List.of(".jsonl", ".ndjson");
    private static final String JSON = ".json";

    private final Clock clock;

    public ArticleReader(Clock clock) {
        this.clock = clock;
    }

    public static ArticleReader systemClock() {
        return new ArticleReader(IngestClock.system());
    }

    /** Reads a file or every readable file under a directory, in path order. */
    public void read(Path path, Consumer<ReadResult> sink) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).filter(ArticleReader::isReadable).sorted().forEach(f -> readFile(f, sink));
            } catch (IOException e) {
                sink.accept(new ReadResult.Rejected(path.toString(), "cannot list directory: " + e.getMessage()));
            }
        } else if (Files.isRegularFile(path)) {
            readFile(path, sink);
        } else {
            sink.accept(new ReadResult.Rejected(path.toString(), "no such file or directory"));
        }
    }

    /** stdin: JSON Lines when the first non-blank character is '{', else one plain-text article. */
    public void readStdin(InputStream in, Consumer<ReadResult> sink) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            sink.accept(new ReadResult.Rejected("stdin", e.getMessage()));
            return;
        }
        if (firstNonBlank(bytes) == '{') {
            readJsonLines("stdin", bytes, sink);
            return;
        }
        try {
            plainArticle("stdin", decode(bytes), null, sink);
        } catch (InvalidArticleException e) {
            sink.accept(new ReadResult.Rejected("stdin", e.getMessage()));
        }
    }

    private static int firstNonBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
        }
        return -1;
    }

    static boolean isReadable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(JSON) || JSON_LINES.stream().anyMatch(name::endsWith) || TEXT.stream().anyMatch(name::endsWith)
                || HTML.stream().anyMatch(name::endsWith);
    }

    private void readFile(Path file, Consumer<ReadResult> sink) {
        String where = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            sink.accept(new ReadResult.Rejected(where, "cannot read: " + e.getMessage()));
            return;
        }
        if (JSON_LINES.stream().anyMatch(name::endsWith)) {
            // decoded line by line: one line with bad bytes is rejected on its own, the rest go
            readJsonLines(where, bytes, sink);
            return;
        }
        String text;
        try {
            text = decode(bytes);
        } catch (InvalidArticleException e) {
            sink.accept(new ReadResult.Rejected(where, e.getMessage()));
            return;
        }
        if (name.endsWith(JSON)) {
            readJsonDocument(where, text, sink);
        } else if (isReadable(file)) {
            plainArticle(where, text, file.getFileName().toString(), sink);
        } else {
            sink.accept(new ReadResult.Rejected(where, "unknown file type (expected .txt, .html, .json, .jsonl)"));
        }
    }

    private void readJsonLines(String where, byte[] bytes, Consumer<ReadResult> sink) {
        int number = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            String line;
            try {
                line = decode(java.util.Arrays.copyOfRange(bytes, start, stop));
            } catch (InvalidArticleException e) {
                sink.accept(new ReadResult.Rejected(where + ":" + number, e.getMessage()));
                start = end + 1;
                continue;
            }
            if (!line.isBlank()) {
                jsonArticle(where + ":" + number, line, sink);
            }
            start = end + 1;
        }
    }

    private void readJsonDocument(String where, String text, Consumer<ReadResult> sink) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (IOException e) {
            sink.accept(new ReadResult.Rejected(where, "malformed JSON: " + firstLine(e.getMessage())));
            return;
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                jsonArticle(where + "[" + i + "]", root.get(i), sink);
            }
        } else {
            jsonArticle(where, root, sink);
        }
    }

    private void jsonArticle(String where, String json, Consumer<ReadResult> sink) {
        JsonNode node;
        try {
            node = RawArticleJson.readTree(json);
        } catch (InvalidArticleException e) {
            sink.accept(new ReadResult.Rejected(where, e.getMessage()));
            return;
        }
        jsonArticle(where, node, sink);
    }

    private void jsonArticle(String where, JsonNode node, Consumer<ReadResult> sink) {
        try {
            Instant received = Instant.now(clock);
            RawArticle article = NinjsJson.isNinjs(node) ? NinjsJson.toArticle(node, received) : RawArticleJson.fromTree(node, received);
            PublishedTimes.Checked checked = PublishedTimes.check(article);
            sink.accept(new ReadResult.Article(where, checked.article(), checked.warning()));
        } catch (InvalidArticleException e) {
            sink.accept(new ReadResult.Rejected(where, e.getMessage()));
        }
    }

    private void plainArticle(String where, String body, String fileName, Consumer<ReadResult> sink) {
        try {
            RawArticleJson.checkBody(body);
            RawArticle article = RawArticle.newBuilder()
                    .setId(ArticleIds.derive(null, null, null, body))
                    .setSource(null).setUrl(null).setTitle(null).setPublished(null)
                    .setReceived(Instant.now(clock)).setBody(body).setLanguage(null)
                    .build();
            sink.accept(new ReadResult.Article(where, article));
        } catch (InvalidArticleException e) {
            sink.accept(new ReadResult.Rejected(where, e.getMessage()));
        }
    }

    /** Strict UTF-8: a file with invalid bytes is rejected rather than read with replacement characters. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("invalid UTF-8 (convert the file to UTF-8 first)");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
