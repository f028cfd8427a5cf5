package io.figurewire.text;

/**
 * Numbers in a normalised paragraph, found by one left-to-right scan: a run of ASCII digits,
 * continued by a separator ({@code . , U+00A0 U+202F} or a space) only when a digit follows it
 * ("57,338", "1.2", "10 000"). This replaces the regex {@code \d+(?:[., ]\d+)*}, whose repeated
 * group recursed in java.util.regex once per separator and overflowed the stack on a pasted
 * table of about 1,500 numbers. Time and stack are constant per character.
 */
public final class NumberRuns {

    private NumberRuns() {
    }

    /** Every number replaced by '#': "killed 57,338" and "killed 57,500" mask alike. */
    public static String mask(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (isDigit(text.charAt(i))) {
                i = end(text, i);
                out.append('#');
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The numbers in order, space-separated, grouping separators dropped ("57,338" → "57338"; '.' kept). */
    public static String digits(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = end(text, i);
            if (out.length() > 0) {
                out.append(' ');
            }
            for (int j = i; j < end; j++) {
                char c = text.charAt(j);
                if (isDigit(c) || c == '.') {
                    out.append(c);
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** How many numbers the text holds, stopping early once past {@code atMost}. */
    public static int count(CharSequence text, int atMost) {
        int n = 0;
        int i = 0;
        while (i < text.length() && n <= atMost) {
            if (isDigit(text.charAt(i))) {
                i = end(text, i);
                n++;
            } else {
                i++;
            }
        }
        return n;
    }

    /** The index just past the number starting at {@code start} (a digit). */
    static int end(CharSequence s, int start) {
        int i = skipDigits(s, start);
        while (i + 1 < s.length() && isSeparator(s.charAt(i)) && isDigit(s.charAt(i + 1))) {
            i = skipDigits(s, i + 1);
        }
        return i;
    }

    private static int skipDigits(CharSequence s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** ASCII only, as {@code \d} without UNICODE_CHARACTER_CLASS; NFKC has folded other digits already. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '\u00a0' || c == '\u202f' || c == ' ';
    }
}
