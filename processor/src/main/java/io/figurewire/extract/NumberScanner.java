package io.figurewire.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds numbers in English text: digits with thousands separators and decimals, glued
 * suffixes ("10k", "3.5bn"), scale words ("1.2 million", "half a million", "a quarter of a
 * million", "two hundred and two thousand"), spelled-out cardinals, plus shapes that look
 * like numbers but are never counts (ordinals, clock times, fractions, vague plurals such as
 * "hundreds"), which are reported with their {@link NumberMention.Shape} so that callers can
 * say why they skipped them.
 *
 * <p>Works on the {@link Lexer}'s lexemes with bounded look-ahead, so the cost is linear in
 * the input; there is no regex here.
 */
public final class NumberScanner {

    private static final Set<String> PRONOUN_ONE_BEFORE = WordClasses.get("pronoun-one-before");
    private static final Set<String> MONTHS = WordClasses.get("months");
    private static final Set<String> WEEKDAYS = WordClasses.get("weekdays");

    private NumberScanner() {
    }

    /** Longer input is cut here: the scanner is for paragraphs, and this bounds its memory. */
    public static final int MAX_CHARS = 100_000;

    /** Numbers in the text (its first {@link #MAX_CHARS} characters), left to right. */
    public static List<NumberMention> scan(String text) {
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return scan(t, Lexer.lex(t));
    }

    public static List<NumberMention> scan(String text, List<Lexeme> lx) {
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        int n = lx.size();
        while (i < n) {
            if (!mayStartNumber(lx.get(i))) {
                i++; // most lexemes are plain words or punctuation: no need to try composing a number there
                continue;
            }
            NumberMention m = null;
            try {
                m = at(text, lx, i);
            } catch (RuntimeException e) {
                m = null; // a malformed number is skipped, never fatal
            }
            if (m != null) {
                out.add(m);
                i = Math.max(m.endLexeme(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Every word of {@link NumberWords} {@link #at} can start a mention with: a vague plural, an
     * ordinal, a unit, teen or tens word, a scale or its plural. The few words the composer itself
     * tests by name are in {@link #composerWord}.
     */
    private static final Set<String> FIRST_WORDS = firstWords();

    private static Set<String> firstWords() {
        Set<String> out = new HashSet<>(NumberWords.SMALL.keySet());
        out.addAll(NumberWords.TENS.keySet());
        out.addAll(NumberWords.ORDINALS.keySet());
        out.addAll(NumberWords.VAGUE.keySet());
        for (String scale : NumberWords.SCALES.keySet()) {
            out.add(scale);
            out.add(scale + "s");
        }
        return Set.copyOf(out);
    }

    /** Whether {@link #at} could find a mention starting at this lexeme: digits, a dash (a minus sign) or a first word. */
    private static boolean mayStartNumber(Lexeme l) {
        return l.isDigits() || l.isDash() || (l.isWord() && (FIRST_WORDS.contains(l.lower()) || composerWord(l.lower())));
    }

    /** The words {@link #at} and {@link #word} test by name as a number's first word: a sign, the article, fractions, "point". */
    private static boolean composerWord(String lower) {
        return switch (lower) {
            case "minus", "negative", "a", "an", "one", "half", "quarter", "point" -> true;
            default -> false;
        };
    }

    private enum Last { NONE, DIGIT, UNIT, TEEN, TENS, HUNDRED, BIG, POINT }

    /** State of one number being composed left to right. */
    private static final class Compose {
        double total;
        double current;
        Last last = Last.NONE;
        double lastScale = Double.POSITIVE_INFINITY;
        double maxScale = 0;
        boolean spelled;
        boolean any;
        int j;
    }

    private static NumberMention at(String text, List<Lexeme> lx, int i) {
        int n = lx.size();
        Lexeme first = lx.get(i);
        // a number glued to a word before it is part of a name: "COVID-19", "A320", "F-16"
        if (first.isDigits() && !first.spaceBefore() && i > 0) {
            Lexeme prev = lx.get(i - 1);
            if (prev.isWord()) return null;
            if (prev.isDash() && i > 1 && lx.get(i - 2).isWord() && !prev.spaceBefore()) return null;
        }
        // sign
        int k = i;
        boolean negative = false;
        if (first.is("minus") || first.is("negative")) {
            negative = true;
            k = i + 1;
        } else if (first.isDash() && i + 1 < n && lx.get(i + 1).isDigits()
                && (i == 0 || (lx.get(i - 1).isPunct('(')))) {
            negative = true;
            k = i + 1;
        }
        if (k >= n) return null;
        // vague plurals: "hundreds", "tens of thousands", "dozens"
        Lexeme head = lx.get(k);
        if (head.isWord() && NumberWords.VAGUE.containsKey(head.lower()) && !negative) {
            double v = NumberWords.VAGUE.get(head.lower());
            int e = k + 1;
            if (e + 1 < n && lx.get(e).is("of") && NumberWords.VAGUE.containsKey(lx.get(e + 1).lower())
                    && !lx.get(e + 1).is("dozens") && !lx.get(e + 1).is("tens")) {
                v *= NumberWords.VAGUE.get(lx.get(e + 1).lower());
                e += 2;
            }
            return mention(text, lx, i, e, v, NumberMention.Shape.VAGUE, true);
        }
        // ordinals in words are never counts; report them so explain can say so
        if (head.isWord() && NumberWords.ORDINALS.containsKey(head.lower()) && !negative && i == k) {
            if (head.is("second") || head.is("first")) return null; // too often not numeric ("a second time")
            return mention(text, lx, k, k + 1, NumberWords.ORDINALS.get(head.lower()), NumberMention.Shape.ORDINAL, true);
        }
        if (head.isDigits()) {
            NumberMention special = digitsShape(text, lx, k);
            if (special != null) return special;
            NumberMention typo = i == k ? spacedThousands(text, lx, k) : null;
            if (typo != null) return typo;
        }
        Compose c = new Compose();
        c.j = k;
        compose(lx, c, true);
        if (!c.any) return null;
        int end = c.j;
        double value = c.total + c.current;
        // "one" is very often a pronoun: "the one you mentioned", "which one"
        if (end - k == 1 && lx.get(k).is("one") && i > 0 && PRONOUN_ONE_BEFORE.contains(lx.get(i - 1).lower())) return null;
        if (end - k == 1 && lx.get(k).is("one") && end < n && (lx.get(end).is("of") || lx.get(end).is("another"))) return null;
        // a restatement in brackets: "forty-five (45)"
        if (end + 2 < n && lx.get(end).isPunct('(')) {
            Compose again = new Compose();
            again.j = end + 1;
            compose(lx, again, true);
            if (again.any && again.total + again.current == value && again.j < n && lx.get(again.j).isPunct(')')) {
                end = again.j + 1;
            }
        }
        return mention(text, lx, i, end, negative ? -value : value, NumberMention.Shape.NUMBER, c.spelled);
    }

    /**
     * "rose to 3, 400": a thousands separator typed with a space after it joins a group of one to three digits
     * and a group of exactly three. Not after a month or weekday ("On May 3, 200 people"), inside a list
     * ("1, 2, 300") or before a further group or decimal ("3, 400, 500").
     */
    private static NumberMention spacedThousands(String text, List<Lexeme> lx, int k) {
        int n = lx.size();
        if (k + 2 >= n || lx.get(k).text().length() > 3) return null;
        Lexeme comma = lx.get(k + 1);
        Lexeme group = lx.get(k + 2);
        if (!comma.isPunct(',') || comma.spaceBefore() || !group.isDigits() || group.text().length() != 3
                || group.start() != comma.end() + 1 || text.charAt(comma.end()) != ' ') return null;
        if (k + 4 < n && (lx.get(k + 3).isPunct(',') || lx.get(k + 3).isPunct('.')) && !lx.get(k + 3).spaceBefore()
                && lx.get(k + 4).isDigits()) return null;
        Lexeme prev = k > 0 ? lx.get(k - 1) : null;
        Lexeme prev2 = k > 1 ? lx.get(k - 2) : null;
        if (prev != null && (prev.isPunct(',') || MONTHS.contains(prev.lower()) || WEEKDAYS.contains(prev.lower())
                || prev.isPunct('.') && prev2 != null && MONTHS.contains(prev2.lower()))) return null;
        double v = parseDigits(lx.get(k).text()) * 1000 + parseDigits(group.text());
        return mention(text, lx, k, k + 3, v, NumberMention.Shape.NUMBER, false);
    }

    /** Digit shapes that are not plain quantities: ordinals, clock times, fractions and dates. */
    private static NumberMention digitsShape(String text, List<Lexeme> lx, int k) {
        int n = lx.size();
        Lexeme d = lx.get(k);
        if (k + 1 < n && !lx.get(k + 1).spaceBefore()) {
            Lexeme next = lx.get(k + 1);
            if (next.isWord()) {
                String w = next.lower();
                if (w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th")) {
                    return mention(text, lx, k, k + 2, parseDigits(d.text()), NumberMention.Shape.ORDINAL, false);
                }
                if (w.equals("am") || w.equals("pm") || w.equals("a.m") || w.equals("p.m")) {
                    return mention(text, lx, k, k + 2, parseDigits(d.text()), NumberMention.Shape.TIME, false);
                }
            }
            if ((next.isPunct(':') || next.isPunct('.')) && k + 2 < n && lx.get(k + 2).isDigits()
                    && !lx.get(k + 2).spaceBefore() && lx.get(k + 2).text().length() == 2 && next.isPunct(':')) {
                return mention(text, lx, k, k + 3, parseDigits(d.text()), NumberMention.Shape.TIME, false);
            }
            if (next.isPunct('/') && k + 2 < n && lx.get(k + 2).isDigits() && !lx.get(k + 2).spaceBefore()) {
                int e = k + 3;
                // 9/11, 10/7/2023: a second slash means a date
                if (e + 1 < n && lx.get(e).isPunct('/') && !lx.get(e).spaceBefore()) {
                    return mention(text, lx, k, Math.min(n, e + 2), parseDigits(d.text()), NumberMention.Shape.TIME, false);
                }
                double den = parseDigits(lx.get(k + 2).text());
                if (den == 0) return null;
                return mention(text, lx, k, e, parseDigits(d.text()) / den, NumberMention.Shape.FRACTION, false);
            }
        }
        return null;
    }

    /**
     * Reads one number from {@code c.j}, leaving {@code c.j} after it. {@code top} is false for
     * the small part after "and", which must not take scale words above what came before.
     */
    private static void compose(List<Lexeme> lx, Compose c, boolean top) {
        while (c.j < lx.size()) {
            if (!step(lx, c, top)) return;
        }
    }

    /** One lexeme (or a few read together) at a time keeps each rule short; false once the number is over. */
    private static boolean step(List<Lexeme> lx, Compose c, boolean top) {
        Lexeme l = lx.get(c.j);
        if (c.any && !l.spaceBefore() && !l.isPunct() && !(l.isWord() && c.last == Last.DIGIT)
                && lx.get(c.j - 1).isWord()) {
            return false; // words must be separated
        }
        if (l.isDigits()) return digits(lx, c);
        if (l.isWord()) return word(lx, c, top);
        return false;
    }

    /** Digits join only after nothing, a scale or "hundred", and only when they are not a measurement. */
    private static boolean digits(List<Lexeme> lx, Compose c) {
        Lexeme l = lx.get(c.j);
        if (!(c.last == Last.NONE || c.last == Last.BIG || c.last == Last.HUNDRED)) return false;
        if (c.any && !l.spaceBefore()) return false;
        double v = parseDigits(l.text());
        if (c.last == Last.HUNDRED && v >= 100) return false;
        if (c.last == Last.BIG && v >= c.lastScale) return false;
        // "eight million 250ml bottles": digits after a scale word start a new number, unless a scale follows them
        if (c.last == Last.BIG && l.spaceBefore() && !scaleAt(lx, c.j + 1)) return false;
        int after = c.j + 1;
        if (after < lx.size() && lx.get(after).isWord() && endsAtWordAfterDigits(lx, c, v, after)) return false;
        c.current += v;
        c.any = true;
        c.last = Last.DIGIT;
        c.j = after;
        return true;
    }

    /** A word glued to digits ends the number: a suffix ("10k") closes it, a unit ("180ml") makes it a measurement. */
    private static boolean endsAtWordAfterDigits(List<Lexeme> lx, Compose c, double v, int after) {
        int n = lx.size();
        Lexeme w = lx.get(after);
        Double sfx = NumberWords.suffix(w.text());
        boolean glued = !w.spaceBefore();
        boolean loneLetter = w.spaceBefore() && (w.text().equals("k") || w.text().equals("K") || w.text().equals("M"))
                && (after + 1 >= n || !lx.get(after + 1).isWord() || lx.get(after + 1).spaceBefore());
        if (sfx == null && glued && w.text().equals("m") && millionBeforePlural(lx, after + 1)) sfx = 1e6;
        // "1.2million", "14.5lakh": a whole scale word glued to the digits, as wires and headlines squeeze them
        if (sfx == null && glued) sfx = NumberWords.gluedScale(w.lower());
        if (sfx != null && (glued || loneLetter)) {
            // "10k", "3.5bn": the suffix closes the number
            c.current += v * sfx;
            c.any = true;
            c.last = Last.BIG;
            c.j = after + 1;
            return true;
        }
        // "180ml", "5km", "45kg": a measurement glued to its unit, not a bare number
        return glued && !w.lower().equals("s");
    }

    /** Number words are tried from the most specific shape (fractions of a scale) to the loosest ("and", "point"). */
    private static boolean word(List<Lexeme> lx, Compose c, boolean top) {
        String w = lx.get(c.j).lower();
        if ((w.equals("a") || w.equals("an") || w.equals("one") || w.equals("half") || w.equals("quarter"))
                && fractionOfScale(lx, c)) {
            return true;
        }
        if ((w.equals("a") || w.equals("an")) && c.last == Last.NONE && c.j + 1 < lx.size()) return articleBeforeScale(lx, c);
        Integer small = NumberWords.unitOrTeen(w);
        if (small != null) return unitOrTeenWord(c, small);
        Integer tens = NumberWords.TENS.get(w);
        if (tens != null) return tensWord(lx, c, tens);
        Double scale = NumberWords.scale(w);
        if (scale != null && !w.equals("cr") && !w.equals("kr") || (scale != null && c.any)) return scaleWord(lx, c, w, scale);
        if (w.equals("and") && c.any && top) return andFraction(lx, c) || andSmallPart(lx, c);
        if (w.equals("point") && c.j + 1 < lx.size() && (c.any || c.j == 0)) return decimalWords(lx, c);
        return false;
    }

    /** "a pair", "a million", "a dozen": the article counts as one only before a pair or a scale. */
    private static boolean articleBeforeScale(List<Lexeme> lx, Compose c) {
        Lexeme nx = lx.get(c.j + 1);
        Double s2 = NumberWords.scale(nx.lower());
        if (nx.is("pair")) {
            c.current = 2; c.any = true; c.spelled = true; c.last = Last.BIG; c.lastScale = 2; c.j += 2;
            return false;
        }
        if (s2 != null && !nx.lower().endsWith("s") && s2 >= 12) {
            c.current = 1;
            c.any = true;
            c.spelled = true;
            c.last = Last.UNIT;
            c.j++;
            return true;
        }
        return false;
    }

    /** "one" to "nineteen" follow nothing, a scale, "hundred", or a tens word (as units only: "twenty one"). */
    private static boolean unitOrTeenWord(Compose c, int small) {
        boolean ok = c.last == Last.NONE || c.last == Last.BIG
                || (c.last == Last.HUNDRED)
                || (c.last == Last.TENS && small >= 1 && small <= 9);
        if (!ok) return false;
        if (small == 0 && c.any) return false;
        c.current += small;
        c.any = true;
        c.spelled = true;
        c.last = small < 10 ? Last.UNIT : Last.TEEN;
        c.j++;
        return true;
    }

    /** Tens words take a hyphenated unit ("twenty-six") and, spoken, read "one twenty two" as 122. */
    private static boolean tensWord(List<Lexeme> lx, Compose c, int tens) {
        int n = lx.size();
        boolean colloquialHundreds = c.last == Last.UNIT && c.total == 0 && c.current >= 1 && c.current <= 9
                && c.j + 1 < n && NumberWords.unitOrTeen(lx.get(c.j + 1).lower()) != null; // "one twenty two"
        if (colloquialHundreds) {
            c.current *= 100;
        } else if (!(c.last == Last.NONE || c.last == Last.BIG || c.last == Last.HUNDRED)) {
            return false;
        }
        c.current += tens;
        c.any = true;
        c.spelled = true;
        c.last = Last.TENS;
        c.j++;
        // "twenty-six", "fifty - two"
        if (c.j + 1 < n && lx.get(c.j).isDash()) {
            Integer u = NumberWords.unitOrTeen(lx.get(c.j + 1).lower());
            if (u != null && u >= 1 && u <= 9) {
                c.current += u;
                c.last = Last.UNIT;
                c.j += 2;
            }
        }
        return true;
    }

    /** Scale words multiply what came before; a plural scale ("millions") closes the number. */
    private static boolean scaleWord(List<Lexeme> lx, Compose c, String w, double scale) {
        boolean plural = w.endsWith("s") && NumberWords.SCALES.get(w) == null;
        if (!c.any && !bareScaleStarts(lx, c, plural, scale)) return false;
        boolean applied = scale == 100 ? hundred(c) : bigScale(c, scale);
        if (!applied) return false;
        c.spelled = true;
        c.j++;
        return !plural;
    }

    /** A bare "hundred thousand" reads as one hundred thousand, but only before a larger scale. */
    private static boolean bareScaleStarts(List<Lexeme> lx, Compose c, boolean plural, double scale) {
        if (plural || scale < 100 || c.j + 1 >= lx.size()) return false;
        Double s2 = NumberWords.scale(lx.get(c.j + 1).lower());
        if (s2 == null || s2 <= scale) return false;
        c.current = 1;
        c.any = true;
        return true;
    }

    /** "hundred" multiplies only the part below it, and only once: "two hundred", not "two hundred hundred". */
    private static boolean hundred(Compose c) {
        if (c.last == Last.HUNDRED || (c.current == 0)) return false;
        if (c.current >= 100 && c.last != Last.DIGIT) return false;
        c.current *= 100;
        c.last = Last.HUNDRED;
        return true;
    }

    /** Thousand and above: scales must fall left to right ("two million three thousand") unless one wraps all before it. */
    private static boolean bigScale(Compose c, double scale) {
        if (c.current == 0 && c.total == 0) return false;
        if (c.current == 0) {
            if (scale <= c.maxScale) return false;
            c.total *= scale; // "three thousand millions"
        } else if (scale > c.maxScale && c.total > 0) {
            c.total = (c.total + c.current) * scale;
        } else {
            if (scale >= c.lastScale) return false;
            c.total += c.current * scale;
        }
        c.current = 0;
        c.last = Last.BIG;
        c.lastScale = scale;
        c.maxScale = Math.max(c.maxScale, scale);
        return true;
    }

    private static boolean scaleAt(List<Lexeme> lx, int k) {
        return k < lx.size() && lx.get(k).isWord() && NumberWords.scale(lx.get(k).lower()) != null;
    }

    private static boolean sfxApplied(List<Lexeme> lx, int idx) {
        Lexeme l = lx.get(idx);
        return l.isWord() && NumberWords.suffix(l.text()) != null;
    }

    /** "half a million", "a quarter of a million", "half million", "a half million", "a quarter-million", "half a dozen" at the start. */
    private static boolean fractionOfScale(List<Lexeme> lx, Compose c) {
        if (c.last != Last.NONE) return false;
        int n = lx.size();
        int j = c.j;
        if ((lx.get(j).is("a") || lx.get(j).is("an") || lx.get(j).is("one")) && j + 1 < n) j++;
        double frac;
        if (lx.get(j).is("half")) frac = 0.5;
        else if (lx.get(j).is("quarter")) frac = 0.25;
        else return false;
        j++;
        // "a quarter-million", "half-million": the fraction hyphenated to its scale
        if (j + 1 < n && lx.get(j).isDash() && !lx.get(j).spaceBefore() && !lx.get(j + 1).spaceBefore()) j++;
        if (j < n && lx.get(j).is("of")) j++;
        // "a quarter of one million" as "a quarter of a million"
        if (j < n && (lx.get(j).is("a") || lx.get(j).is("an") || lx.get(j).is("one"))) j++;
        if (j >= n) return false;
        Double s = NumberWords.scale(lx.get(j).lower());
        if (s == null || s < 12 || lx.get(j).lower().endsWith("s")) return false;
        c.total = frac * s;
        c.current = 0;
        c.any = true;
        c.spelled = true;
        c.last = Last.BIG;
        c.lastScale = s;
        c.maxScale = s;
        c.j = j + 1;
        return true;
    }

    /** "3 million and a half", "five and a half million", "one billion and a half million". */
    private static boolean andFraction(List<Lexeme> lx, Compose c) {
        int n = lx.size();
        int j = c.j + 1;
        if (j >= n) return false;
        if (lx.get(j).is("a") || lx.get(j).is("one")) j++;
        if (j >= n) return false;
        double frac;
        if (lx.get(j).is("half")) frac = 0.5;
        else if (lx.get(j).is("quarter")) frac = 0.25;
        else return false;
        j++;
        Double nextScale = j < n ? NumberWords.scale(lx.get(j).lower()) : null;
        if (nextScale != null && nextScale >= 100) {
            c.current += frac;
            c.last = Last.UNIT;
            c.j = j;
            return true;
        }
        if (c.last == Last.BIG) {
            c.total += frac * c.lastScale;
            c.j = j;
            return true;
        }
        return false;
    }

    /** "one hundred and six", "two hundred and two thousand": joins a smaller part after "and". */
    private static boolean andSmallPart(List<Lexeme> lx, Compose c) {
        if (!(c.last == Last.HUNDRED || c.last == Last.BIG)) return false;
        Compose sub = new Compose();
        sub.j = c.j + 1;
        compose(lx, sub, false);
        if (!sub.any) return false;
        // only the tens/units part joins; scales after it decide whether the join is sound
        Compose small = new Compose();
        small.j = c.j + 1;
        smallPart(lx, small);
        if (!small.any || small.current <= 0 || small.current >= 100) return false;
        int n = lx.size();
        if (small.j < n) {
            Double s = NumberWords.scale(lx.get(small.j).lower());
            if (s != null && s == 100 && c.last == Last.HUNDRED) return false;
            if (s != null && s >= 1000 && c.last == Last.BIG && s >= c.lastScale) return false;
            if (s != null && s == 100 && c.last == Last.BIG && small.current >= 10) return false;
        }
        c.current += small.current;
        c.last = small.last;
        c.spelled |= small.spelled;
        c.j = small.j;
        return true;
    }

    /** Reads only words or digits below one hundred: "twenty-one", "6", "2.12". */
    private static void smallPart(List<Lexeme> lx, Compose c) {
        int n = lx.size();
        Lexeme L = lx.get(c.j);
        if (L.isDigits()) {
            c.current = parseDigits(L.text());
            c.any = true;
            c.last = Last.DIGIT;
            c.j++;
            return;
        }
        Integer small = NumberWords.unitOrTeen(L.lower());
        Integer tens = NumberWords.TENS.get(L.lower());
        if (small != null) {
            c.current = small; c.any = true; c.spelled = true; c.last = small < 10 ? Last.UNIT : Last.TEEN; c.j++;
            return;
        }
        if (tens != null) {
            c.current = tens; c.any = true; c.spelled = true; c.last = Last.TENS; c.j++;
            if (c.j < n) {
                int j = c.j;
                if (lx.get(j).isDash() && j + 1 < n) j++;
                Integer u = NumberWords.unitOrTeen(lx.get(j).lower());
                if (u != null && u >= 1 && u <= 9) {
                    c.current += u; c.last = Last.UNIT; c.j = j + 1;
                }
            }
        }
    }

    /** "two hundred point zero three", "point 77", "1 point 1". */
    private static boolean decimalWords(List<Lexeme> lx, Compose c) {
        int n = lx.size();
        int j = c.j + 1;
        StringBuilder digits = new StringBuilder();
        while (j < n && digits.length() < 20) {
            Lexeme l = lx.get(j);
            if (l.isDigits() && l.text().chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                digits.append(l.text());
                j++;
                break;
            }
            Integer u = NumberWords.unitOrTeen(l.lower());
            Integer t = NumberWords.TENS.get(l.lower());
            if (u != null && u <= 9) {
                digits.append(u);
                j++;
            } else if (t != null) {
                int v = t;
                j++;
                if (j + 1 < n && lx.get(j).isDash()) {
                    Integer u2 = NumberWords.unitOrTeen(lx.get(j + 1).lower());
                    if (u2 != null && u2 >= 1 && u2 <= 9) { v += u2; j += 2; }
                } else if (j < n) {
                    Integer u2 = NumberWords.unitOrTeen(lx.get(j).lower());
                    if (u2 != null && u2 >= 1 && u2 <= 9) { v += u2; j++; }
                }
                digits.append(v);
                break;
            } else {
                break;
            }
        }
        if (digits.length() == 0) return false;
        c.current += Double.parseDouble("0." + digits);
        c.any = true;
        c.spelled = true;
        c.last = Last.POINT;
        c.j = j;
        return true;
    }

    static double parseDigits(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if ((ch >= '0' && ch <= '9') || ch == '.') b.append(ch);
        }
        if (b.length() == 0 || b.toString().equals(".")) return 0;
        if (b.length() > 300) return Double.POSITIVE_INFINITY;
        return Double.parseDouble(b.toString());
    }

    private static NumberMention mention(String text, List<Lexeme> lx, int from, int to, double value,
                                         NumberMention.Shape shape, boolean spelled) {
        int start = lx.get(from).start();
        int end = lx.get(to - 1).end();
        return new NumberMention(start, end, text.substring(start, end), wholeWhenScaled(value), shape, spelled, from, to);
    }

    /** "9.8 lakh" is 980,000, not 980000.0000000001: a decimal times a scale that lands within rounding error of a whole number is it. */
    static double wholeWhenScaled(double v) {
        double r = Math.rint(v);
        return Math.abs(v) >= 1000 && Math.abs(v - r) < 1e-6 ? r : v;
    }

    /** Plural nouns that lowercase "m" (metres) commonly measures: "10m waves", "30m cliffs". */
    private static final Set<String> METRE_NOUNS = WordClasses.get("metre-nouns");

    /**
     * Whether a lowercase "m" glued to digits means million: it does before a counted plural noun
     * ("1.5m deaths", "1.7m people", "3.2m infections"); elsewhere it stays metres ("300m deep").
     */
    static boolean millionBeforePlural(List<Lexeme> lx, int next) {
        if (next >= lx.size()) return false;
        Lexeme n = lx.get(next);
        if (!n.isWord() || !n.spaceBefore() || n.isCapitalized()) return false;
        String w = n.lower();
        if (METRE_NOUNS.contains(w)) return false;
        return w.equals("people") || (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us"));
    }
}
