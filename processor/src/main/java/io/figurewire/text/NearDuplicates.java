package io.figurewire.text;

import java.util.List;

/**
 * When two paragraphs have "the same wording": equal skeletons (punctuation, spacing, case and
 * numbers aside), or a near-duplicate: a SimHash within {@link SimHash#NEAR_BITS}, confirmed
 * word by word: the words differ only by typos, each one slip (a letter wrong, missing, added
 * or swapped with its neighbour), one per 12 words at most. SimHash alone cannot tell a typo
 * from a changed word ("killed" → "wounded", "northern" → "southern"), and dropping such a
 * paragraph would lose a figure.
 *
 * <p>Short paragraphs (under {@link #MIN_WORDS_FOR_TYPOS} words) must match exactly: in "Strikes
 * hit Iran" a one-letter change is news, not a typo. A long paragraph is still exposed to that
 * ("Iran" → "Iraq" in 40 words reads as a typo); that is the price of forgiving typos.
 *
 * <p>Routing: paragraphs must meet on one partition to be compared, so they are keyed by
 * {@link #keyOf}: a hash of the skeleton's first {@link #LEAD_WORDS} words. Exact repeats and
 * revisions (same words, other numbers) always share it, as do copies differing in
 * punctuation, spacing or case, and a typo anywhere after the lead words. The honest
 * trade-off: a typo within the first six words (about one typo in six for a 35-word
 * paragraph), or a copy with words added in front, routes elsewhere and is kept a second
 * time. That errs towards a repeated paragraph, never a lost figure. A key over fewer words
 * would catch more typos but gather unrelated paragraphs with a formulaic opening ("the
 * ministry said on ...") under one key, and every paragraph is compared with all sightings of
 * its key. Comparing is not scanning, though: {@link CandidateKeys} finds the few sightings of a
 * key worth comparing in a fixed number of lookups.
 */
public final class NearDuplicates {

    public static final int LEAD_WORDS = 6;
    public static final int MIN_WORDS_FOR_TYPOS = 8;
    /** Longest skeleton prefix compared by edit distance; beyond it the SimHash alone decides. */
    static final int MAX_COMPARED_CHARS = 2000;

    private NearDuplicates() {
    }

    public static String keyOf(List<String> skeletonWords) {
        List<String> lead = skeletonWords.subList(0, Math.min(LEAD_WORDS, skeletonWords.size()));
        return Fingerprints.hashOf("lead:" + String.join(" ", lead));
    }

    /** Misspelt words a paragraph may have and still count as the same wording: one per 12 words, at most 3. */
    static int typoBudget(int words) {
        return Math.min(3, Math.max(1, (words + 6) / 12));
    }

    public static boolean sameWording(ParagraphSignature a, String bSkeleton, long bSimHash) {
        if (a.skeleton().equals(bSkeleton)) {
            return true;
        }
        if (SimHash.distance(a.simHash(), bSimHash) > SimHash.NEAR_BITS) {
            return false;
        }
        String[] x = comparedWords(a.skeleton());
        String[] y = comparedWords(bSkeleton);
        if (Math.min(x.length, y.length) < MIN_WORDS_FOR_TYPOS) {
            return false;
        }
        if (x.length != y.length) {
            // a word split or merged ("cease fire" / "ceasefire") or one letter lost with a space
            return EditDistance.atMost(clip(a.skeleton()), clip(bSkeleton), 1);
        }
        int typos = 0;
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i])) {
                // a typo is one slip inside a word; "northern" → "southern" is two, a changed word
                if (++typos > typoBudget(x.length) || !EditDistance.atMost(x[i], y[i], 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The words that {@link #sameWording} compares: those of the skeleton's first {@link #MAX_COMPARED_CHARS}. */
    static String[] comparedWords(String skeleton) {
        return clip(skeleton).split(" ");
    }

    private static String clip(String s) {
        return s.length() > MAX_COMPARED_CHARS ? s.substring(0, MAX_COMPARED_CHARS) : s;
    }

}
