package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence splitter. Chosen over OpenNLP's statistical model because news wire
 * abbreviations are a small closed set we can list ("U.S.", "Oct. 7", "Mr.", initials), the
 * rules are explainable in the {@code explain} output, they cost one linear pass, and it keeps
 * a 2 MB model and its download out of the processor. A full stop ends a sentence only when
 * followed by space and a capital, digit or opening quote, and the word before it is not a
 * known abbreviation or an initial; "!" and "?" always end one; line breaks too.
 */
public final class SentenceSplitter {

    /** A sentence and where it starts and ends in the text it was cut from. */
    public record Sentence(int start, int end, String text) {
    }

    private static final Set<String> ABBREVIATIONS = WordClasses.get("abbreviations");

    /** Words that, after a dotted abbreviation like "U.S.", make a new sentence likely. */
    private static final Set<String> STARTERS = WordClasses.get("starters");

    /** The shortest lower-case word a glued full stop may follow ("help.Earlier"); shorter ones are too often parts of names. */
    private static final int MIN_GLUED_WORD = 3;
    /** How far back a word is read. */
    private static final int MAX_WORD = 20;

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(out, text, start, i);
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') continue;
            int end = i + 1;
            // closing quotes and brackets belong to the sentence they end
            while (end < n && isCloser(text.charAt(end))) end++;
            if (end < n && !Character.isWhitespace(text.charAt(end))) {
                if (c == '.' && glued(text, i)) {
                    add(out, text, start, i + 1);
                    start = i + 1;
                }
                continue;
            }
            int next = end;
            while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\u00A0')) next++;
            if (next >= n) continue;
            char nc = text.charAt(next);
            boolean startsSentence = Character.isUpperCase(nc) || Character.isDigit(nc) || isOpener(nc);
            if (!startsSentence) continue;
            if (c == '.' && !fullStop(text, i, next)) continue;
            add(out, text, start, end);
            start = end;
            i = end - 1;
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean fullStop(String text, int dot, int next) {
        int w = dot;
        while (w > 0 && dot - w < 20 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.' || text.charAt(w - 1) == '\'')) w--;
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) return true;
        boolean dotted = word.indexOf('.') >= 0;
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) return false; // an initial: "J. Smith"
        String nextWord = nextWord(text, next);
        if (ABBREVIATIONS.contains(word) || dotted) {
            // "Oct. 7", "No. 3": a number after an abbreviation continues the sentence
            if (Character.isDigit(text.charAt(next))) return false;
            if (word.equals("u.s") || word.equals("u.k") || word.equals("u.n") || word.equals("e.u") || word.equals("d.c")
                    || word.equals("inc") || word.equals("ltd") || word.equals("co") || word.equals("corp")
                    || word.equals("etc") || word.equals("jr") || word.equals("sr") || word.equals("a.m") || word.equals("p.m")) {
                return STARTERS.contains(nextWord);
            }
            return false;
        }
        return true;
    }

    /**
     * "... in two decades.Suhail Shaheen said": scraped copy glues sentences. A full stop with no space
     * between a lower-case word of at least {@link #MIN_GLUED_WORD} letters and a capitalised word (a capital,
     * then a lower-case letter) ends a sentence; "dailynews.com", "St.Petersburg" and "ASP.NET" do not.
     */
    private static boolean glued(String text, int dot) {
        int n = text.length();
        if (dot + 2 >= n || !Character.isUpperCase(text.charAt(dot + 1)) || !Character.isLowerCase(text.charAt(dot + 2))) return false;
        int w = dot;
        while (w > 0 && dot - w < MAX_WORD && Character.isLetter(text.charAt(w - 1))) w--;
        if (dot - w < MIN_GLUED_WORD || (w > 0 && !Character.isWhitespace(text.charAt(w - 1)))) return false;
        for (int k = w; k < dot; k++) {
            if (!Character.isLowerCase(text.charAt(k))) return false;
        }
        return !ABBREVIATIONS.contains(text.substring(w, dot));
    }

    private static String nextWord(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return text.substring(at, e).toLowerCase(Locale.ROOT);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '\'';
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to > from) out.add(new Sentence(from, to, text.substring(from, to)));
    }
}
