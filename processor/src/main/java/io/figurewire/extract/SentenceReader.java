package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the figures of one sentence: joins ranges, throws out numbers that are not counts
 * (with a reason), and for the rest works out qualifier, count type, role, period, location,
 * attribution and metric key. One instance per sentence; not shared between threads.
 */
final class SentenceReader {

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
            "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "night", "nights");
    private static final Set<String> NAME_PREFIXES = Set.of("channel", "route", "highway", "flight", "gate", "page", "pages", "room",
            "article", "chapter", "section", "no", "number", "phase", "level", "category", "magnitude", "resolution", "apollo",
            "vol", "p", "pp", "line", "platform", "terminal", "paragraph", "sector", "ward", "covid", "boeing", "airbus", "version",
            "grade", "stage", "season", "episode", "act", "term", "block", "building", "district", "unit", "tel", "phone",
            "call", "hotline", "fax", "code", "model", "mark", "type", "class", "g", "f", "su", "mig", "window", "windows", "iphone",
            "ios", "android", "studio", "lane", "street", "avenue", "box", "ext", "pier", "berth", "hangar", "camp", "kilometre",
            "km", "mile", "figure", "table", "item", "tier", "division", "brigade", "battalion", "regiment", "corps", "fleet");
    private static final Set<String> MEASURE_UNITS = Set.of("km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
            "metres", "meters", "metre", "meter", "feet", "foot", "ft", "inches", "inch", "cm", "mm", "degrees", "degree",
            "celsius", "fahrenheit", "kg", "kilograms", "pounds", "lbs", "mph", "kph", "km/h", "magnitude", "richter", "mw",
            "litres", "liters", "gallons", "barrels", "gw", "kw", "volts", "points", "times", "storeys", "stories", "floors",
            "sq", "square", "km2", "percent", "cent", "pct", "m", "ha");
    /** Singular nouns a hyphenated number sizes: "seven-story", "12-storey", "40-metre", "500-bed". */
    private static final Set<String> SIZE_NOUNS = Set.of("story", "storey", "floor", "metre", "meter", "kilometre", "kilometer",
            "mile", "foot", "inch", "acre", "hectare", "tonne", "ton", "bed", "lane", "room", "seat", "mw", "megawatt", "km");
    private static final Set<String> CURRENCY_WORDS = Set.of("dollars", "dollar", "euros", "euro", "pounds", "sterling", "yuan",
            "rupees", "rupee", "yen", "naira", "shekels", "rand", "francs", "usd", "eur", "gbp", "rubles", "roubles", "lira", "pesos");
    private static final Set<String> CURRENCY_BEFORE = Set.of("$", "€", "£", "¥", "₹", "₦", "₪");
    private static final Set<String> CURRENCY_CODES = Set.of("us", "usd", "eur", "gbp", "rs", "inr", "a", "c", "nz", "hk");
    private static final Set<String> FUNCTION_AFTER = Set.of("in", "of", "were", "are", "was", "is", "thought", "believed",
            "reported", "said", "have", "had", "who", "remain", "remained", "remaining", "still", "and", "or", "to", "from", "at",
            "on", "by", "with", "out", "among", "including", "the", "more", "others", "total", "so", "far", "being", "as",
            "since", "this", "last", "across", "over", "during", "after", "before", "would", "could", "will", "may", "now", "already",
            "without");
    private static final Set<String> CHANGE_VERBS = Set.of("rose", "risen", "rise", "rising", "increased", "increase", "climbed",
            "climb", "jumped", "grew", "grown", "fell", "fallen", "dropped", "declined", "revised", "raised", "lowered", "up", "down",
            "soared", "surged", "went", "gone", "lifted", "updated", "corrected");
    private static final Set<String> MODALS = Set.of("could", "may", "might", "would", "will", "expected", "likely", "feared",
            "fear", "fears", "projected", "forecast", "predicted", "predicts", "predict", "poised", "threatens", "threaten",
            "risk", "risks", "expects", "expect", "unless", "if", "potentially", "possibly", "shall");
    private static final Set<String> PREVIOUS_CUES = Set.of("previous", "previously", "earlier", "initially", "initial",
            "prior", "former", "formerly", "originally", "original");
    private static final Set<String> LOC_PREPS = Set.of("in", "at", "near", "across", "throughout", "inside", "of", "from",
            "on", "within", "around", "off", "outside");
    /** Words that may stand between a preposition and a place: "in central Mali", "in the far north-east of". */
    private static final Set<String> PLACE_MODIFIERS = Set.of("the", "northern", "southern", "eastern", "western", "central",
            "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "far", "remote",
            "coastal", "rural", "mountainous", "neighbouring", "neighboring", "war-torn", "-");
    /** Sentence-opening words of an adverbial clause whose time frame covers the whole sentence: "Since October, ...". */
    private static final Set<String> INTRO_PERIOD_WORDS = Set.of("since", "in", "on", "over", "during", "last", "this",
            "throughout", "within", "overnight", "yesterday", "today", "so");

    private final ClaimExtractor ex;
    private final String sentence;
    private final List<Lexeme> lx;
    private final List<NumberMention> mentions;
    private final List<Gazetteer.Hit> hits;
    private final int[] clause;
    private final int paragraphIndex;
    private final ArticleContext ctx;
    private final String attribution;
    /** The place an earlier sentence of this paragraph gave its figures, for a sentence that names none. */
    private final ParagraphMemory memory;
    /** The last place this sentence itself gave a figure (not the paragraph's or the article's), or null. */
    private String placeNamed;
    /** Lookup tables so each figure's questions cost O(1), keeping a sentence linear, not quadratic. */
    private final NumberMention[] mentionByFirst;
    private final NumberMention[] mentionByEnd;
    private final int[] nextMention;
    private final String[] windowByClause;

    /** The findings of this sentence, in reading order. */
    final List<Finding> findings = new ArrayList<>();

    /** One figure (a number or a range) and what became of it. */
    static final class Finding {
        int first;          // first lexeme of the figure (without qualifier)
        int end;            // end lexeme (exclusive)
        int qStart;         // first lexeme including qualifier
        double value;
        Double low;
        Double high;
        Qualifier qualifier = Qualifier.EXACT;
        ClaimKind kind = ClaimKind.COUNT;
        String countType;
        ClaimRole role = ClaimRole.CURRENT;
        String reason;
        boolean claim;
        String subject;
        String location;
        String period;
        String eventSlug;
        String group;
        String metric;
        boolean ellipsis;
        /** For a release: who was counted ("hostages", "prisoner"), so "and the remains of nine" inherits it. */
        String releaseWho;
        ExtractedClaim extracted;
    }

    SentenceReader(ClaimExtractor ex, String sentence, int paragraphIndex, ArticleContext ctx) {
        this(ex, sentence, paragraphIndex, ctx, new ParagraphMemory());
    }

    /** @param lastSpeaker the source named most recently in the paragraph, for "according to him"; may be null */
    SentenceReader(ClaimExtractor ex, String sentence, int paragraphIndex, ArticleContext ctx, String lastSpeaker) {
        this(ex, sentence, paragraphIndex, ctx, ParagraphMemory.startingWith(lastSpeaker));
    }

    /** @param memory what the earlier sentences of the paragraph established (source, place, count types) */
    SentenceReader(ClaimExtractor ex, String sentence, int paragraphIndex, ArticleContext ctx, ParagraphMemory memory) {
        this.memory = memory;
        this.ex = ex;
        this.sentence = sentence;
        this.lx = Lexer.lex(sentence);
        this.mentions = NumberScanner.scan(sentence, lx);
        this.hits = ex.gazetteer().find(lx, ex.anchors().of(ctx));
        this.clause = clauses(lx);
        this.paragraphIndex = paragraphIndex;
        this.ctx = ctx;
        this.attribution = AttributionFinder.resolvePronoun(AttributionFinder.find(lx, sentence), memory.speaker(), isPerson(ex, memory.speaker()));
        int n = lx.size();
        this.mentionByFirst = new NumberMention[n + 1];
        this.mentionByEnd = new NumberMention[n + 1];
        for (NumberMention m : mentions) {
            mentionByFirst[m.firstLexeme()] = m;
            mentionByEnd[m.endLexeme()] = m;
        }
        this.nextMention = new int[n + 1];
        int next = n;
        for (int k = n; k >= 0; k--) {
            if (k < n && mentionByFirst[k] != null) next = k;
            nextMention[k] = next;
        }
        this.windowByClause = new String[n == 0 ? 1 : clause[n - 1] + 1];
        for (NumberMention m : mentions) {
            int u = m.endLexeme();
            if (u < n && lx.get(u).isDash()) u++;
            if (u < n && TIME_UNITS.contains(lx.get(u).lower()) && isWindow(QualifierReader.before(lx, m.firstLexeme()).first())) {
                String unit = lx.get(u).lower();
                if (!unit.endsWith("s") && m.value() != 1) unit = unit + "s";
                int c = clause[m.firstLexeme()];
                if (windowByClause[c] == null) windowByClause[c] = fmt(m.value()) + " " + unit;
            }
        }
    }

    void read() {
        List<Finding> figures = figures();
        Finding previousClaim = null;
        for (Finding f : figures) {
            try {
                classify(f, previousClaim);
            } catch (RuntimeException e) {
                f.claim = false;
                f.reason = "skipped: " + e.getClass().getSimpleName();
            }
            if (f.claim && f.kind == ClaimKind.COUNT) previousClaim = f;
            findings.add(f);
        }
    }

    // ---------------------------------------------------------------- figures and ranges

    private List<Finding> figures() {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            NumberMention m = mentions.get(i);
            Finding f = new Finding();
            f.first = m.firstLexeme();
            f.end = m.endLexeme();
            f.value = Math.abs(m.value());
            if (m.shape() != NumberMention.Shape.NUMBER) {
                f.reason = switch (m.shape()) {
                    case ORDINAL -> "ordinal";
                    case TIME -> "clock time or date";
                    case FRACTION -> "fraction";
                    case VAGUE -> "vague quantity, not a count";
                    default -> "not a number";
                };
                f.qStart = f.first;
                out.add(f);
                continue;
            }
            if (i + 1 < mentions.size()) {
                NumberMention m2 = mentions.get(i + 1);
                if (m2.shape() == NumberMention.Shape.NUMBER && isRangeJoin(m, m2)) {
                    double low = Math.abs(m.value());
                    double high = Math.abs(m2.value());
                    double scale = trailingScale(m2);
                    if (scale > 1 && trailingScale(m) == 1 && low * scale <= high) low *= scale;
                    if (low < high) {
                        f.low = low;
                        f.high = high;
                        f.end = m2.endLexeme();
                        f.qualifier = Qualifier.RANGE;
                        i++;
                    }
                }
            }
            out.add(f);
        }
        return out;
    }

    private boolean isRangeJoin(NumberMention a, NumberMention b) {
        int gap = b.firstLexeme() - a.endLexeme();
        if (gap != 1) return false;
        Lexeme g = lx.get(a.endLexeme());
        if (g.isDash()) return !(isPlainYear(a) && isPlainYear(b)) || true;
        if (g.is("to") || g.is("through")) {
            int before = QualifierReader.before(lx, a.firstLexeme()).first();
            if (before > 0 && lx.get(before - 1).is("from")) {
                // "rose from 77 to 100" is a change, not a range
                for (int k = Math.max(0, before - 5); k < before - 1; k++) {
                    if (CHANGE_VERBS.contains(lx.get(k).lower())) return false;
                }
            }
            return true;
        }
        if (g.is("or")) return a.spelled() && b.spelled() && a.value() < b.value() && b.value() < 20;
        if (g.is("and")) {
            int before = a.firstLexeme() - 1;
            return before >= 0 && lx.get(before).is("between");
        }
        return false;
    }

    private double trailingScale(NumberMention m) {
        Lexeme last = lx.get(m.endLexeme() - 1);
        Double s = NumberWords.scale(last.lower());
        if (s == null) s = NumberWords.suffix(last.text());
        return s == null || s < 1000 ? 1 : s;
    }

    private boolean isPlainYear(NumberMention m) {
        return m.text().length() == 4 && !m.spelled() && m.value() >= 1800 && m.value() <= 2100;
    }

    // ---------------------------------------------------------------- classification

    private void classify(Finding f, Finding previousClaim) {
        if (f.reason != null) return;
        NumberMention m = mentionAt(f.first);
        int qualifierEnd = f.first > 0 && CURRENCY_BEFORE.contains(lx.get(f.first - 1).text()) ? f.first - 1 : f.first;
        QualifierReader.Read q = QualifierReader.before(lx, qualifierEnd);
        f.qStart = q.first();
        if (f.qualifier != Qualifier.RANGE) {
            f.qualifier = q.qualifier();
            QualifierReader.Read after = QualifierReader.after(lx, f.end);
            if (f.qualifier == Qualifier.EXACT && after != null) f.qualifier = after.qualifier();
        } else if (lx.get(f.first - 1 >= 0 ? f.first - 1 : 0).is("between") && f.first > 0) {
            f.qStart = f.first - 1;
            if (f.qStart > 0 && lx.get(f.qStart - 1).is("from")) f.qStart--;
        }
        String not = notACount(f, m);
        if (not != null) {
            f.reason = not;
            return;
        }
        if (f.kind == ClaimKind.COUNT) {
            String why = countType(f, previousClaim);
            if (f.countType == null) {
                f.reason = "no counted thing recognised";
                return;
            }
            f.reason = why;
            if (f.value < 1 && f.low == null) {
                f.reason = "below one: not a count";
                return;
            }
            if (m.value() == 1 && m.spelled() && f.low == null && f.first + 1 == f.end && !f.ellipsis) {
                f.reason = "'one' is too often a pronoun or article";
                return;
            }
        } else if (f.kind == ClaimKind.DURATION) {
            f.countType = "duration";
        } else {
            countType(f, previousClaim);
            if (f.countType == null) f.countType = "other";
        }
        role(f);
        if (isNegated(f)) {
            f.reason = "negated";
            return;
        }
        period(f);
        location(f, previousClaim);
        if (f.location != null && !f.location.equals(memory.place()) && !(ctx != null && f.location.equals(ctx.location()))) {
            placeNamed = f.location;
        }
        subjectAndGroup(f, previousClaim);
        f.metric = releaseMetric(f, previousClaim);
        if (f.metric == null) f.metric = metric(f);
        f.claim = true;
        f.extracted = toClaim(f);
    }

    private NumberMention mentionAt(int first) {
        NumberMention m = mentionByFirst[first];
        if (m == null) throw new IllegalStateException("no mention at " + first);
        return m;
    }

    /** Why a figure is not a count, or null; also sets kind PERCENT/MONEY/DURATION. */
    private String notACount(Finding f, NumberMention m) {
        int n = lx.size();
        Lexeme prev = f.first > 0 ? lx.get(f.first - 1) : null;
        Lexeme prev2 = f.first > 1 ? lx.get(f.first - 2) : null;
        Lexeme next = f.end < n ? lx.get(f.end) : null;
        Lexeme next2 = f.end + 1 < n ? lx.get(f.end + 1) : null;
        for (Gazetteer.Hit h : hits) {
            if (h.event() != null && f.first >= h.first() && f.first < h.end()) return "part of a named event or date";
        }
        if (prev != null && MONTHS.contains(prev.lower()) && prev.isCapitalized()) return "day of a date";
        if (prev != null && prev.isPunct('.') && prev2 != null && MONTHS.contains(prev2.lower())) return "day of a date";
        if (next != null && MONTHS.contains(next.lower()) && next.isCapitalized() && f.value <= 31) return "day of a date";
        if (prev != null && WEEKDAYS.contains(prev.lower()) && f.value <= 31) return "day of a date";
        // "the 2023 deal freed 105 hostages": a year unless the counted noun follows at once ("1900 people")
        if (isPlainYear(m) && f.low == null && !countNounFollowsAtOnce(f.end)) return "year";
        if (f.low != null && isPlainYear(m) && f.high != null && f.high <= 2100) return "years";
        if (next != null && (next.is("gmt") || next.is("utc") || next.is("est") || next.is("edt") || next.is("pm") || next.is("am")
                || next.is("p.m") || next.is("a.m") || next.is("o'clock") || next.is("bst") || next.is("cet") || next.is("pst")))
            return "clock time";
        if (prev != null && (prev.is("aged") || prev.is("age") || (prev.is("of") && prev2 != null && prev2.is("age")))) return "age";
        if (f.qStart > 0 && f.qStart < f.first && (lx.get(f.qStart - 1).is("aged") || lx.get(f.qStart - 1).is("ages"))) return "age";
        if (next != null && next.isDash() && next2 != null && (next2.is("year") || next2.is("month") || next2.is("week") || next2.is("day"))
                && f.end + 3 < n && lx.get(f.end + 2).isDash() && lx.get(f.end + 3).is("old")) return "age";
        if (next != null && (next.is("years") || next.is("year")) && next2 != null && (next2.is("old") || next2.is("of"))
                && (next2.is("old") || (f.end + 2 < n && lx.get(f.end + 2).is("age")))) return "age";
        if (prev != null && prev.isPunct(',') && prev2 != null && prev2.isCapitalized() && next != null && next.isPunct(',')
                && f.value < 120 && f.low == null && !m.spelled()) return "age (after a name)";
        if (prev != null && NAME_PREFIXES.contains(prev.lower()) && !m.spelled() && (prev.isCapitalized() || prev.lower().length() <= 3
                || Set.of("page", "pages", "number", "no", "route", "flight", "phase", "level", "category", "magnitude", "call").contains(prev.lower())))
            return "part of a name or reference";
        if (prev != null && (prev.is("magnitude") || prev.is("mw"))) return "magnitude";
        if (next != null && (next.isPunct('%') || next.is("percent") || next.is("pct")
                || (next.is("per") && next2 != null && next2.is("cent")))) {
            f.kind = ClaimKind.PERCENT;
            return null;
        }
        if (prev != null && (CURRENCY_BEFORE.contains(prev.text()) || CURRENCY_WORDS.contains(prev.lower())
                || (prev.isWord() && prev2 != null && CURRENCY_BEFORE.contains(prev2.text()) && !prev.spaceBefore()))) {
            f.kind = ClaimKind.MONEY;
            return null;
        }
        if (prev != null && prev.isWord() && CURRENCY_CODES.contains(prev.lower()) && prev2 != null && CURRENCY_BEFORE.contains(prev2.text())) {
            f.kind = ClaimKind.MONEY;
            return null;
        }
        if (next != null && CURRENCY_WORDS.contains(next.lower())) {
            f.kind = ClaimKind.MONEY;
            return null;
        }
        if (next != null && (next.is("magnitude") || next.is("richter") || (next.isDash() && next2 != null && next2.is("magnitude"))))
            return "magnitude";
        // "a seven-story mall", "a 40-metre wave": a hyphenated size of something, not a count
        if (next != null && next.isDash() && !next.spaceBefore() && next2 != null && !next2.spaceBefore()
                && SIZE_NOUNS.contains(next2.lower())) return "measurement";
        // durations and time windows
        int u = f.end;
        if (u < n && lx.get(u).isDash()) u++;
        if (u < n && TIME_UNITS.contains(lx.get(u).lower())) {
            Lexeme after = u + 1 < n ? lx.get(u + 1) : null;
            if (after != null && (after.is("ago") || after.is("later") || after.is("earlier") || after.is("old") || after.is("before")))
                return "relative time";
            if (isWindow(f.qStart)) {
                return "time window (period of another figure)";
            }
            f.kind = ClaimKind.DURATION;
            return null;
        }
        if (next != null && !next.spaceBefore() && next.isWord() && MEASURE_UNITS.contains(next.lower())) return "measurement";
        if (next != null && MEASURE_UNITS.contains(next.lower()) && !next.is("m") && !next.is("points") && !next.is("times"))
            return "measurement";
        if (next != null && next.is("times")) return "multiplier";
        if (next != null && next.is("in") && next2 != null && mentionStarting(f.end + 1) != null) return "ratio (one in five)";
        if (prev != null && prev.is("in") && prev2 != null && mentionEnding(f.first - 1) != null) return "ratio (one in five)";
        if (next != null && next.is("of") && next2 != null && (next2.is("them") || next2.is("those") || next2.is("whom"))
                && f.value == 1) return "one of them";
        return null;
    }

    private boolean isWindow(int qStart) {
        int k = qStart - 1;
        while (k >= 0 && (lx.get(k).is("just") || lx.get(k).is("the") || lx.get(k).is("past") || lx.get(k).is("last")
                || lx.get(k).is("previous") || lx.get(k).is("first") || lx.get(k).is("next") || lx.get(k).is("preceding"))) {
            if (lx.get(k).is("past") || lx.get(k).is("last") || lx.get(k).is("previous") || lx.get(k).is("preceding")
                    || lx.get(k).is("next") || lx.get(k).is("first")) {
                return true;
            }
            k--;
        }
        return k >= 0 && (lx.get(k).is("in") || lx.get(k).is("within") || lx.get(k).is("during") || lx.get(k).is("over"));
    }

    private NumberMention mentionStarting(int lexeme) {
        return lexeme >= 0 && lexeme < mentionByFirst.length ? mentionByFirst[lexeme] : null;
    }

    private NumberMention mentionEnding(int lexemeExclusive) {
        return lexemeExclusive >= 0 && lexemeExclusive < mentionByEnd.length ? mentionByEnd[lexemeExclusive] : null;
    }

    private boolean countNounFollowsAtOnce(int at) {
        if (at >= lx.size() || !lx.get(at).isWord()) return false;
        return ex.lexicon().isPeopleNoun(lx.get(at).lower()) || ex.lexicon().nounAt(lx, at) != null;
    }

    private boolean countNounFollows(int at) {
        for (int k = at; k < Math.min(lx.size(), at + 3); k++) {
            Lexeme l = lx.get(k);
            if (!l.isWord()) return false;
            if (ex.lexicon().isPeopleNoun(l.lower()) || ex.lexicon().nounAt(lx, k) != null) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- count type

    /** Sets count type and subject; returns a short reason naming the cue. */
    private String countType(Finding f, Finding previousClaim) {
        CountTypeLexicon lex = ex.lexicon();
        int n = lx.size();
        int c = clause[Math.min(f.first, n - 1)];
        int lead = leadStart(f);
        // 1. a governing cue earlier in the clause: "the release of 200 prisoners and another 2,000";
        //    not for the whole of a partitive ("freed 14 of the 20 worshippers abducted"), which is counted on its own
        for (int k = partitiveWhole(f) ? -1 : lead - 1; k >= Math.max(0, lead - 14); k--) {
            if (clause[k] != c) break;
            for (CountTypeLexicon.Cue g : lex.governs()) {
                int len = Phrases.matchLength(lx, k, g.words());
                if (len > 0 && k + len <= lead) {
                    f.countType = g.countType();
                    return "governed by '" + String.join(" ", g.words()) + "'";
                }
            }
        }
        // 2. the counted noun right after the figure, past a few modifiers
        int nounEnd = f.end;
        boolean people = false;
        boolean unknownNoun = false;
        int stop = nextMentionStart(f.end);
        for (int k = f.end; k < Math.min(stop, f.end + 4); k++) {
            Lexeme l = lx.get(k);
            if (!l.isWord()) {
                if (l.isDash() && !l.spaceBefore()) continue;
                break;
            }
            if (k == f.end && (l.is("of") || l.is("more") || l.is("new") || l.is("other"))) continue;
            CountTypeLexicon.Cue noun = lex.nounAt(lx, k);
            if (noun != null) {
                f.countType = noun.countType();
                f.subject = text(f.end, k + noun.words().length);
                // "Four hostages were released": what happened to them is what is counted
                CountTypeLexicon.Cue verb = lex.yieldingVerbAfter(noun.countType(), lx, k + noun.words().length, stop);
                if (verb != null) {
                    f.countType = verb.countType();
                    return "counted noun '" + String.join(" ", noun.words()) + "' followed by '" + String.join(" ", verb.words()) + "'";
                }
                return "counted noun '" + String.join(" ", noun.words()) + "'";
            }
            if (lex.isPeopleNoun(l.lower())) {
                people = true;
                nounEnd = k + 1;
                f.subject = text(f.end, nounEnd);
                break;
            }
            if (FUNCTION_AFTER.contains(l.lower()) || CHANGE_VERBS.contains(l.lower()) || MODALS.contains(l.lower())) break;
            if (k == f.end) unknownNoun = true;
        }
        if (unknownNoun && !people) {
            Lexeme l = lx.get(f.end);
            if (MEASURE_UNITS.contains(l.lower())) return null;
        }
        // 3a. a verb right before the figure takes it as its object: "killed 14 and injured 60"
        for (int st = f.qStart - 1; st >= Math.max(0, f.qStart - 4); st--) {
            if (clause[st] != c) break;
            CountTypeLexicon.Cue b = lex.beforeAt(lx, st);
            if (b != null && st + Phrases.matchLength(lx, st, b.words()) == f.qStart) {
                f.countType = b.countType();
                return "object of '" + String.join(" ", b.words()) + "'";
            }
        }
        // 3. a verb after the counted phrase: "57,000 Palestinians have been killed"
        if (people || f.end >= n || !lx.get(f.end).isWord() || FUNCTION_AFTER.contains(lx.get(f.end).lower())) {
            for (int k = nounEnd; k < Math.min(stop, nounEnd + 9) && clause[k] == c; k++) {
                if (lx.get(k).is("and") || lx.get(k).is("but") || lx.get(k).is("while")) break;
                CountTypeLexicon.Cue a = lex.afterAt(lx, k);
                if (a != null) {
                    f.countType = a.countType();
                    return "followed by '" + String.join(" ", a.words()) + "'";
                }
            }
        }
        // 4. a verb shortly before: "killing at least 12", "the death toll rose to 80"
        int from = f.qStart;
        for (int k = from - 1; k >= Math.max(0, from - 7); k--) {
            if (clause[k] != c || mentionEnding(k + 1) != null) break;
            // earliest start first, so the longest cue wins: "injury toll" over "toll"
            for (int s = Math.max(0, k - 3); s <= k; s++) {
                CountTypeLexicon.Cue b = lex.beforeAt(lx, s);
                // a tally noun ("the death toll") only counts a figure it is linked to: "... rose to 80", not "... announced by 15 officials"
                if (b != null && lex.headAt(lx, s) != null && !tallyLinked(f, lead)) continue;
                if (b != null && s + Phrases.matchLength(lx, s, b.words()) == k + 1) {
                    f.countType = b.countType();
                    return "after '" + String.join(" ", b.words()) + "'";
                }
            }
        }
        // 4b. a tally named before the figure: "the death toll from Monday's quake has risen to 27",
        //     "the number of people killed ... has reached 58", "estimates of the dead range from"
        String tally = tallySubject(f, lead, c);
        if (tally != null) return tally;
        // 5. an appositive: "the remaining captives, around 50 in total"
        if (from >= 2 && lx.get(from - 1).isPunct(',')) {
            String t = lex.nounType(lx.get(from - 2).lower());
            if (t != null) {
                f.countType = t;
                f.subject = lx.get(from - 2).text();
                return "appositive to '" + lx.get(from - 2).text() + "'";
            }
        }
        // 5b. a breakdown of the figure before it: "freed 16 political prisoners, including 3 journalists"
        if (people && previousClaim != null && from >= 1 && lx.get(from - 1).is("including")) {
            f.countType = previousClaim.countType;
            return "part of the '" + previousClaim.countType + "' figure before it";
        }
        // 5c. a second object of the same verb: "killing 49 civilians and 15 soldiers", "11 farmers and 4 herders"
        if ((people || unknownNoun) && previousClaim != null && previousClaim.kind == ClaimKind.COUNT && from >= 1 && lx.get(from - 1).is("and")
                && from - 1 - previousClaim.end <= 3 && previousClaim.reason != null && previousClaim.reason.startsWith("object of")
                && noCueBetween(previousClaim.end, from - 1)) {
            f.countType = previousClaim.countType;
            return "second object of the verb counting the figure before it";
        }
        // 6. ellipsis: "50 hostages are in Gaza, with roughly 20 thought to be alive"
        boolean changeTarget = from >= 2 && lx.get(from - 1).is("to") && mentionEnding(from - 1) != null;
        boolean superseded = changeTarget || from >= 2 && lx.get(from - 1).is("from") && CHANGE_VERBS.contains(lx.get(from - 2).lower());
        boolean bare = superseded || f.end >= n || !lx.get(f.end).isWord() || FUNCTION_AFTER.contains(lx.get(f.end).lower())
                || lx.get(f.end).is("thought") || lx.get(f.end).is("believed");
        if (previousClaim != null && bare && !people) {
            f.countType = previousClaim.countType;
            f.subject = previousClaim.subject;
            f.ellipsis = true;
            return "same count as the figure before it in the sentence";
        }
        return null;
    }

    /** Whether no count cue (verb or counted noun) stands in [from, to): the words between are the first figure's own. */
    private boolean noCueBetween(int from, int to) {
        CountTypeLexicon lex = ex.lexicon();
        for (int k = from; k < to; k++) {
            Lexeme l = lx.get(k);
            if (!l.isWord() || lex.afterAt(lx, k) != null || lex.beforeAt(lx, k) != null || CHANGE_VERBS.contains(l.lower())) return false;
        }
        return true;
    }

    /** Whether the figure is the whole in "N of the M": "of (the)" right after another figure. */
    private boolean partitiveWhole(Finding f) {
        int k = f.qStart - 1;
        if (k >= 0 && lx.get(k).is("the")) k--;
        return k >= 1 && lx.get(k).is("of") && mentionEnding(k) != null;
    }

    /**
     * The subject of a "tally is/reached N" clause: a typed head ("death toll") or "the number
     * of" + a counted phrase, earlier in the figure's clause, joined to the figure by a linking
     * word ("to", "at", "reached", "exceeds") and with no other figure in between.
     */
    private String tallySubject(Finding f, int lead, int c) {
        CountTypeLexicon lex = ex.lexicon();
        if (!tallyLinked(f, lead)) return null;
        for (int k = lead - 1; k >= Math.max(0, lead - 18); k--) {
            if (clause[k] != c || mentionEnding(k + 1) != null) return null;
            CountTypeLexicon.Cue head = lex.headAt(lx, k);
            if (head != null && k + head.words().length <= lead) {
                f.countType = head.countType();
                return "tally '" + String.join(" ", head.words()) + "' before it";
            }
            int len = lex.tallyHeadAt(lx, k);
            // "a number of people" is vague, not a tally
            if (len > 0 && !(k > 0 && lx.get(k - 1).is("a"))) {
                int end = Math.min(lead, k + len + 6);
                for (int j = k + len; j < end; j++) {
                    Lexeme l = lx.get(j);
                    if (!l.isWord()) break;
                    CountTypeLexicon.Cue noun = lex.nounAt(lx, j);
                    if (noun == null) noun = lex.afterAt(lx, j);
                    if (noun != null) {
                        f.countType = noun.countType();
                        f.subject = text(k + len, j + noun.words().length);
                        return "tally '" + text(k, j + noun.words().length) + "' before it";
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Whether a linking word joins a preceding tally to this figure: "to", "at", "reached", "exceeds 1,000". */
    private boolean tallyLinked(Finding f, int lead) {
        CountTypeLexicon lex = ex.lexicon();
        return (lead > 0 && lex.isTallyLink(lx.get(lead - 1).lower()))
                || (f.qStart < f.first && lex.isTallyLink(lx.get(f.qStart).lower()));
    }

    /** Where the words leading into a figure start: its qualifier, or "another", "a further". */
    private int leadStart(Finding f) {
        int s = f.qStart;
        while (s > 0 && (lx.get(s - 1).is("another") || lx.get(s - 1).is("further") || lx.get(s - 1).is("additional")
                || lx.get(s - 1).is("a") || lx.get(s - 1).is("an") || lx.get(s - 1).is("the") || lx.get(s - 1).is("some")
                || lx.get(s - 1).is("just") || lx.get(s - 1).is("total") || lx.get(s - 1).is("of"))
                && s > f.qStart - 3) s--;
        return s;
    }

    private int nextMentionStart(int from) {
        return from >= nextMention.length ? lx.size() : nextMention[Math.max(0, from)];
    }

    // ---------------------------------------------------------------- role, negation, period

    private void role(Finding f) {
        int n = lx.size();
        int c = clause[Math.min(f.first, n - 1)];
        Lexeme before = f.qStart > 0 ? lx.get(f.qStart - 1) : null;
        Lexeme before2 = f.qStart > 1 ? lx.get(f.qStart - 2) : null;
        Lexeme next = f.end < n ? lx.get(f.end) : null;
        // increments: "another 30", "a further 12", "two more", "300 new cases"
        if (before != null && before.is("another") && !(before2 != null && (before2.is("and") || before2.isPunct(',')))) {
            // "45 drowned ... Another 32 people were rescued": other people with another fate, a total of its own
            f.role = otherFate(f) ? ClaimRole.CURRENT : ClaimRole.INCREMENT;
        } else if (before != null && (before.is("additional") || before.is("further") || before.is("extra"))) {
            f.role = ClaimRole.INCREMENT;
        } else if (next != null && (next.is("more") || next.is("new") || next.is("additional") || next.is("further") || next.is("extra"))
                && !(f.end + 1 < n && lx.get(f.end + 1).is("than"))) {
            f.role = ClaimRole.INCREMENT;
        }
        // superseded: "up from 77", "previous estimates had put the toll at over 100"
        for (int k = f.qStart - 1; k >= Math.max(0, f.qStart - 6); k--) {
            if (clause[k] != c && k < f.qStart - 1) break;
            Lexeme l = lx.get(k);
            if (l.is("from") && k == f.qStart - 1) {
                for (int j = Math.max(0, k - 4); j < k; j++) {
                    if (CHANGE_VERBS.contains(lx.get(j).lower())) {
                        f.role = ClaimRole.PREVIOUS;
                        return;
                    }
                }
            }
            if (PREVIOUS_CUES.contains(l.lower()) || (l.is("put") && k > 0 && lx.get(k - 1).is("had"))
                    || (l.is("compared") && k + 1 < f.qStart && (lx.get(k + 1).is("with") || lx.get(k + 1).is("to")))) {
                if (!(l.is("earlier") && k + 1 < n && (lx.get(k + 1).is("this") || lx.get(k + 1).is("today")))) {
                    f.role = ClaimRole.PREVIOUS;
                    return;
                }
            }
            if (mentionEnding(k + 1) != null) break;
        }
        // projections: "could rise to 302", "300 people could be displaced"
        for (int k = f.qStart - 1; k >= Math.max(0, f.qStart - 5); k--) {
            if (clause[k] != c) break;
            if (mentionEnding(k + 1) != null) break;
            if (MODALS.contains(lx.get(k).lower())) {
                f.role = ClaimRole.PROJECTION;
                return;
            }
        }
        int stop = nextMentionStart(f.end);
        for (int k = f.end; k < Math.min(stop, Math.min(n, f.end + 5)); k++) {
            if (clause[k] != c) break;
            Lexeme l = lx.get(k);
            if (l.is("could") || l.is("may") || l.is("might") || l.is("would") || (l.is("will") && !(k + 1 < n && lx.get(k + 1).is("have")))) {
                f.role = ClaimRole.PROJECTION;
                return;
            }
        }
    }

    private boolean isNegated(Finding f) {
        int k = f.qStart - 1;
        // "did not kill 50"
        if (k >= 1 && lx.get(k).isWord() && (lx.get(k - 1).is("not") || lx.get(k - 1).is("never"))) return true;
        if (k >= 0 && (lx.get(k).is("not") || lx.get(k).is("never") || lx.get(k).is("nor") || lx.get(k).is("no")
                || lx.get(k).is("without"))) return true;
        return k >= 1 && lx.get(k).is("than") && lx.get(k - 1).is("rather");
    }

    private void period(Finding f) {
        int n = lx.size();
        int c = clause[Math.min(f.first, n - 1)];
        if (periodInClause(f, c)) return;
        // "Since October 2023, more than 300 ...", "In the past week alone, 38 ...": an opening
        // adverbial clause frames the whole sentence
        if (c > 0 && n > 0 && INTRO_PERIOD_WORDS.contains(lx.get(0).lower())) periodInClause(f, clause[0]);
    }

    private boolean periodInClause(Finding f, int c) {
        int n = lx.size();
        int stop = nextMentionStart(f.end);
        // a time window in the same clause: "in 24 hours", "over the past week"
        if (windowByClause[c] != null && !(f.kind == ClaimKind.DURATION)) {
            f.period = windowByClause[c];
            return true;
        }
        for (int k = 0; k + 1 < n; k++) {
            if (clause[k] != c) continue;
            if ((lx.get(k).is("past") || lx.get(k).is("last")) && TIME_UNITS.contains(lx.get(k + 1).lower())) {
                String unit = lx.get(k + 1).lower();
                f.period = "1 " + (unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
                return true;
            }
        }
        // a named event before the figure in its clause, or between it and the next figure
        for (Gazetteer.Hit h : hits) {
            if (h.event() == null || clause[h.first()] != c) continue;
            if (h.first() < f.first || h.first() < stop) {
                f.period = h.event().name();
                f.eventSlug = h.event().slug();
                return true;
            }
        }
        for (int k = 0; k < n; k++) {
            if (clause[k] != c) continue;
            Lexeme l = lx.get(k);
            if (l.is("recently") || (l.is("recent") && k > 0 && lx.get(k - 1).is("in") && k + 1 < n && TIME_UNITS.contains(lx.get(k + 1).lower()))) {
                f.period = "recent";
                return true;
            }
        }
        for (int k = 0; k < n; k++) {
            if (clause[k] != c) continue;
            Lexeme l = lx.get(k);
            if (l.is("since") || l.is("toll") || (l.is("so") && k + 1 < n && lx.get(k + 1).is("far"))
                    || (l.is("to") && k + 1 < n && lx.get(k + 1).is("date")) || l.is("overall") || l.is("cumulative")
                    || (l.is("in") && k + 1 < n && lx.get(k + 1).is("total"))) {
                f.period = "cumulative";
                return true;
            }
            if (WEEKDAYS.contains(l.lower()) || l.is("yesterday") || l.is("today") || l.is("overnight")) {
                f.period = l.isCapitalized() && WEEKDAYS.contains(l.lower()) ? l.text() : l.lower();
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- location, subject, metric

    private void location(Finding f, Finding previousClaim) {
        int n = lx.size();
        int c = clause[Math.min(f.first, n - 1)];
        int stop = nextMentionStart(f.end);
        for (Gazetteer.Hit h : hits) {
            if (h.place() == null || h.first() < f.end || h.first() >= stop || clause[h.first()] != c) continue;
            if (prepositionBefore(h.first())) {
                f.location = narrower(h).place().name();
                return;
            }
        }
        Gazetteer.Hit best = null;
        for (Gazetteer.Hit h : hits) {
            if (h.place() == null || clause[h.first()] != c || h.first() >= f.first) continue;
            if (h.first() > 0 && lx.get(h.first() - 1).is("by")) continue;
            if (previousClaim != null && h.first() < previousClaim.end) continue;
            // "in Malatya province in eastern Turkey": the country only places the province
            if (best != null && isCountry(h) && !isCountry(best) && placesInside(h)) continue;
            best = h;
        }
        if (best != null) {
            f.location = narrower(best).place().name();
            return;
        }
        if (f.eventSlug != null) {
            for (Gazetteer.Hit h : hits) {
                if (h.event() != null && h.event().slug().equals(f.eventSlug) && h.event().place() != null) {
                    f.location = h.event().place();
                    return;
                }
            }
        }
        if (f.ellipsis && previousClaim != null && previousClaim.location != null) {
            f.location = previousClaim.location;
            return;
        }
        for (Gazetteer.Hit h : hits) {
            if (h.place() != null && prepositionBefore(h.first())) {
                f.location = narrower(h).place().name();
                return;
            }
        }
        // A place the sentence names with no preposition ("aid entering Gaza") still says more
        // about where than the article's default, unless it only qualifies an actor ("US envoy").
        // The nearest such place after the figure first: a place before it is often the actor
        // ("Israel has hit 130 targets ... entering Gaza").
        Gazetteer.Hit named = null;
        for (Gazetteer.Hit h : hits) {
            if (h.place() == null || (h.first() > 0 && lx.get(h.first() - 1).is("by")) || namesAnActor(h)) continue;
            if (h.first() >= f.end) {
                named = h;
                break;
            }
        }
        if (named != null) {
            f.location = named.place().name();
            return;
        }
        // A wire paragraph names the place once: "... in Inner Mongolia ... Six bodies have been recovered".
        f.location = placeNamed != null ? placeNamed : memory.place() != null ? memory.place() : ctx == null ? null : ctx.location();
        if (f.location == null) {
            // "Turkish rescuers pulled 8 people ...": a local agency's nationality names the country
            Gazetteer.Place agencyCountry = ex.gazetteer().countryOfLocalAgency(lx);
            if (agencyCountry != null) f.location = agencyCountry.name();
        }
    }

    /** A source that names a person: two name words, or a lone surname that is no place ("Witkoff", not "Israel"). */
    private static boolean isPerson(ClaimExtractor ex, String source) {
        if (AttributionFinder.namesPerson(source)) return true;
        return AttributionFinder.isLoneName(source) && ex.gazetteer().find(Lexer.lex(source)).stream().noneMatch(h -> h.place() != null);
    }

    /** Whether the paragraph already gave counts, none of this figure's type: "another" then means "other", not "more". */
    private boolean otherFate(Finding f) {
        if (f.kind != ClaimKind.COUNT || f.countType == null || "other".equals(f.countType)) return false;
        boolean earlier = memory.hasCounts();
        for (Finding g : findings) {
            if (g == f || !g.claim || g.kind != ClaimKind.COUNT) continue;
            if (f.countType.equals(g.countType)) return false;
            earlier = true;
        }
        return earlier && !memory.hasCountType(f.countType);
    }

    private static boolean isCountry(Gazetteer.Hit h) {
        return h.place() != null && "country".equals(h.place().kind());
    }

    /** "in Turkey", "in eastern Turkey": a country named as what contains the place before it. */
    private boolean placesInside(Gazetteer.Hit h) {
        int k = h.first() - 1;
        if (k > 0 && lx.get(k).isWord() && !lx.get(k).isCapitalized() && !lx.get(k).is("in")) k--;
        return k >= 0 && lx.get(k).is("in");
    }

    /**
     * The narrower place a country hit stands for: "Sudan's Gezira province" (possessive) or
     * "Malatya province in eastern Turkey" (containment); else the hit itself.
     */
    private Gazetteer.Hit narrower(Gazetteer.Hit h) {
        if (isCountry(h) && placesInside(h)) {
            // "Malatya province in eastern Turkey": the province the country contains
            for (Gazetteer.Hit prev : hits) {
                if (prev.place() != null && !isCountry(prev) && prev.end() <= h.first() && prev.end() >= h.first() - 4) return prev;
            }
        }
        if (!isCountry(h) || h.end() + 1 >= lx.size()) return h;
        Lexeme apostrophe = lx.get(h.end());
        if (!(apostrophe.isPunct('\'') || apostrophe.isPunct('\u2019')) || !lx.get(h.end() + 1).is("s")) return h;
        for (Gazetteer.Hit next : hits) {
            if (next.place() != null && !isCountry(next) && next.first() >= h.end() + 2 && next.first() <= h.end() + 4) return next;
        }
        return h;
    }

    /** Where this sentence itself placed its figures, for the sentences after it in the paragraph; null when it named none. */
    String placeNamed() {
        return placeNamed;
    }

    /** "US President", "US officials": the place names whose people speak or act, not where it happened. */
    static final Set<String> ACTOR_NOUNS = Set.of("president", "prime", "minister", "envoy", "official", "officials",
            "secretary", "ambassador", "embassy", "government", "administration", "leader", "leaders", "spokesman",
            "spokeswoman", "spokesperson");

    private boolean namesAnActor(Gazetteer.Hit h) {
        return h.end() < lx.size() && ACTOR_NOUNS.contains(lx.get(h.end()).lower());
    }

    /** Whether a place at lexeme {@code at} is the object of a location preposition, past modifiers. */
    private boolean prepositionBefore(int at) {
        int k = at - 1;
        while (k >= 0 && k > at - 5 && (PLACE_MODIFIERS.contains(lx.get(k).lower()) || lx.get(k).isDash())) k--;
        return k >= 0 && LOC_PREPS.contains(lx.get(k).lower());
    }

    private void subjectAndGroup(Finding f, Finding previousClaim) {
        if (f.subject == null) {
            int e = f.end;
            int stop = nextMentionStart(f.end);
            while (e < Math.min(stop, f.end + 3) && lx.get(e).isWord() && !FUNCTION_AFTER.contains(lx.get(e).lower())) e++;
            if (e > f.end) f.subject = text(f.end, e);
        }
        if (f.subject == null) return;
        String[] words = f.subject.split("[\\s\u00A0]+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        String g = ex.metricKeys().group(head);
        if (g == null) return;
        String demonym = null;
        for (String w : words) {
            Gazetteer.Place p = ex.gazetteer().byDemonym(w);
            if (p != null) demonym = w;
        }
        if (demonym == null) {
            // "Israel has lost 400 troops": the country acting in the clause names the group
            int c = clause[f.first];
            for (Gazetteer.Hit h : hits) {
                if (h.place() != null && h.first() < f.first && clause[h.first()] == c && "country".equals(h.place().kind())
                        && !h.place().demonyms().isEmpty()) {
                    demonym = h.place().demonyms().get(0);
                    break;
                }
            }
        }
        f.group = demonym != null ? MetricKeys.slug(demonym) + "-" + g
                : (f.location != null ? ex.anchors().keyPlace(f.location, ctx) + "-" + g : g);
    }

    /**
     * The key of a proposed or demanded release ("prisoner-release-demanded/life"), or null for
     * every other figure, including releases that took place. Such a release stays
     * {@code current} (see {@link Releases} for why); the stance in the key is what keeps it
     * apart from people actually released.
     */
    private String releaseMetric(Finding f, Finding previousClaim) {
        if (f.kind != ClaimKind.COUNT || !"released".equals(f.countType)) return null;
        String previousWho = previousClaim != null && "released".equals(previousClaim.countType) ? previousClaim.releaseWho : null;
        Releases.Reading r = ex.metricKeys().releases().read(lx, clause, f.qStart, f.end, nextMentionStart(f.end),
                this::placeSlugAt, previousWho);
        f.releaseWho = r.who();
        if (r.stance() == null) return null;
        if (f.role == ClaimRole.PROJECTION) f.role = ClaimRole.CURRENT;
        return ex.metricKeys().releaseKey(r, f.group, f.location == null ? null : MetricKeys.slug(f.location));
    }

    private String placeSlugAt(int k) {
        for (Gazetteer.Hit h : hits) {
            if (h.first() == k && h.place() != null) return MetricKeys.slug(h.place().name());
        }
        return null;
    }

    private String metric(Finding f) {
        String place = ex.anchors().keyPlace(f.location, ctx);
        int c = clause[Math.min(f.first, lx.size() - 1)];
        List<Lexeme> cl = new ArrayList<>();
        for (int k = 0; k < lx.size(); k++) if (clause[k] == c) cl.add(lx.get(k));
        return switch (f.kind) {
            case COUNT -> ex.metricKeys().key(f.countType, cl, place, f.group, f.period, f.eventSlug);
            case DURATION -> "duration/" + (place == null ? "unknown" : place);
            case PERCENT -> "percent-" + f.countType + "/" + (place == null ? "unknown" : place);
            case MONEY -> "money/" + (place == null ? "unknown" : place);
        };
    }

    private ExtractedClaim toClaim(Finding f) {
        int s = lx.get(f.qStart).start();
        int e = lx.get(f.end - 1).end();
        boolean range = f.low != null;
        String location = ex.anchors().claimLocation(f.location, ctx);
        return new ExtractedClaim(paragraphIndex, sentence, s, e, sentence.substring(s, e), f.metric, f.kind, f.countType,
                range ? null : f.value, range ? f.low : null, range ? f.high : null, f.qualifier, f.subject, location,
                f.period, attribution, f.role);
    }

    private String text(int from, int to) {
        return sentence.substring(lx.get(from).start(), lx.get(to - 1).end());
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Clause number of each lexeme: commas, semicolons, colons, brackets and spaced dashes separate clauses. */
    private static int[] clauses(List<Lexeme> lx) {
        int[] out = new int[lx.size()];
        int c = 0;
        for (int i = 0; i < lx.size(); i++) {
            Lexeme l = lx.get(i);
            boolean boundary = l.isPunct(',') || l.isPunct(';') || l.isPunct(':') || l.isPunct('(') || l.isPunct(')')
                    || l.isPunct('\u2014') || l.isPunct('[') || l.isPunct(']')
                    || (l.isDash() && l.spaceBefore() && !(i > 0 && lx.get(i - 1).isDigits() && i + 1 < lx.size() && lx.get(i + 1).isDigits()));
            if (boundary) c++;
            out[i] = c;
        }
        return out;
    }

    /** Who this sentence attributes its figures to (pronouns already resolved or dropped), or null. */
    String attribution() {
        return attribution;
    }

    int lexemeStart(int k) {
        return lx.get(k).start();
    }

    int lexemeEnd(int k) {
        return lx.get(k).end();
    }
}
