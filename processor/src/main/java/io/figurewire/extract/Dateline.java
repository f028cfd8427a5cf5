package io.figurewire.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dateline a wire story opens with: "KARSK —", "PORT EMMET, Valdoria (Reuters) —",
 * "ANKARA, Turkey (AP) —", "BEIRUT, August 8. /TASS/.", "Kathmandu, Nepal:", "MAKKAH. KAZINFORM:". A linear scan over
 * the first lexemes of a paragraph; it names a place even when no gazetteer knows it.
 *
 * @param place  the place as a name ("Port Emmet": an all-caps dateline is title-cased)
 * @param within the qualifier after the comma ("Valdoria", "Turkey"), or null
 * @param end    where the story's text starts after the dateline, a char offset in the paragraph
 */
public record Dateline(String place, String within, int end) {

    private static final int MAX_PLACE_WORDS = 5;
    private static final int MAX_LEXEMES = 24;
    /** "ST.", "FT.", "STE.": a full stop after a word this short joins it to the next. */
    private static final int MAX_ABBREVIATION = 3;

    /**
     * The dateline at the start of a paragraph, or null.
     *
     * @param skip   capitalized openers that are no dateline ("UPDATE")
     * @param months month names and abbreviations, lowercase: "BEIRUT, August 8." carries a date, not a country
     */
    public static Dateline parse(String paragraph, Set<String> skip, Set<String> months) {
        if (paragraph == null || paragraph.isBlank()) return null;
        String head = paragraph.length() > 200 ? paragraph.substring(0, 200) : paragraph;
        List<Lexeme> lx = Lexer.lex(head);
        if (lx.size() > MAX_LEXEMES) lx = lx.subList(0, MAX_LEXEMES);
        int i = 0;
        boolean caps = lx.size() > 0 && allCaps(lx.get(0));
        while (i < lx.size() && i < MAX_PLACE_WORDS * 2 && placeWord(lx, i, caps)) i++;
        if (i == 0 || lx.get(i - 1).isPunct()) return null;
        String place = join(lx, 0, i);
        if (skip.contains(lx.get(0).text().toUpperCase(Locale.ROOT))) return null;
        String within = null;
        if (i < lx.size() && lx.get(i).isPunct(',')) {
            int q = i + 1;
            if (q < lx.size() && months.contains(lx.get(q).lower())) {
                // "BEIRUT, August 8. /TASS/.": a date, then the agency
                while (q < lx.size() && q < i + 5 && !lx.get(q).isPunct('/') && !terminator(lx.get(q))) q++;
            } else {
                while (q < lx.size() && q < i + 6 && (lx.get(q).isCapitalized() || lx.get(q).isPunct('.'))) q++;
                if (q > i + 1) within = join(lx, i + 1, q);
            }
            i = q;
        }
        i = skipAgency(lx, i);
        if (i >= lx.size() || !terminator(lx.get(i))) return null;
        String q = within == null || !within.endsWith(".") ? within : within.substring(0, within.length() - 1);
        return new Dateline(caps ? titleCase(place) : place, q, lx.get(i).end());
    }

    private static boolean placeWord(List<Lexeme> lx, int i, boolean caps) {
        Lexeme l = lx.get(i);
        if (l.isWord()) return caps ? allCaps(l) : l.isCapitalized() && i < 4;
        // "PORT-AU-PRINCE", "ST. LOUIS": joiners inside a name, between two of its words; a full
        // stop only after an abbreviation ("MAKKAH. KAZINFORM:" is a place, then its agency)
        boolean abbreviation = l.isPunct('.') && i > 0 && lx.get(i - 1).text().length() <= MAX_ABBREVIATION;
        boolean joiner = (l.isDash() && !l.spaceBefore()) || abbreviation || l.isPunct('\'');
        return caps && joiner && i + 1 < lx.size() && lx.get(i + 1).isWord() && allCaps(lx.get(i + 1));
    }

    /** "(Reuters)", "(AP)", "/TASS/" and a full stop after it; ". KAZINFORM:" before the terminator after it. */
    private static int skipAgency(List<Lexeme> lx, int i) {
        if (i + 2 < lx.size() && lx.get(i).isPunct('.') && allCaps(lx.get(i + 1)) && terminator(lx.get(i + 2))
                && !lx.get(i + 2).isPunct('.')) {
            return i + 2;
        }
        if (i < lx.size() && (lx.get(i).isPunct('(') || lx.get(i).isPunct('/'))) {
            char close = lx.get(i).isPunct('(') ? ')' : '/';
            int k = i + 1;
            while (k < lx.size() && k < i + 6 && !lx.get(k).isPunct(close)) k++;
            if (k < lx.size() && lx.get(k).isPunct(close)) i = k + 1;
        }
        return i;
    }

    private static boolean terminator(Lexeme l) {
        return (l.isDash() && l.spaceBefore()) || l.isPunct(':') || l.isPunct('.') || (l.isDash() && l.text().charAt(0) != '-');
    }

    private static boolean allCaps(Lexeme l) {
        if (!l.isWord() || l.text().length() < 2) return false;
        for (int k = 0; k < l.text().length(); k++) {
            char c = l.text().charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) return false;
        }
        return true;
    }

    private static String join(List<Lexeme> lx, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && lx.get(k).spaceBefore()) b.append(' ');
            b.append(lx.get(k).text());
        }
        return b.toString();
    }

    /** "PORT EMMET" → "Port Emmet", "PORT-AU-PRINCE" → "Port-Au-Prince". */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
