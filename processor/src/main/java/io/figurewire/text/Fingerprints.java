package io.figurewire.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable hashes of a paragraph's comparison forms. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** Equal for paragraphs that are the same text after normalisation. */
    public static String exact(String paragraph) {
        return hash(ParagraphNormalizer.normalize(paragraph));
    }

    /** Equal for repeats and for revisions that differ only in their numbers. */
    public static String masked(String paragraph) {
        return hash(ParagraphNormalizer.maskNumbers(ParagraphNormalizer.normalize(paragraph)));
    }

    /** The same short hash, for other comparison forms (the near-duplicate routing key). */
    static String hashOf(String text) {
        return hash(text);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
