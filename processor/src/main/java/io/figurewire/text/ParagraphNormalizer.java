package io.figurewire.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison form of a paragraph: two paragraphs are "the same" when these forms are
 * equal. Unicode NFKC, typographic quotes and dashes folded to ASCII, whitespace folded,
 * case folded. Number masking gives the form that a re-issued paragraph with an updated
 * figure shares with its earlier version. No regexes: this runs on untrusted text (see {@link NumberRuns}).
 */
public final class ParagraphNormalizer {

    private ParagraphNormalizer() {
    }

    /** One pass after NFKC: quotes and dashes folded, whitespace runs to one space, case folded. */
    public static String normalize(String paragraph) {
        String s = Normalizer.normalize(paragraph, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (isJavaRegexSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        // strip() as before: it also trims the Unicode spaces NFKC keeps (U+2028, U+001C..U+001F)
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u0060', '\u00b4' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }

    /** What {@code \\s} matched before: ASCII whitespace only (NFKC has turned no-break spaces into ' '). */
    private static boolean isJavaRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** Every number replaced by '#': "killed 57,338" and "killed 57,500" mask alike. */
    public static String maskNumbers(String normalized) {
        return NumberRuns.mask(normalized);
    }
}
