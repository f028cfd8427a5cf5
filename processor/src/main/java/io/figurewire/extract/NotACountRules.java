package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * The first questions about a figure, asked in a declared order: is it no count at all (part of a
 * date, a year, a clock time, an age, a reference, a magnitude, a measurement, a time window, a
 * ratio), or a count of another kind (percent, money, duration)? Each rule is small, has a name
 * that {@code explain} shows, and answers with a verdict or passes.
 */
final class NotACountRules {

    private static final Set<String> MONTHS = WordClasses.get("months");
    private static final Set<String> WEEKDAYS = WordClasses.get("weekdays");
    private static final Set<String> TIME_UNITS = WordClasses.get("time-units");
    private static final Set<String> CLOCK_WORDS = WordClasses.get("clock-words");
    private static final Set<String> AGE_COMPARATIVES = WordClasses.get("age-comparatives");
    private static final Set<String> AGE_BOUNDED = WordClasses.get("age-bounded-nouns");
    private static final Set<String> AGE_BOUNDS = WordClasses.get("age-bounds");
    private static final Set<String> RELATIVE_TIME_WORDS = WordClasses.get("relative-time-words");
    private static final Set<String> NAME_PREFIXES = WordClasses.get("name-prefixes");
    private static final Set<String> LOWERCASE_REFERENCE_PREFIXES = WordClasses.get("lowercase-reference-prefixes");
    private static final Set<String> NUMBER_VERB_AFTER = WordClasses.get("number-verb-after");
    private static final Set<String> TIME_LABEL_NOUNS = WordClasses.get("time-label-nouns");
    private static final Set<String> TIME_LABEL_OPENERS = WordClasses.get("time-label-openers");
    private static final Set<String> MEASURE_UNITS = WordClasses.get("measure-units");
    private static final Set<String> SIZE_NOUNS = WordClasses.get("size-nouns");
    private static final Set<String> MAKE_UP_NOUNS = WordClasses.get("make-up-nouns");
    private static final Set<String> CURRENCY_WORDS = WordClasses.get("currency-words");
    private static final Set<String> CURRENCY_BEFORE = WordClasses.get("currency-before");
    private static final Set<String> CURRENCY_CODES = WordClasses.get("currency-codes");
    private static final Set<String> CURRENCY_CODES_BEFORE = WordClasses.get("currency-codes-before");
    private static final Set<String> YEAR_PREPOSITIONS = WordClasses.get("year-prepositions");
    private static final Set<String> PLACE_PLURALS = WordClasses.get("place-plurals");
    /** The years a plain four-digit number is read as. */
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2100;
    private static final Set<String> WINDOW_WORDS = WordClasses.get("window-words");
    private static final Set<String> WINDOW_PREPOSITIONS = WordClasses.get("window-prepositions");
    /** The denominators the numbers reader already knows ("thirds", "quarter"): one list for both readers. */
    private static final Set<String> DENOMINATORS = QuantityWords.DEFAULT.fractionDenominators.keySet();
    /** Above this a spelled number before "thirds" is a count again ("thirty thirds" is not wire English). */
    private static final int MAX_SPELLED_NUMERATOR = 20;
    /** How far from a whole number a scaled decimal may land by floating-point rounding ("1.2 million"). */
    private static final double WHOLE_TOLERANCE = 1e-6;

    /** The figure judged: its lexemes [first, end), where its qualifier starts, what the scanner read, a range's ends. */
    record Figure(int first, int end, int qStart, NumberMention mention, double value, Double low, Double high) {
    }

    /** The answer of a rule: not a count (with why), or a count of another kind. */
    record Verdict(String rule, String notACount, ClaimKind kind) {
        static Verdict not(String rule, String why) {
            return new Verdict(rule, why, null);
        }

        static Verdict kind(String rule, ClaimKind kind) {
            return new Verdict(rule, null, kind);
        }
    }

    private interface Rule {
        Verdict judge(NotACountRules rules, Figure f);
    }

    private final SentenceView v;
    private final CountTypeLexicon lexicon;
    /** The rules in order; one static list, not 14 bound references made for every sentence. */
    private static final List<Rule> RULES = List.of(NotACountRules::namedEvent, NotACountRules::dayOfADate,
            NotACountRules::year, NotACountRules::clockTime, NotACountRules::age, NotACountRules::ageBound, NotACountRules::reference,
            NotACountRules::timeLabel,
            NotACountRules::magnitude, NotACountRules::percent, NotACountRules::money, NotACountRules::hyphenatedSize,
            NotACountRules::timeSpan, NotACountRules::measurement, NotACountRules::ratio, NotACountRules::fractionInWords,
            NotACountRules::hyphenatedName, NotACountRules::decimal);

    NotACountRules(SentenceView view, CountTypeLexicon lexicon) {
        this.v = view;
        this.lexicon = lexicon;
    }

    /** The first verdict of the rules in order, or null when the figure may be a count. */
    Verdict judge(Figure f) {
        for (Rule r : RULES) {
            Verdict verdict = r.judge(this, f);
            if (verdict != null) return verdict;
        }
        return null;
    }

    /** Whether the words before a figure make it the length of a window: "in the past 24 hours", "over 3 days". */
    static boolean isWindow(List<Lexeme> lx, int qStart) {
        int k = qStart - 1;
        while (k >= 0 && (lx.get(k).is("just") || lx.get(k).is("the") || WINDOW_WORDS.contains(lx.get(k).lower()))) {
            if (WINDOW_WORDS.contains(lx.get(k).lower())) return true;
            k--;
        }
        return k >= 0 && WINDOW_PREPOSITIONS.contains(lx.get(k).lower());
    }

    private Verdict namedEvent(Figure f) {
        for (Gazetteer.Hit h : v.hits) {
            if (h.event() != null && f.first() >= h.first() && f.first() < h.end()) return Verdict.not("named-event", "part of a named event or date");
        }
        return null;
    }

    private Verdict dayOfADate(Figure f) {
        Lexeme prev = v.at(f.first() - 1);
        Lexeme prev2 = v.at(f.first() - 2);
        Lexeme next = v.at(f.end());
        boolean day = prev != null && MONTHS.contains(prev.lower()) && prev.isCapitalized()
                || prev != null && prev.isPunct('.') && prev2 != null && MONTHS.contains(prev2.lower())
                || next != null && MONTHS.contains(next.lower()) && next.isCapitalized() && f.value() <= 31
                || prev != null && WEEKDAYS.contains(prev.lower()) && f.value() <= 31 && !countFollows(next);
        return day ? Verdict.not("date", "day of a date") : null;
    }

    /**
     * "police said Monday 24 people had been arrested": AP style puts the weekday after the verb of saying,
     * so a figure after a weekday that runs on into a lowercase word counts; "Friday 12," and "Monday 3 and" are dates.
     */
    private static boolean countFollows(Lexeme next) {
        return next != null && next.isWord() && !next.isCapitalized() && !MONTHS.contains(next.lower())
                && !next.is("and") && !next.is("or") && !next.is("to");
    }

    /** "the 2023 deal freed 105 hostages", "in 1960 killed": a year, unless a counted noun follows at once ("1900 people"). */
    private Verdict year(Figure f) {
        if (!isPlainYear(f.mention())) return null;
        Lexeme prev = v.at(f.first() - 1);
        if (f.low() != null) return f.high() != null && f.high() <= LAST_YEAR ? Verdict.not("year", "years") : null;
        boolean afterPreposition = prev != null && YEAR_PREPOSITIONS.contains(prev.lower());
        return !countNounFollowsAtOnce(f.end()) || afterPreposition ? Verdict.not("year", "year") : null;
    }

    private Verdict clockTime(Figure f) {
        Lexeme next = v.at(f.end());
        return next != null && CLOCK_WORDS.contains(next.lower()) ? Verdict.not("clock-time", "clock time") : null;
    }

    private Verdict age(Figure f) {
        Lexeme prev = v.at(f.first() - 1);
        Lexeme prev2 = v.at(f.first() - 2);
        Lexeme next = v.at(f.end());
        Lexeme next2 = v.at(f.end() + 1);
        if (prev != null && (prev.is("aged") || prev.is("age") || (prev.is("of") && prev2 != null && (prev2.is("age") || prev2.is("ages"))))) {
            return Verdict.not("age", "age");
        }
        if (secondAgeOfAPair(f)) return Verdict.not("age", "age");
        if (f.qStart() < f.first() && (v.is(f.qStart() - 1, "aged") || v.is(f.qStart() - 1, "ages"))) return Verdict.not("age", "age");
        // "children under five", "adults over 65": a bound right after the people whose age it bounds
        boolean bounded = f.qStart() < f.first() && v.at(f.qStart() - 1) != null && AGE_BOUNDED.contains(v.at(f.qStart() - 1).lower());
        if (bounded && AGE_BOUNDS.contains(v.at(f.qStart()).lower())) return Verdict.not("age", "age bound of the people before it");
        // "a six-year-old", "12 years old", "50 years of age"
        boolean unit = next2 != null && (next2.is("year") || next2.is("month") || next2.is("week") || next2.is("day"));
        if (next != null && next.isDash() && unit && v.at(f.end() + 2) != null && v.at(f.end() + 2).isDash() && v.is(f.end() + 3, "old")) {
            return Verdict.not("age", "age");
        }
        if (next != null && (next.is("years") || next.is("year")) && (v.is(f.end() + 1, "old") || (v.is(f.end() + 1, "of") && v.is(f.end() + 2, "age")))) {
            return Verdict.not("age", "age");
        }
        boolean afterName = prev != null && prev.isPunct(',') && prev2 != null && prev2.isCapitalized() && closesAnAge(f, next);
        return afterName && f.value() < 120 && f.low() == null && !f.mention().spelled() ? Verdict.not("age", "age (after a name)") : null;
    }

    /** "two younger than 18", "those older than 65": the figure a comparative of age compares with is an age. */
    private Verdict ageBound(Figure f) {
        Lexeme prev2 = v.at(f.first() - 2);
        boolean bound = v.is(f.first() - 1, "than") && prev2 != null && AGE_COMPARATIVES.contains(prev2.lower());
        return bound ? Verdict.not("age", "age bound") : null;
    }

    /** "between the ages of 17 and 56": the second figure of the pair is an age like the first. */
    private boolean secondAgeOfAPair(Figure f) {
        int k = f.first();
        return v.is(k - 1, "and") && v.at(k - 2) != null && v.at(k - 2).isDigits() && v.is(k - 3, "of")
                && (v.is(k - 4, "ages") || v.is(k - 4, "age"));
    }

    /**
     * "Victoria King, 71, ...", "... King, 71 and her daughter Alexandra Atala, 40.": after a name and
     * its comma, a number ending the phrase is an age; after a place ("in Adana, 40.") it may be a count.
     */
    private boolean closesAnAge(Figure f, Lexeme next) {
        if (next != null && next.isPunct(',')) return true;
        boolean closes = next == null || next.is("and") || next.isPunct('.') || next.isPunct(')');
        if (!closes) return false;
        for (Gazetteer.Hit h : v.hits) {
            if (h.place() != null && h.end() == f.first() - 1) return false;
        }
        return true;
    }

    /** "South 24-Parganas": digits a hyphen joins to a capitalised word, after a capitalised word, name a place. */
    private Verdict hyphenatedName(Figure f) {
        Lexeme prev = v.at(f.first() - 1);
        Lexeme dash = v.at(f.end());
        Lexeme word = v.at(f.end() + 1);
        if (prev == null || dash == null || word == null || f.mention().spelled() || !prev.isWord() || !prev.isCapitalized()) return null;
        boolean joined = dash.isDash() && !dash.spaceBefore() && !word.spaceBefore() && word.isWord() && word.isCapitalized();
        return joined ? Verdict.not("name", "part of a place name ('South 24-Parganas')") : null;
    }

    private Verdict reference(Figure f) {
        Lexeme prev = v.at(f.first() - 1);
        if (prev == null || !NAME_PREFIXES.contains(prev.lower()) || f.mention().spelled()) return null;
        // "The dead now number 41": after a tally's subject or an adverb of time, "number" is the tally's verb
        Lexeme before = v.at(f.first() - 2);
        if (prev.is("number") && before != null && NUMBER_VERB_AFTER.contains(before.lower())) return null;
        boolean reads = prev.isCapitalized() || prev.lower().length() <= 3 || LOWERCASE_REFERENCE_PREFIXES.contains(prev.lower());
        return reads ? Verdict.not("reference", "part of a name or reference") : null;
    }

    /** "on day 12", "into week 3": a day or week a preposition opens, numbered; "Each day 40 people die" still counts. */
    private Verdict timeLabel(Figure f) {
        Lexeme prev = v.at(f.first() - 1);
        Lexeme opener = v.at(f.first() - 2);
        boolean label = prev != null && TIME_LABEL_NOUNS.contains(prev.lower()) && opener != null && TIME_LABEL_OPENERS.contains(opener.lower());
        return label && !f.mention().spelled() ? Verdict.not("time label", "numbers a day or week") : null;
    }

    /** "magnitude 6.1", "a magnitude of 7.9", "a 7.8 magnitude". */
    private Verdict magnitude(Figure f) {
        Lexeme prev = v.at(f.first() - 1);
        Lexeme next = v.at(f.end());
        boolean before = prev != null && (prev.is("magnitude") || prev.is("mw")) || prev != null && prev.is("of") && v.is(f.first() - 2, "magnitude");
        boolean after = next != null && (next.is("magnitude") || next.is("richter") || next.isDash() && v.is(f.end() + 1, "magnitude"));
        return before || after ? Verdict.not("magnitude", "magnitude") : null;
    }

    private Verdict percent(Figure f) {
        Lexeme next = v.at(f.end());
        boolean pct = next != null && (next.isPunct('%') || next.is("percent") || next.is("pct") || next.is("per") && v.is(f.end() + 1, "cent"));
        return pct ? Verdict.kind("percent", ClaimKind.PERCENT) : null;
    }

    private Verdict money(Figure f) {
        Lexeme prev = v.at(f.first() - 1);
        Lexeme prev2 = v.at(f.first() - 2);
        Lexeme next = v.at(f.end());
        boolean symbolBefore = prev2 != null && CURRENCY_BEFORE.contains(prev2.text()) && prev != null && prev.isWord()
                && (!prev.spaceBefore() || CURRENCY_CODES.contains(prev.lower()));
        boolean money = prev != null && (CURRENCY_BEFORE.contains(prev.text()) || CURRENCY_WORDS.contains(prev.lower())) || symbolBefore
                || next != null && CURRENCY_WORDS.contains(next.lower()) || codeBefore(f.first());
        return money ? Verdict.kind("money", ClaimKind.MONEY) : null;
    }

    /** "Rs 50,000", "Rs. 10,000", "KSh 500": a capitalised currency code as a word right before the figure. */
    private boolean codeBefore(int first) {
        Lexeme prev = v.at(first - 1);
        if (prev != null && prev.isPunct('.')) prev = v.at(first - 2);
        if (prev == null || !prev.isWord() || !CURRENCY_CODES_BEFORE.contains(prev.lower())) return false;
        return Character.isUpperCase(prev.text().charAt(0));
    }

    /**
     * "a seven-story mall", "a 40-metre wave": a hyphenated size of something, not a count; "a 1,262-page chargesheet",
     * "a five-member committee": the make-up of the thing named after it.
     */
    private Verdict hyphenatedSize(Figure f) {
        Lexeme next = v.at(f.end());
        Lexeme next2 = v.at(f.end() + 1);
        if (next == null || !next.isDash() || next.spaceBefore() || next2 == null || next2.spaceBefore()) return null;
        if (SIZE_NOUNS.contains(next2.lower())) return Verdict.not("measurement", "measurement");
        Lexeme described = v.at(f.end() + 2);
        boolean makeUp = MAKE_UP_NOUNS.contains(next2.lower()) && described != null && described.isWord();
        return makeUp ? Verdict.not("measurement", "make-up of the thing after it") : null;
    }

    /** "three days ago" (a point in time), "in the past 24 hours" (the window of another figure), "a 60-day truce" (a duration). */
    private Verdict timeSpan(Figure f) {
        int u = f.end();
        if (v.at(u) != null && v.at(u).isDash()) u++;
        if (v.at(u) == null || !TIME_UNITS.contains(v.at(u).lower())) return null;
        Lexeme after = v.at(u + 1);
        if (after != null && RELATIVE_TIME_WORDS.contains(after.lower())) return Verdict.not("time", "relative time");
        if (isWindow(v.lx, f.qStart())) return Verdict.not("time", "time window (period of another figure)");
        return Verdict.kind("duration", ClaimKind.DURATION);
    }

    private Verdict measurement(Figure f) {
        Lexeme next = v.at(f.end());
        if (next == null) return null;
        if (!next.spaceBefore() && next.isWord() && MEASURE_UNITS.contains(next.lower())) return Verdict.not("measurement", "measurement");
        if (MEASURE_UNITS.contains(next.lower()) && !next.is("m") && !next.is("points") && !next.is("times")) return Verdict.not("measurement", "measurement");
        return next.is("times") ? Verdict.not("measurement", "multiplier") : null;
    }

    /** "one in five", "one of them". */
    private Verdict ratio(Figure f) {
        NumberMention after = v.is(f.end(), "in") ? v.mentionStarting(f.end() + 1) : null;
        if (after != null && !countsPlaces(after.endLexeme())) return Verdict.not("ratio", "ratio (one in five)");
        boolean inAfterFigure = v.is(f.first() - 1, "in") && v.mentionEnding(f.first() - 1) != null;
        if (inAfterFigure && !countsPlaces(f.end())) return Verdict.not("ratio", "ratio (one in five)");
        boolean ofThem = v.is(f.end(), "of") && (v.is(f.end() + 1, "them") || v.is(f.end() + 1, "those") || v.is(f.end() + 1, "whom"));
        return ofThem && f.value() == 1 ? Verdict.not("ratio", "one of them") : null;
    }

    /** A plural area noun at k: "31 in three provinces" is a figure and a count of places, not one in three. */
    private boolean countsPlaces(int k) {
        Lexeme next = v.at(k);
        return next != null && PLACE_PLURALS.contains(next.lower());
    }

    /**
     * "two-thirds of those killed", "three quarters of the injured", "One-third of": a spelled numerator
     * before a denominator word is a share, never a count of the numerator. A hyphen, a plural denominator
     * or "of" makes the share sure; "a third was injured" and "the third blast" stay ordinals elsewhere.
     */
    private Verdict fractionInWords(Figure f) {
        double n = f.value();
        if (!f.mention().spelled() || n < 1 || n > MAX_SPELLED_NUMERATOR || n != Math.floor(n)) return null;
        Lexeme next = v.at(f.end());
        boolean hyphen = next != null && next.isDash() && !next.spaceBefore();
        int at = hyphen ? f.end() + 1 : f.end();
        Lexeme den = v.at(at);
        if (den == null || !den.isWord() || !DENOMINATORS.contains(den.lower()) || (hyphen && den.spaceBefore())) return null;
        boolean plural = n > 1 && den.lower().endsWith("s");
        return hyphen || plural || v.is(at + 1, "of") ? Verdict.not("fraction-in-words", "a fraction in words ('two-thirds of'), a share") : null;
    }

    /**
     * "five aftershocks with magnitudes of 5.5, 4.7 and 6.1": no count of people or things is fractional, so a
     * decimal that no earlier rule made a percent, money or measure is none; a scaled one ("1.5 million") is
     * whole, and "5.000" with a dot as thousands separator is scaled later.
     */
    private Verdict decimal(Figure f) {
        if (f.low() != null || f.mention().thousandsWithADot()) return null;
        double v = f.value();
        return Math.abs(v - Math.rint(v)) < WHOLE_TOLERANCE ? null : Verdict.not("decimal", "a decimal: no count is fractional");
    }

    static boolean isPlainYear(NumberMention m) {
        return m.text().length() == 4 && !m.spelled() && isYearValue(m.value());
    }

    /** Whether a four-digit value can be a year of news (1800-2100): the one range every reader of years uses. */
    static boolean isYearValue(double value) {
        return value >= FIRST_YEAR && value <= LAST_YEAR;
    }

    private boolean countNounFollowsAtOnce(int at) {
        Lexeme l = v.at(at);
        if (l == null || !l.isWord()) return false;
        return lexicon.isPeopleNoun(l.lower()) || lexicon.nounAt(v.lx, at) != null;
    }
}
