package io.figurewire.text;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Decides what a paragraph is, given the earlier paragraphs that share its routing key
 * ({@link NearDuplicates#keyOf}): a repeat (same wording and same numbers: dropped), a revision
 * (same wording, other numbers: kept, because the new figure must flow), or new. "Same wording"
 * forgives punctuation, spacing, case and a typo (see {@link NearDuplicates}). Callers keep the
 * sightings for the dedup window, and pass only those worth comparing (see {@link CandidateKeys}
 * and {@link SightingIndex}).
 */
public final class CrossArticleDedup {

    private CrossArticleDedup() {
    }

    /** An earlier kept paragraph: what comparing needs, and where it was. */
    public record Sighting(String fingerprint, String skeleton, String numbers, long simHash, String articleId, int index) {

        public static Sighting of(ParagraphSignature s, String articleId, int index) {
            return new Sighting(s.fingerprint(), s.skeleton(), s.numbers(), s.simHash(), articleId, index);
        }

        /**
         * The state store form: the fingerprint and SimHash as 8 bytes each, the index, then the
         * numbers, skeleton and article id as length-prefixed UTF-8. Binary, so that reading a
         * sighting back is a few copies rather than a split and two number parses.
         */
        public byte[] encode() {
            byte[] n = numbers.getBytes(StandardCharsets.UTF_8);
            byte[] sk = skeleton.getBytes(StandardCharsets.UTF_8);
            byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(8 + 8 + 4 + 12 + n.length + sk.length + id.length)
                    .putLong(HexFormat.fromHexDigitsToLong(fingerprint)).putLong(simHash).putInt(index)
                    .putInt(n.length).put(n).putInt(sk.length).put(sk).putInt(id.length).put(id).array();
        }

        public static Sighting decode(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            String fingerprint = HexFormat.of().toHexDigits(b.getLong());
            long simHash = b.getLong();
            int index = b.getInt();
            String numbers = string(b);
            String skeleton = string(b);
            return new Sighting(fingerprint, skeleton, numbers, simHash, string(b), index);
        }

        private static String string(ByteBuffer b) {
            int length = b.getInt();
            String s = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
            b.position(b.position() + length);
            return s;
        }
    }

    public enum Outcome { NEW, DUPLICATE, REVISION }

    public record Verdict(Outcome outcome, Sighting of) {
        public boolean kept() {
            return outcome != Outcome.DUPLICATE;
        }
    }

    /**
     * An article delivered twice is a repeat of itself: its claims must not count twice.
     *
     * @param earlier sightings in the order they were recorded (first occurrence first)
     */
    public static Verdict judge(ParagraphSignature paragraph, List<Sighting> earlier) {
        Sighting revisionOf = null;
        for (Sighting s : earlier) {
            if (s.fingerprint().equals(paragraph.fingerprint())) {
                return new Verdict(Outcome.DUPLICATE, s);
            }
            if (NearDuplicates.sameWording(paragraph, s.skeleton(), s.simHash())) {
                if (s.numbers().equals(paragraph.numbers())) {
                    return new Verdict(Outcome.DUPLICATE, s);
                }
                if (revisionOf == null) {
                    revisionOf = s;
                }
            }
        }
        return revisionOf == null ? new Verdict(Outcome.NEW, null) : new Verdict(Outcome.REVISION, revisionOf);
    }
}
