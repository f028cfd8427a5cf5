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
        return ofMaskedForm(ParagraphNormalizer.maskNumbers(ParagraphNormalizer.normalize(paragraph)));
    }

    /** {@link #masked} from the paragraph's masked form, for a caller that has made it already. */
    static String ofMaskedForm(String maskedForm) {
        return hash(maskedForm);
    }

    /** The same short hash, for other comparison forms (the near-duplicate routing key). */
    static String hashOf(String text) {
        return hash(text);
    }

    /** One digest per thread, reused: looking the algorithm up again cost as much as hashing a paragraph. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Fingerprints::sha256);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    private static String hash(String text) {
        // digest() resets the digest, so each call starts clean
        byte[] digest = SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
