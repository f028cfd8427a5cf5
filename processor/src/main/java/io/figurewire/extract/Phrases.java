package io.figurewire.extract;

import java.util.List;
import java.util.Locale;

/**
 * Matching of space-separated lowercase cue phrases against lexemes, by exact word sequence.
 * Called for every cue at every figure, so it allocates nothing: a hyphenated cue word is
 * compared part by part in place, and a phrase ending at a lexeme is first checked by its last part.
 */
final class Phrases {

    private Phrases() {
    }

    static String[] words(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).trim().split(" +");
    }

    /** Whether the phrase's words occur starting at lexeme {@code at} (hyphens inside a cue may match a dash lexeme). */
    static int matchLength(List<Lexeme> lx, int at, String[] words) {
        int j = at;
        for (String w : words) {
            if (j >= lx.size()) return -1;
            if (w.indexOf('-') > 0) {
                j = matchHyphenated(lx, j, w);
                if (j < 0) return -1;
                continue;
            }
            if (!lx.get(j).lower().equals(w)) return -1;
            j++;
        }
        return j - at;
    }

    /**
     * "hamas-run" as word, dash, word from lexeme {@code j}: the lexeme after the match, or -1. The
     * parts are those of {@code w.split("-")}: empty parts between dashes stay, trailing ones are dropped.
     */
    private static int matchHyphenated(List<Lexeme> lx, int j, String w) {
        int end = partsEnd(w);
        int from = 0;
        while (true) {
            int dash = w.indexOf('-', from);
            int to = dash < 0 || dash >= end ? end : dash;
            if (j >= lx.size() || !equalsPart(lx.get(j).lower(), w, from, to)) return -1;
            j++;
            if (to == end) return j;
            if (j >= lx.size() || !lx.get(j).isDash()) return -1;
            j++;
            from = to + 1;
        }
    }

    private static boolean equalsPart(String lower, String w, int from, int to) {
        return lower.length() == to - from && w.startsWith(lower, from);
    }

    /** Whether the phrase ends exactly before lexeme {@code end}; returns its start or -1. */
    static int startEndingAt(List<Lexeme> lx, int end, String[] words) {
        // any match ending at end has the phrase's last part as the lexeme before end: most cues stop here
        if (end < 1 || end > lx.size() || words.length == 0 || !endsWithPart(lx.get(end - 1).lower(), words[words.length - 1])) {
            return -1;
        }
        for (int start = Math.max(0, end - words.length * 3); start < end; start++) {
            int len = matchLength(lx, start, words);
            if (len > 0 && start + len == end) return start;
        }
        return -1;
    }

    /** The last part of a phrase: the lexeme text any match of it ends with ("run" for "hamas-run"); "" for no words. */
    static String lastPart(String[] words) {
        if (words.length == 0) return "";
        String w = words[words.length - 1];
        if (w.indexOf('-') <= 0) return w;
        int end = partsEnd(w);
        return w.substring(lastPartStart(w, end), end);
    }

    /** Whether {@code lower} is the last part of cue word {@code w} (all of it when it has no inner hyphen). */
    private static boolean endsWithPart(String lower, String w) {
        if (w.indexOf('-') <= 0) return lower.equals(w);
        int end = partsEnd(w);
        return equalsPart(lower, w, lastPartStart(w, end), end);
    }

    /** Where a hyphenated cue word's parts end: trailing hyphens are dropped, as {@code split("-")} drops them. */
    private static int partsEnd(String w) {
        int end = w.length();
        while (end > 0 && w.charAt(end - 1) == '-') end--;
        return end;
    }

    private static int lastPartStart(String w, int end) {
        return w.lastIndexOf('-', end - 1) + 1;
    }
}
