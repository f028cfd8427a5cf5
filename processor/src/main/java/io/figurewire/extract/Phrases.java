package io.figurewire.extract;

import java.util.List;
import java.util.Locale;

/** Matching of space-separated lowercase cue phrases against lexemes, by exact word sequence. */
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
                // "hamas-run": word, dash, word
                String[] parts = w.split("-");
                for (int p = 0; p < parts.length; p++) {
                    if (j >= lx.size() || !lx.get(j).lower().equals(parts[p])) return -1;
                    j++;
                    if (p < parts.length - 1) {
                        if (j >= lx.size() || !lx.get(j).isDash()) return -1;
                        j++;
                    }
                }
                continue;
            }
            if (!lx.get(j).lower().equals(w)) return -1;
            j++;
        }
        return j - at;
    }

    /** Whether the phrase ends exactly before lexeme {@code end}; returns its start or -1. */
    static int startEndingAt(List<Lexeme> lx, int end, String[] words) {
        for (int start = Math.max(0, end - words.length * 3); start < end; start++) {
            int len = matchLength(lx, start, words);
            if (len > 0 && start + len == end) return start;
        }
        return -1;
    }
}
