package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into words, digit runs and single punctuation marks in one left-to-right pass.
 * Hand-written rather than a regex so its cost is linear in the input whatever the input is.
 * A digit run keeps its thousands separators (comma, space, no-break and narrow spaces) and
 * decimal part when they are well formed ("1,234,567.89", "40 000"); anything else is cut.
 */
public final class Lexer {

    private Lexer() {
    }

    public static List<Lexeme> lex(String s) {
        List<Lexeme> out = new ArrayList<>(Math.max(8, s.length() / 5));
        int n = s.length();
        int i = 0;
        boolean space = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)) && (i == 0 || !isDigit(s.charAt(i - 1))))) {
                i = digitRunEnd(s, i);
                if (i == start) {
                    i++; // a lone dot in "1..5": punctuation, and always progress
                    add(out, Lexeme.Type.PUNCT, s, start, i, space);
                } else {
                    add(out, Lexeme.Type.DIGITS, s, start, i, space);
                }
            } else if (Character.isLetter(c)) {
                boolean cyrillic = isCyrillic(c);
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (Character.isLetter(d)) {
                        cyrillic |= isCyrillic(d);
                        i++;
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                            && !(i + 2 <= n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                                 && (i + 2 == n || !Character.isLetter(s.charAt(i + 2))))) {
                        i++; // "don't", "o'clock" stay one word; possessive 's is cut off
                    } else if (d == '.' && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                            && i + 2 < n && s.charAt(i + 2) == '.') {
                        i++; // "U.S", "p.m" abbreviations stay together
                    } else {
                        break;
                    }
                }
                addWord(out, s, start, i, space, cyrillic);
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < n) i++;
                add(out, Lexeme.Type.PUNCT, s, start, i, space);
            }
            space = false;
        }
        return out;
    }

    private static void add(List<Lexeme> out, Lexeme.Type t, String s, int start, int end, boolean space) {
        String text = s.substring(start, end);
        out.add(new Lexeme(t, start, end, text, text.toLowerCase(java.util.Locale.ROOT), space));
    }

    /** A word; only one with a Cyrillic letter can need its look-alikes folded, so the rest skip that pass. */
    private static void addWord(List<Lexeme> out, String s, int start, int end, boolean space, boolean cyrillic) {
        String text = s.substring(start, end);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        out.add(new Lexeme(Lexeme.Type.WORD, start, end, text, cyrillic ? foldLookalikes(lower) : lower, space));
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04ff';
    }

    /** Cyrillic letters that look like Latin ones, and the Latin letters they pass for. */
    private static final String CYRILLIC_LOOKALIKES = "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455";
    private static final String LATIN_LETTERS = "aeopcyxijs";

    /**
     * "\u0410bout" (a Cyrillic A typed into an English word, as copy pasted between systems has it) reads
     * as "about": a word mixing Latin and Cyrillic letters has its Cyrillic look-alikes folded to Latin.
     */
    static String foldLookalikes(String lower) {
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') latin = true;
            else if (c >= '\u0400' && c <= '\u04ff') cyrillic = true;
        }
        if (!latin || !cyrillic) return lower;
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int k = CYRILLIC_LOOKALIKES.indexOf(c);
            b.append(k >= 0 ? LATIN_LETTERS.charAt(k) : c);
        }
        return b.toString();
    }

    /** Whether lexemes {@code k} and {@code k + 1} are a possessive "'s" (straight or curly apostrophe). */
    static boolean possessiveAt(List<Lexeme> lx, int k) {
        if (k < 0 || k + 1 >= lx.size()) return false;
        Lexeme apostrophe = lx.get(k);
        return (apostrophe.isPunct('\'') || apostrophe.isPunct('\u2019')) && lx.get(k + 1).is("s");
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    /**
     * Indian English writes lakhs and crores with groups of two before the last three ("7,00,000" is
     * 700,000, "1,20,00,000" is 12 million): from {@code i}, right after a lead of one or two digits,
     * one or more comma groups of exactly two digits, then one of exactly three that no digit follows.
     * Returns where that number ends, or -1 when the digits are not grouped so (then the western
     * groups of three are tried). Only commas: a space between such groups is too often a list.
     */
    private static int lakhGroupsEnd(String s, int i) {
        int n = s.length();
        int pairs = 0;
        while (i + 3 <= n && s.charAt(i) == ',' && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))) {
            boolean three = i + 3 < n && isDigit(s.charAt(i + 3));
            if (three) {
                boolean ends = i + 4 == n || !isDigit(s.charAt(i + 4));
                return pairs > 0 && ends ? i + 4 : -1;
            }
            pairs++;
            i += 3;
        }
        return -1;
    }

    /**
     * End of a number written in digits starting at {@code i}. Separators are accepted only
     * between a leading group of 1-3 digits and following groups of exactly 3, all with the
     * same separator, so "1, 234" and "423 0000" stay apart as separate numbers; or in Indian
     * lakh groups ({@link #lakhGroupsEnd}).
     */
    private static int digitRunEnd(String s, int i) {
        int n = s.length();
        int start = i;
        while (i < n && isDigit(s.charAt(i))) i++;
        int lead = i - start;
        char sep = 0;
        int lakhs = lead <= 2 ? lakhGroupsEnd(s, i) : -1;
        if (lakhs > 0) {
            i = lakhs;
        } else if (lead >= 1 && lead <= 3) {
            while (i < n && isGroupSeparator(s.charAt(i))) {
                char c = s.charAt(i);
                if (sep != 0 && c != sep) break;
                if (i + 4 > n) break;
                boolean three = isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3));
                boolean ends = i + 4 == n || !isDigit(s.charAt(i + 4));
                if (!three || !ends) break;
                sep = c;
                i += 4;
            }
        }
        // decimal part, unless a second dot follows (an IP address or version is cut into parts)
        boolean inDottedChain = start >= 2 && s.charAt(start - 1) == '.' && isDigit(s.charAt(start - 2));
        if (!inDottedChain && i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            int j = i + 1;
            while (j < n && isDigit(s.charAt(j))) j++;
            boolean dotted = j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1));
            if (!dotted) i = j;
        }
        return i;
    }
}
