package io.figurewire.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison form of a paragraph: two paragraphs are "the same" when these forms are
 * equal. Unicode NFKC, typographic quotes and dashes folded to ASCII, whitespace folded,
 * case folded. Number masking gives the form that a re-issued paragraph with an updated
 * figure shares with its earlier version.
 */
public final class ParagraphNormalizer {

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]");
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A number with any thousands/decimal separators: "57,338", "1.2", "10 000". */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\u00a0\u202f ]\\d+)*");

    private ParagraphNormalizer() {
    }

    public static String normalize(String paragraph) {
        String s = Normalizer.normalize(paragraph, Normalizer.Form.NFKC);
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.toLowerCase(Locale.ROOT);
    }

    /** Every number replaced by '#': "killed 57,338" and "killed 57,500" mask alike. */
    public static String maskNumbers(String normalized) {
        return NUMBER.matcher(normalized).replaceAll("#");
    }
}
