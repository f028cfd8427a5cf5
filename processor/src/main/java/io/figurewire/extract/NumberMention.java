package io.figurewire.extract;

/**
 * A number found in text. {@code firstLexeme}/{@code endLexeme} index the lexemes of the
 * scanned text (end exclusive) so callers can read the words around it.
 *
 * @param shape   what the number looks like: a plain quantity, or a shape that is never a
 *                count (an ordinal, a clock time, a fraction, a vague plural such as "hundreds")
 * @param spelled written (at least partly) in words: "twenty-six", "half a million"
 */
public record NumberMention(int start, int end, String text, double value, Shape shape, boolean spelled,
                            int firstLexeme, int endLexeme) {

    public enum Shape { NUMBER, ORDINAL, TIME, FRACTION, VAGUE }

    public boolean isInteger() {
        return value == Math.rint(value) && !Double.isInfinite(value);
    }

    /** "5.000", "12.500": one to three digits, a dot, exactly three digits, no scale word; a European thousands separator in a count. */
    public boolean thousandsWithADot() {
        int dot = text.indexOf('.');
        if (dot < 1 || dot > 3 || text.length() != dot + 4 || spelled) return false;
        for (int i = 0; i < text.length(); i++) {
            if (i != dot && !Lexer.isDigit(text.charAt(i))) return false;
        }
        return true;
    }

    /** A value as a key or period reads it: "24", not "24.0". */
    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
