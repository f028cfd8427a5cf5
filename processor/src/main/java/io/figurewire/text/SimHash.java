package io.figurewire.text;

import java.util.List;

/**
 * A 64-bit SimHash (Charikar) over word 2-shingles: paragraphs whose shingle sets overlap
 * heavily get hashes that differ in few bits, so "is this near an earlier paragraph?" is an XOR
 * and a bit count instead of a text comparison.
 *
 * <p>Threshold, and why it is not the textbook 3 bits: Manku et al. use 3 of 64 bits for web
 * pages with thousands of shingles. A wire paragraph has tens. A bit differs with probability
 * angle/pi between the shingle vectors, so one typo in a 35-word paragraph (2 of 34 bigrams
 * changed) moves about 7 bits, in a 12-word paragraph about 14; unrelated paragraphs sit near
 * 32 ± 4. {@link #NEAR_BITS} = 18 keeps nearly every one-or-two-typo copy while an unrelated
 * paragraph passes with odds of about 1 in 10,000, and every pass is confirmed by an edit
 * distance check in {@link NearDuplicates} anyway, so the filter may err on the generous side.
 */
public final class SimHash {

    /** Hamming distance up to which two paragraphs are near-duplicate candidates. */
    public static final int NEAR_BITS = 18;

    private SimHash() {
    }

    public static long of(List<String> words) {
        int[] votes = new int[64];
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i));
        }
        if (wordHashes.length == 1) {
            vote(votes, wordHashes[0]);
        }
        for (int i = 0; i + 1 < wordHashes.length; i++) {
            // a bigram's hash from its words' hashes: order matters, so "a b" and "b a" differ
            vote(votes, mix(wordHashes[i] * 31 + Long.rotateLeft(wordHashes[i + 1], 17)));
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static void vote(int[] votes, long h) {
        for (int bit = 0; bit < 64; bit++) {
            votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
        }
    }

    /** FNV-1a over the chars, then a 64-bit finaliser so that every output bit depends on every input bit. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
