package io.figurewire.text;

import java.util.List;

/**
 * Decides what a paragraph is, given the earlier paragraphs that share its routing key
 * ({@link NearDuplicates#keyOf}): a repeat (same wording and same numbers: dropped), a revision
 * (same wording, other numbers: kept, because the new figure must flow), or new. "Same wording"
 * forgives punctuation, spacing, case and a typo (see {@link NearDuplicates}). Callers keep the
 * sightings for the dedup window.
 */
public final class CrossArticleDedup {

    private CrossArticleDedup() {
    }

    /** An earlier kept paragraph: what comparing needs, and where it was. */
    public record Sighting(String fingerprint, String skeleton, String numbers, long simHash, String articleId, int index) {

        public static Sighting of(ParagraphSignature s, String articleId, int index) {
            return new Sighting(s.fingerprint(), s.skeleton(), s.numbers(), s.simHash(), articleId, index);
        }

        /** One line for a state store: tab-separated, the article id last (it may contain anything). */
        public String encode() {
            return fingerprint + '\t' + Long.toHexString(simHash) + '\t' + numbers + '\t' + index + '\t' + skeleton + '\t' + articleId;
        }

        public static Sighting decode(String line) {
            String[] f = line.split("\t", 6);
            return new Sighting(f[0], f[4], f[2], Long.parseUnsignedLong(f[1], 16), f[5], Integer.parseInt(f[3]));
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
