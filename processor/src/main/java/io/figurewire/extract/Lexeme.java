package io.figurewire.extract;

/**
 * One word, digit run or punctuation mark of a text, with its character span. Whitespace is
 * not a lexeme; {@code spaceBefore} remembers whether any preceded it, because "60-day" and
 * "60 - day", or "10k" and "10 k", read differently.
 */
public record Lexeme(Type type, int start, int end, String text, String lower, boolean spaceBefore) {

    public enum Type { WORD, DIGITS, PUNCT }

    public boolean isWord() { return type == Type.WORD; }

    public boolean isDigits() { return type == Type.DIGITS; }

    public boolean isPunct(char c) { return type == Type.PUNCT && text.charAt(0) == c; }

    public boolean isPunct() { return type == Type.PUNCT; }

    public boolean is(String word) { return type == Type.WORD && lower.equals(word); }

    /** A dash of any width: hyphen, en dash, em dash, minus sign. */
    public boolean isDash() {
        if (type != Type.PUNCT) return false;
        char c = text.charAt(0);
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '\u2010' || c == '\u2011';
    }

    /**
     * A dash that can open or close an aside: a spaced hyphen ("900 -- students ... --") or an en or em
     * dash, which AP style sets without spaces; an unspaced hyphen joins words or a range ("10-15").
     */
    public boolean isAsideDash() {
        return isDash() && (spaceBefore || text.charAt(0) == '\u2013' || text.charAt(0) == '\u2014');
    }

    public boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }
}
