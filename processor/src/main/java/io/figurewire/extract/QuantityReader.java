package io.figurewire.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every quantity in a text, as {@code explain --numbers} prints it: counts, money, percentages,
 * measures, fractions ("a third", "one out of three"), vague plurals ("thousands" is 1,000 to
 * 10,000) and ranges ("from $10 to $15 billion"), and not the numbers that are no quantity:
 * years, dates, clock times, ordinals and names or references ("Game 2", "Section 427").
 * Built on {@link NumberScanner}; the word lists are in {@code quantity-words.json}. Linear in
 * the text, bounded look-around, no regex.
 */
public final class QuantityReader {

    private static final int HEADLINE_WORD_LENGTH = 4;
    private static final int HEADLINE_MIN_WORDS = 3;
    private static final double HEADLINE_SHARE = 0.6;

    private final QuantityWords w;

    private QuantityReader(QuantityWords w) {
        this.w = w;
    }

    private static final QuantityReader DEFAULT = new QuantityReader(QuantityWords.DEFAULT);

    /** Every number of the text (its first {@link ClaimExtractor#MAX_PARAGRAPH_CHARS} characters) with its verdict. */
    public static List<Quantity> read(String input) {
        String text = ClaimExtractor.bounded(input);
        return DEFAULT.readCapped(text);
    }

    /** Only the quantities. */
    public static List<Quantity> quantities(String text) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : read(text)) if (q.quantity()) out.add(q);
        return out;
    }

    private List<Quantity> readCapped(String text) {
        List<Lexeme> lx = QuantityLexemes.normalize(Lexer.lex(text), w);
        List<QuantityItem> items = new ArrayList<>();
        boolean headline = headline(lx);
        for (NumberMention m : NumberScanner.scan(text, lx)) {
            QuantityItem it = new QuantityItem(m.firstLexeme(), m.endLexeme(), m.value(), m.spelled());
            items.add(classify(m, it, lx, headline));
        }
        new QuantityFractions(w, lx).apply(items);
        items.sort(Comparator.comparingInt(i -> i.first));
        new QuantityRanges(w, lx).join(items);
        List<Quantity> out = new ArrayList<>(items.size());
        for (QuantityItem it : items) {
            int s = lx.get(it.first).start();
            int e = lx.get(it.end - 1).end();
            out.add(new Quantity(s, e, text.substring(s, e), it.low, it.high, it.quantity, it.rule));
        }
        return out;
    }

    private QuantityItem classify(NumberMention m, QuantityItem it, List<Lexeme> lx, boolean headline) {
        switch (m.shape()) {
            case ORDINAL: return it.skip("ordinal");
            case TIME: return it.skip("clock time or date");
            case FRACTION: return slashFraction(m, it, lx);
            case VAGUE: return vague(m, it, lx);
            default: break;
        }
        if (m.text().regionMatches(true, 0, "a pair", 0, 6)) return it.skip("'a pair' is not read as a count");
        if (w.codeWords.contains(gluedText(m, lx))) return it.skip("technology or format name ('5G', '3D', '4K')");
        String why = notAQuantity(m, it, lx, headline);
        if (why != null) return it.skip(why);
        sign(it, lx);
        return it;
    }

    /** "1/2 pound", "3/4 cup" are fractions; "24/7", "9/11", "2023/24" are not. */
    private QuantityItem slashFraction(NumberMention m, QuantityItem it, List<Lexeme> lx) {
        Lexeme num = lx.get(m.firstLexeme()), den = lx.get(m.endLexeme() - 1);
        Integer d = w.slashDenominators.get(den.text());
        if (d == null || NumberScanner.parseDigits(num.text()) >= d) return it.skip("date, season or code with a slash");
        return it.value(m.value(), "fraction");
    }

    /** The number with the word glued to it, as written: "5g" for "5G networks". */
    private static String gluedText(NumberMention m, List<Lexeme> lx) {
        Lexeme n = at(lx, m.endLexeme()), last = lx.get(m.endLexeme() - 1);
        String t = m.text();
        if (n != null && n.isWord() && n.start() == last.end()) t = t + n.text();
        return t.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the text is in title case ("Storm Kills 40 In Texas"), where a capital before a
     * number does not make it a name: most of its longer words are capitalized.
     */
    private static boolean headline(List<Lexeme> lx) {
        int words = 0, capitals = 0;
        for (Lexeme l : lx) {
            if (!l.isWord() || l.text().length() < HEADLINE_WORD_LENGTH) continue;
            words++;
            if (l.isCapitalized()) capitals++;
        }
        return words >= HEADLINE_MIN_WORDS && capitals >= HEADLINE_SHARE * words;
    }

    /** "thousands" reads 1,000 to 10,000, "tens of millions" 10 to 100 million, "dozens" 12 (the set's convention). */
    private static QuantityItem vague(NumberMention m, QuantityItem it, List<Lexeme> lx) {
        String head = lx.get(m.firstLexeme()).lower();
        boolean of = m.endLexeme() < lx.size() && lx.get(m.endLexeme()).is("of");
        if (head.equals("dozens")) return of ? it.value(12, "vague: dozens") : it.skip("'dozens' without 'of'");
        if (head.equals("scores") || (head.equals("tens") && m.endLexeme() - m.firstLexeme() == 1)) {
            return it.skip("'" + head + "' is not read as a number");
        }
        it.low = m.value();
        it.high = m.value() * 10;
        it.rule = "vague plural: a range";
        return it;
    }

    /** Why a plain number is no quantity, or null. */
    private String notAQuantity(NumberMention m, QuantityItem it, List<Lexeme> lx, boolean headline) {
        int f = m.firstLexeme(), e = m.endLexeme();
        Lexeme next = at(lx, e), prev = at(lx, f - 1);
        if (next != null && w.clockWords.contains(next.lower())) return "clock time";
        if (lx.get(f).isDigits() && lx.get(f).text().length() >= 3 && lx.get(f).text().charAt(0) == '0'
                && lx.get(f).text().indexOf('.') < 0) return "clock time or code with a leading zero ('0800', '007')";
        if (next != null && next.is("s") && !next.spaceBefore()) return "decade or plural name ('1990s', 'Model 3s')";
        if (isDate(it, lx)) return "date";
        if (isYear(m, it, lx)) return "year";
        boolean bare = e - f == 1 && !w.unitAt(lx, e);
        if (bare && prev != null && (w.referenceBefore.contains(prev.lower())
                || (prev.isPunct('.') && at(lx, f - 2) != null && at(lx, f - 2).is("no")))) return "reference ('category 4', 'No. 1')";
        if (bare && !headline && prev != null && w.isName(prev) && !sentenceStart(lx, f - 1)
                && (lx.get(f).isDigits() || lx.get(f).isCapitalized())) {
            return "name or reference ('Game 2', 'iPhone 11')";
        }
        if (colonJoined(lx, f, e)) return "clock time, lap time or score";
        if (e - f == 1 && lx.get(f).is("one") && ((next != null && next.isDigits())
                || (prev != null && w.notOneOfBefore.contains(prev.lower())))) return "'one' as a pronoun or determiner";
        if (inParenthesesAfterName(lx, f, e)) return "jersey or reference number after a name";
        if (prev != null && prev.isPunct(',') && w.isName(at(lx, f - 2)) && (next == null || next.isPunct(',') || next.isPunct('.'))
                && it.isInteger() && it.low <= 120) return "age after a name";
        if (isAddress(lx, e)) return "street address or code";
        if (nameDash(lx, f, e)) return "name with a number ('COVID -19')";
        return null;
    }

    /** A day of a month: "February 11", "Dec. 2", "9 May", "4th of July" (ordinals are already skipped). */
    private boolean isDate(QuantityItem it, List<Lexeme> lx) {
        if (!it.isInteger() || it.low < 1 || it.low > 31) return false;
        Lexeme p = at(lx, it.first - 1);
        if (p != null && p.isPunct('.')) p = at(lx, it.first - 2);
        if (p != null && w.isMonth(p)) return true;
        Lexeme n = at(lx, it.end);
        if (n != null && n.is("of")) n = at(lx, it.end + 1);
        return n != null && w.isMonth(n);
    }

    /** Four plain digits 1000-2199, unless money, hedged ("about 2000") or counting something ("1200 parts"). */
    private boolean isYear(NumberMention m, QuantityItem it, List<Lexeme> lx) {
        if (!it.isInteger() || it.low < 1000 || it.low > 2199 || m.text().length() != 4 || m.spelled()) return false;
        Lexeme p = at(lx, it.first - 1);
        if (p != null && w.isCurrency(p)) return false;
        if (QualifierReader.before(lx, it.first).qualifier() != Qualifier.EXACT) return false;
        if (w.unitAt(lx, it.end)) return false;
        if (pluralAfter(lx, it.end)) return false;
        Lexeme n = at(lx, it.end);
        // "2000 - 2500 calories": a range to a number that cannot be a year
        if (n != null && (n.isDash() || n.is("to")) && at(lx, it.end + 1) != null && at(lx, it.end + 1).isDigits()) {
            double other = NumberScanner.parseDigits(at(lx, it.end + 1).text());
            if (other > 2199) return false;
        }
        return true;
    }

    /** "Yesterday 40 people": a capital that only starts the sentence ("Game", not "NBA" or "iPhone"). */
    private static boolean sentenceStart(List<Lexeme> lx, int k) {
        Lexeme l = lx.get(k), p = at(lx, k - 1);
        boolean first = p == null || p.isPunct('.') || p.isPunct('!') || p.isPunct('?') || p.isPunct('"') || p.isPunct('\u201C');
        return first && l.text().substring(1).equals(l.lower().substring(1));
    }

    /** A lowercase plural noun at {@code k}: "1200 parts". */
    private static boolean pluralAfter(List<Lexeme> lx, int k) {
        Lexeme n = at(lx, k);
        return n != null && n.isWord() && !n.isCapitalized() && n.lower().length() > 3 && n.lower().endsWith("s")
                && !n.lower().endsWith("ss") && !n.lower().endsWith("us");
    }

    /** "1:36.6", "12:01": digits joined by a colon without spaces. */
    private static boolean colonJoined(List<Lexeme> lx, int f, int e) {
        Lexeme p = at(lx, f - 1), n = at(lx, e);
        boolean before = p != null && p.isPunct(':') && !lx.get(f).spaceBefore() && at(lx, f - 2) != null && at(lx, f - 2).isDigits()
                && !p.spaceBefore();
        boolean after = n != null && n.isPunct(':') && !n.spaceBefore() && at(lx, e + 1) != null && at(lx, e + 1).isDigits()
                && !at(lx, e + 1).spaceBefore();
        return before || after;
    }

    /** "Dak Prescott (4)": a bare number in brackets right after a name. */
    private boolean inParenthesesAfterName(List<Lexeme> lx, int f, int e) {
        Lexeme open = at(lx, f - 1), close = at(lx, e);
        return open != null && open.isPunct('(') && close != null && close.isPunct(')') && w.isName(at(lx, f - 2));
    }

    /** "16-18 Industrial Avenue", "the 90049 ZIP Code": a number before up to three names and a street word. */
    private boolean isAddress(List<Lexeme> lx, int e) {
        int k = e;
        if (at(lx, k) != null && at(lx, k).isDash() && at(lx, k + 1) != null && at(lx, k + 1).isDigits()) k += 2;
        for (int j = k; j < k + 4 && j < lx.size(); j++) {
            Lexeme l = lx.get(j);
            if (!l.isWord() || !(l.isCapitalized() || Character.isUpperCase(l.text().charAt(l.text().length() - 1)))) return false;
            if (w.referenceAfter.contains(l.lower())) return true;
        }
        return false;
    }

    /** "COVID -19 tests": a dash glued to a number after a name, with no percent sign (unlike "FTSE -0.6%"). */
    private boolean nameDash(List<Lexeme> lx, int f, int e) {
        Lexeme d = at(lx, f - 1);
        if (d == null || !d.isDash() || lx.get(f).spaceBefore() || !d.spaceBefore()) return false;
        return w.isName(at(lx, f - 2)) && !(at(lx, e) != null && (at(lx, e).isPunct('%') || w.units.contains(at(lx, e).lower())));
    }

    /** "-1.3%", "$-50.8bn", "was -5 yards": a dash glued to the number, spaced from what is before it (or after "$"). */
    private void sign(QuantityItem it, List<Lexeme> lx) {
        Lexeme d = at(lx, it.first - 1);
        if (it.low <= 0 || d == null || !d.isDash() || lx.get(it.first).spaceBefore()) return;
        Lexeme before = at(lx, it.first - 2);
        if (before == null || d.spaceBefore() || w.isCurrency(before)) {
            it.first--;
            it.low = -it.low;
            it.high = -it.high;
            it.rule = "negative number";
        }
    }

    static Lexeme at(List<Lexeme> lx, int k) {
        return k >= 0 && k < lx.size() ? lx.get(k) : null;
    }
}
