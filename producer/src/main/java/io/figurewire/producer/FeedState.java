package io.figurewire.producer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a feed poller has published, kept across restarts so that a restarted poller does not
 * publish again what the feeds still list: a small JSON file of entry id to revision, oldest
 * first. It is written whole to a temporary file beside it and moved over the old one, so a crash
 * mid-write leaves the previous state, never half a file. The file names the cluster and topic it
 * was published to: pointed at another, a poller starts afresh rather than skip entries that
 * cluster never got. One file per poller: two pollers sharing one would overwrite each other's ids.
 */
public final class FeedState {

    /** 100,000 ids of a few hundred bytes each; anything far larger is not a state file. */
    static final long MAX_BYTES = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> DOCUMENT = new TypeReference<>() { };

    private final Path file;
    private final String target;

    private FeedState(Path file, String target) {
        this.file = file;
        this.target = target;
    }

    /** Remembers nothing across runs. */
    public static FeedState none() {
        return new FeedState(null, "");
    }

    /** @param target where the entries go, e.g. "broker:9092 articles.raw" */
    public static FeedState at(Path file, String target) {
        return new FeedState(file.toAbsolutePath(), target);
    }

    /** @param revisions entry id to revision, oldest first; @param note why nothing was loaded, or null */
    public record Loaded(Map<String, String> revisions, String note) {
    }

    /** "/path/feed-state.json", or "none". */
    public String describe() {
        return file == null ? "none" : file.toString();
    }

    /** What was published before to this target; nothing without a file. */
    public Loaded load() {
        if (file == null || !Files.exists(file)) return new Loaded(Map.of(), null);
        try {
            if (Files.size(file) > MAX_BYTES) throw new IllegalStateException("feed state " + file + " is over 64 MiB: not a feed state file");
            Map<String, Object> doc = JSON.readValue(file.toFile(), DOCUMENT);
            if (!target.equals(doc.get("target"))) {
                return new Loaded(Map.of(), "feed state " + file + " is of " + doc.get("target") + ", not " + target
                        + ": starting afresh (it is replaced after the first poll)");
            }
            Object published = doc.get("published");
            if (!(published instanceof Map<?, ?> m)) throw new IllegalStateException("feed state " + file + " has no \"published\" object");
            Map<String, String> out = new LinkedHashMap<>();
            m.forEach((id, revision) -> out.put(String.valueOf(id), String.valueOf(revision)));
            return new Loaded(out, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the feed state " + file + " (" + e.getMessage()
                    + "); move it away to start afresh (entries the feeds still list are then published again)", e);
        }
    }

    /** Replaces the file with these revisions, atomically. */
    public void save(Map<String, String> revisions) {
        if (file == null) return;
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("format", 1);
                doc.put("target", target);
                doc.put("published", revisions);
                JSON.writeValue(tmp.toFile(), doc);
                move(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the feed state " + file, e);
        }
    }

    private void move(Path tmp) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
