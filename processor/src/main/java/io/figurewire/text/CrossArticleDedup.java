package io.figurewire.text;

import java.util.List;

/**
 * Decides what a paragraph is, given the earlier paragraphs that share its number-masked
 * fingerprint: a repeat (same text: dropped), a revision (same text but other numbers: kept,
 * because the new figure must flow), or new. Callers keep the sightings for the dedup window.
 */
public final class CrossArticleDedup {

    private CrossArticleDedup() {
    }

    /** An earlier paragraph with the same masked fingerprint. */
    public record Sighting(String fingerprint, String articleId, int index) {
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
    public static Verdict judge(String fingerprint, List<Sighting> earlier) {
        Sighting revisionOf = null;
        for (Sighting s : earlier) {
            if (s.fingerprint().equals(fingerprint)) {
                return new Verdict(Outcome.DUPLICATE, s);
            }
            if (revisionOf == null) {
                revisionOf = s;
            }
        }
        return revisionOf == null ? new Verdict(Outcome.NEW, null) : new Verdict(Outcome.REVISION, revisionOf);
    }
}
