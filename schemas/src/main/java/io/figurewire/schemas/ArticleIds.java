package io.figurewire.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids: the feed's own id when it has one, else a hash of source and url, else
 * of the body. Re-publishing the same article therefore lands on the same key.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String derive(String id, String source, String url, String body) {
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        if (url != null && !url.isBlank()) {
            return "a-" + sha256Hex((source == null ? "" : source.strip()) + "\n" + url.strip()).substring(0, 16);
        }
        return "a-" + sha256Hex(body == null ? "" : body).substring(0, 16);
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
