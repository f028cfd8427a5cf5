package io.figurewire.text;

/**
 * The lookup keys under which a kept paragraph is indexed and under which a new paragraph looks
 * for its earlier copies, so that finding candidates costs a fixed number of lookups however
 * many paragraphs of the window share a routing key ("At least # people were killed ..." opens
 * thousands). Keys are scoped to one routing key by the caller, so both sides have the same
 * first {@link NearDuplicates#LEAD_WORDS} words; what follows is about the words after them.
 *
 * <p>Exact, not probabilistic (unlike banded LSH over the SimHash, which would miss some typo
 * copies): every earlier paragraph that {@link NearDuplicates#sameWording} accepts shares at
 * least one key with the new one, by pigeonhole. A shared key only makes a candidate; the rules
 * still decide. Words are those of the compared (clipped) skeleton, {@code n} their count:
 * <ul>
 * <li>same count, at most {@code t = typoBudget(n)} words differ: the words after the lead are
 * cut into {@code t + 1} blocks, one of which no typo touched. Key: (n, block, its words).</li>
 * <li>counts {@code s} and {@code s + 1}, one edit in all (a word split or merged): the edit
 * touches one word of the shorter. Of its other {@code s - 7} words after the lead, those before
 * the edit keep their place counted from the start, those after it counted from the end, so
 * the first or the last {@code k = (s - 7) / 2} are untouched. Keys: (pair s, first k words) and
 * (pair s, last k words); a paragraph is in the pairs (n - 1, n) and (n, n + 1).</li>
 * <li>under {@link NearDuplicates#MIN_WORDS_FOR_TYPOS} words only an equal skeleton matches:
 * key (the skeleton).</li>
 * </ul>
 * An exact copy has the same skeleton, so it shares every key of its kind.
 */
public final class CandidateKeys {

    private static final long BLOCK = 0x42L;
    private static final long PREFIX = 0x50L;
    private static final long SUFFIX = 0x53L;
    private static final long WHOLE = 0x57L;

    private CandidateKeys() {
    }

    public static long[] of(ParagraphSignature signature) {
        String[] w = NearDuplicates.comparedWords(signature.skeleton());
        int n = w.length;
        if (n < NearDuplicates.MIN_WORDS_FOR_TYPOS) {
            return new long[] {combine(WHOLE, SimHash.hash(signature.skeleton()))};
        }
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = SimHash.hash(w[i]);
        }
        int blocks = NearDuplicates.typoBudget(n) + 1;
        long[] keys = new long[blocks + 4];
        int lead = NearDuplicates.LEAD_WORDS;
        int rest = n - lead;
        for (int b = 0; b < blocks; b++) {
            keys[b] = span(combine(BLOCK, n * 8L + b), hashes, lead + b * rest / blocks, lead + (b + 1) * rest / blocks);
        }
        int k = 0;
        for (int pair = n - 1; pair <= n; pair++) {
            int keep = Math.max(0, (pair - 7) / 2);
            keys[blocks + k++] = span(combine(PREFIX, pair), hashes, lead, lead + keep);
            keys[blocks + k++] = span(combine(SUFFIX, pair), hashes, n - keep, n);
        }
        return keys;
    }

    private static long span(long seed, long[] hashes, int from, int to) {
        long h = seed;
        for (int i = from; i < to; i++) {
            h = combine(h, hashes[i]);
        }
        return h;
    }

    /** Order-dependent; a collision only adds a candidate, which the rules then reject. */
    private static long combine(long h, long v) {
        return SimHash.mix(Long.rotateLeft(h, 23) * 0x9E3779B97F4A7C15L ^ v);
    }
}
