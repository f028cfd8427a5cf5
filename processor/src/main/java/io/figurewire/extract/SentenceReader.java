package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the figures of one sentence: joins ranges, throws out numbers that are not counts
 * (with a reason), and for the rest works out qualifier, count type, role, period, location,
 * attribution and metric key. One instance per sentence; not shared between threads.
 */
final class SentenceReader {

    private static final Set<String> MEASURE_UNITS = WordClasses.get("measure-units");
    private static final Set<String> CURRENCY_BEFORE = WordClasses.get("currency-before");
    private static final Set<String> LOC_PREPS = WordClasses.get("loc-preps");
    /** Words that may stand between a preposition and a place: "in central Mali", "in the far north-east of". */
    private static final Set<String> PLACE_MODIFIERS = WordClasses.get("place-modifiers");
    private static final Set<String> PLACE_NOUNS = WordClasses.get("place-nouns");
    private static final Set<String> STANDING_WORDS = WordClasses.get("standing-words");
    private static final Set<String> SUBORDINATORS = WordClasses.get("subordinators");
    /** "One person was killed": a count, where a bare "one" is too often a pronoun. */
    private static final Set<String> SINGULAR_PEOPLE = WordClasses.get("singular-people-nouns");

    private final ClaimExtractor ex;
    private final PastEvents pastEvents;
    private final Breakdowns breakdowns;
    private final String sentence;
    final List<Lexeme> lx;
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
    private final SentenceView view;
    private final PeriodRules periods;
    private final NotACountRules notACount;
    private final Inserts inserts;
    private final RoleCues roles;
    private final CountCues cues;
    private final ShelterPlaces shelters;
    private final NounYields yields;
    private final TallySubjects tallies;
    private final CountedNouns nouns;
    private final FateVerbs verbs;
    private final BorrowedTypes borrowed;

    /** The findings of this sentence, in reading order. */
    final List<Finding> findings = new ArrayList<>();

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
        this.view = SentenceView.of(sentence, ex.gazetteer(), ex.anchors().of(ctx));
        this.lx = view.lx;
        this.mentions = view.mentions;
        this.hits = view.hits;
        this.clause = view.clause;
        this.notACount = new NotACountRules(view, ex.lexicon());
        this.pastEvents = new PastEvents(lx, clause, ctx == null || ctx.published() == null ? 0
                : ctx.published().atZone(java.time.ZoneOffset.UTC).getYear());
        this.breakdowns = new Breakdowns(lx, clause, ex.lexicon());
        this.paragraphIndex = paragraphIndex;
        this.ctx = ctx;
        String source = AttributionFinder.find(lx, sentence);
        this.attribution = source == null ? null : AttributionFinder.resolvePronoun(source, memory.speaker(), AttributionFinder.isPerson(ex, memory.speaker()));
        this.periods = new PeriodRules(view);
        this.inserts = new Inserts(view, ex.lexicon());
        this.roles = new RoleCues(view, ex.lexicon());
        this.cues = new CountCues(view, ex.lexicon(), ex.gazetteer());
        this.shelters = new ShelterPlaces(view, ex.lexicon());
        this.yields = new NounYields(view, ex.lexicon(), shelters);
        this.tallies = new TallySubjects(view, ex.lexicon(), cues, roles, findings);
        this.nouns = new CountedNouns(view, ex.lexicon(), cues, yields, breakdowns);
        this.verbs = new FateVerbs(view, ex.lexicon(), cues, inserts, tallies);
        this.borrowed = new BorrowedTypes(view, ex.lexicon(), roles);
    }

    void read() {
        List<Finding> figures = figures();
        Finding previousClaim = null;
        for (int i = 0; i < figures.size(); i++) {
            Finding f = figures.get(i);
            Finding whole = i + 1 < figures.size() ? figures.get(i + 1) : null;
            if (whole != null && f.reason == null && whole.reason == null
                    && Partitives.joins(lx, f.end, QualifierReader.before(lx, whole.first).first())) {
                readPartAndWhole(f, whole, previousClaim);
                findings.addAll(List.of(f, whole));
                previousClaim = lastCount(whole, lastCount(f, previousClaim));
                i++;
                continue;
            }
            findings.add(classifySafely(f, previousClaim));
            previousClaim = lastCount(f, previousClaim);
        }
        for (Finding f : Batches.addedToALaterTally(lx, findings, this::placeBetween)) {
            f.role = ClaimRole.INCREMENT;
            f.reason = f.reason + "; increment: a batch the tally after it totals (', raising the toll to')";
            f.extracted = toClaim(f);
        }
        for (CasualtySplits.Split s : CasualtySplits.find(lx, findings, ex.lexicon())) splitIntoFates(s);
    }

    /** "23 victims: seven dead and 16 injured": the total counts casualties, and each part stands for its own fate (see {@link CasualtySplits}). */
    private void splitIntoFates(CasualtySplits.Split s) {
        Finding total = s.total();
        total.reason = total.reason + "; casualties: split into parts of different fates that add up to it";
        total.countType = "other";
        total.metric = metric(total);
        total.extracted = toClaim(total);
        for (Finding p : s.parts()) {
            if (p.role != ClaimRole.BREAKDOWN) continue;
            p.role = total.role;
            p.reason = p.reason + "; the count of its own fate in a split of casualties, not a part of one fate";
            p.extracted = toClaim(p);
        }
    }

    private Finding classifySafely(Finding f, Finding previousClaim) {
        try {
            classify(f, previousClaim);
        } catch (RuntimeException e) {
            f.claim = false;
            f.reason = "skipped: " + e.getClass().getSimpleName();
        }
        return f;
    }

    private static Finding lastCount(Finding f, Finding previousClaim) {
        return f.countClaim() && !f.site ? f : previousClaim;
    }

    /** "Three of the 17 crew were rescued": the whole is read first, and its fate given to the part (see {@link Partitives}). */
    private void readPartAndWhole(Finding part, Finding whole, Finding previousClaim) {
        classifySafely(whole, previousClaim);
        String type = whole.countClaim() ? whole.countType : null;
        part.wholeType = type;
        classifySafely(part, previousClaim);
        if (type == null || !type.equals(part.countType)) return;
        if (Partitives.wholeNamesTheFate(ex.lexicon(), lx, whole.end, type)) {
            part.role = ClaimRole.BREAKDOWN;
            part.reason = part.reason + "; a breakdown of the whole, whose noun names it";
        } else {
            whole.countType = "other";
            whole.reason = "the whole that the figure before it ('" + text(part.qStart, part.end) + " of') was taken from";
            whole.metric = metric(whole);
        }
        part.extracted = toClaim(part);
        whole.extracted = toClaim(whole);
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
                if (m2.shape() == NumberMention.Shape.NUMBER && RangeJoins.isJoin(lx, roles, m, m2)) {
                    double low = Math.abs(m.value());
                    double high = Math.abs(m2.value());
                    double scale = RangeJoins.trailingScale(lx, m2);
                    if (scale > 1 && RangeJoins.trailingScale(lx, m) == 1 && low * scale <= high) low *= scale;
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
            if (m.thousandsWithADot() && f.low == null) {
                // "about 5.000 were injured": no count of people has three decimals; a European thousands separator
                f.value *= 1000;
                f.reason = f.reason + "; '" + m.text() + "' read with a dot as thousands separator";
            }
            if (f.value < 1 && f.low == null) {
                f.reason = "below one: not a count";
                return;
            }
            if (BareOnes.isBare(view, f, m)) {
                f.reason = "'one' is too often a pronoun or article";
                return;
            }
        } else if (f.kind == ClaimKind.DURATION) {
            f.countType = "duration";
        } else {
            countType(f, previousClaim);
            if (f.countType == null) f.countType = "other";
        }
        role(f, previousClaim);
        if (roles.negated(f.qStart)) {
            f.reason = "negated";
            return;
        }
        period(f);
        location(f, previousClaim);
        if (Breakdowns.placesWhatFollows(f, memory.place(), ctx)) placeNamed = f.location;
        SubjectGroups.read(ex, view, ctx, f);
        f.metric = releaseMetric(f, previousClaim);
        if (f.metric == null) f.metric = metric(f);
        f.claim = true;
        f.extracted = toClaim(f);
    }

    private NumberMention mentionAt(int first) {
        NumberMention m = view.mentionStarting(first);
        if (m == null) throw new IllegalStateException("no mention at " + first);
        return m;
    }

    /** Why a figure is not a count, or null; also sets kind PERCENT/MONEY/DURATION. */
    private String notACount(Finding f, NumberMention m) {
        NotACountRules.Verdict v = notACount.judge(new NotACountRules.Figure(f.first, f.end, f.qStart, m, f.value, f.low, f.high));
        if (v == null) return null;
        if (v.kind() != null) {
            f.kind = v.kind();
            return null;
        }
        return v.notACount() + " [" + v.rule() + "]";
    }

    private NumberMention mentionStarting(int lexeme) {
        return view.mentionStarting(lexeme);
    }

    private NumberMention mentionEnding(int lexemeExclusive) {
        return view.mentionEnding(lexemeExclusive);
    }

    // ---------------------------------------------------------------- count type

    /** Sets count type and subject; returns a short reason naming the cue. */
    private String countType(Finding f, Finding previousClaim) {
        String why = countCue(f, previousClaim);
        if (f.countType == null || f.role == ClaimRole.BREAKDOWN) return why;
        String joint = "killed".equals(f.countType) || "missing".equals(f.countType) ? JointFates.near(view, f.qStart, f.end, nextMentionStart(f.end)) : null;
        if (joint != null) {
            f.countType = "other";
            return "one tally of two fates: '" + joint + "'";
        }
        int c = clause[Math.min(f.first, lx.size() - 1)];
        // "recaptured 350 while 450 others are still unaccounted for": a subordinate clause retypes only its own figures
        for (int k = f.end; k < Math.min(lx.size(), f.end + 10) && clause[k] == c && !SUBORDINATORS.contains(lx.get(k).lower()); k++) {
            CountTypeLexicon.Cue r = ex.lexicon().retypeAt(lx, k);
            // "41 people were missing, presumed dead": a retyping phrase may follow the clause's comma at once
            if (r == null && k + 1 < lx.size() && lx.get(k + 1).isPunct(',')) r = ex.lexicon().retypeAt(lx, k + 2);
            if (r != null) {
                f.countType = r.countType();
                return "retyped by '" + r.phrase() + "' after it";
            }
        }
        return why;
    }

    /** Where a figure stands, shared by the steps of the count-type cascade. */
    private record Cascade(Finding f, Finding previous, int clause, int lead, int stop, CountedNouns.Scan noun) {
    }

    private interface CountStep {
        String decide(SentenceReader r, Cascade x);
    }

    /** The count-type cascade, first decisive step wins; each step's reason names its cue. Built once, not per sentence. */
    private static final List<CountStep> COUNT_STEPS = List.of(SentenceReader::victimList, SentenceReader::stillHeld, SentenceReader::governedBy,
            SentenceReader::searchObject, SentenceReader::typedNoun, SentenceReader::aliveObject, SentenceReader::objectOfVerb, SentenceReader::searchedFor,
            SentenceReader::shelterPlace, SentenceReader::verbAfter, SentenceReader::degreePercent, SentenceReader::amongGroup, SentenceReader::verbBefore,
            SentenceReader::tally, SentenceReader::label, SentenceReader::appositive, SentenceReader::secondObject, SentenceReader::ellipsis);

    /** Sets count type and subject from the first cue that decides; returns a short reason naming the cue. */
    private String countCue(Finding f, Finding previousClaim) {
        String part = breakdownPart(f, previousClaim);
        if (part != null) return part;
        int stop = nextMentionStart(f.end);
        CountedNouns.Scan noun = nouns.scan(f, stop);
        // "40 km": a unit, not a counted thing
        if (noun.noun() == null && noun.unknownNoun() && !noun.people() && MEASURE_UNITS.contains(lx.get(f.end).lower())) return null;
        String site = SiteFigures.read(lx, ex.lexicon(), f, noun.noun() == null ? null : noun.noun().countType(), noun.unknownNoun() && !noun.people());
        if (site != null) return site;
        Cascade x = new Cascade(f, previousClaim, clause[Math.min(f.first, lx.size() - 1)], leadStart(f), stop, noun);
        for (CountStep step : COUNT_STEPS) {
            String why = step.decide(this, x);
            if (why != null) return why;
        }
        if (f.wholeType == null) return null;
        // "Three of the 17 crew were rescued": a part with no cue of its own has its whole's
        f.countType = f.wholeType;
        return "part of the " + f.wholeType + " whole after it ('of')";
    }

    /** "including 3,100 children", "The dead included 512 children, 300 women": a part of a total. */
    private String breakdownPart(Finding f, Finding previousClaim) {
        if (f.kind != ClaimKind.COUNT) return null;
        Breakdowns.Reading part = breakdowns.read(f.qStart, f.end, previousClaim == null ? null
                : new Breakdowns.Before(previousClaim.countType, previousClaim.qStart, previousClaim.end,
                previousClaim.role == ClaimRole.BREAKDOWN));
        if (part == null) return null;
        f.countType = part.countType();
        f.role = part.moved() ? ClaimRole.INCREMENT : ClaimRole.BREAKDOWN;
        return part.reason();
    }

    /** A governing cue earlier in the clause (see {@link CountCues#governedBy}); not for the whole of a partitive ("freed 14 of the 20 abducted"). */
    private String governedBy(Cascade x) {
        return apply(x.f(), cues.governedBy(partitiveWhole(x.f()) ? -1 : x.lead() - 1, x.lead(), x.clause()));
    }

    /** "105 freed, while 137 remain" (see {@link StillHeld}): a bare figure only, before a release verb can govern it. */
    private String stillHeld(Cascade x) {
        CountedNouns.Scan n = x.noun();
        boolean bare = n.noun() == null && !n.people() && !n.unknownNoun();
        return bare && x.f().kind == ClaimKind.COUNT ? apply(x.f(), StillHeld.read(lx, ex.lexicon(), x.f().qStart, x.f().end)) : null;
    }

    /** "published a list of 152 casualties" (see {@link CountCues}). */
    private String victimList(Cascade x) {
        CountedNouns.Scan n = x.noun();
        int at = n.noun() != null ? n.nounAt() : n.people() ? n.nounEnd() - 1 : -1;
        if (x.f().kind != ClaimKind.COUNT) return null;
        String why = apply(x.f(), cues.victimList(x.f().qStart, at));
        return why != null ? why : apply(x.f(), cues.mourned(x.f().qStart, at));
    }

    private String searchObject(Cascade x) {
        return apply(x.f(), cues.searchObject(x.f().qStart));
    }

    private String searchedFor(Cascade x) {
        return x.noun().people() ? apply(x.f(), cues.searchedFor(x.f().qStart)) : null;
    }

    /** "4,778 people still in 120 relief camps" (see {@link ShelterPlaces}): people or a bare figure only. */
    private String shelterPlace(Cascade x) {
        CountedNouns.Scan n = x.noun();
        return n.people() || (n.noun() == null && !n.unknownNoun()) ? apply(x.f(), shelters.read(x.f().qStart, n.nounEnd())) : null;
    }

    /** "buried 2,000 people alive" (see {@link AliveObjects}): people only. */
    private String aliveObject(Cascade x) {
        return x.noun().people() ? apply(x.f(), AliveObjects.read(lx, x.f().qStart, x.noun().nounEnd())) : null;
    }

    private String amongGroup(Cascade x) {
        return x.noun().people() ? apply(x.f(), cues.amongGroup(x.noun().nounEnd())) : null;
    }

    private static String apply(Finding f, CountCues.Reading r) {
        if (r == null) return null;
        f.countType = r.countType();
        return r.reason();
    }

    private String typedNoun(Cascade x) {
        CountedNouns.Scan n = x.noun();
        return n.noun() == null ? null : nouns.read(x.f(), n.noun(), n.nounAt(), x.stop(), x.previous());
    }

    /** A verb right before the figure takes it as its object (see {@link FateVerbs#objectOf}). */
    private String objectOfVerb(Cascade x) {
        return verbs.objectOf(x.f(), x.lead(), x.clause());
    }

    /** A verb after the counted phrase (see {@link FateVerbs#after}). */
    private String verbAfter(Cascade x) {
        return verbs.after(x.f(), x.noun(), x.clause(), x.stop());
    }

    /** "7,095 residents were 100 percent affected" (see {@link DegreePercents}). */
    private String degreePercent(Cascade x) {
        CountTypeLexicon.Cue a = x.noun().people() ? DegreePercents.after(view, ex.lexicon(), x.noun().nounEnd()) : null;
        return a == null ? null : apply(x.f(), new CountCues.Reading(a.countType(), a.followedBy() + " past a share"));
    }

    /** A verb shortly before (see {@link FateVerbs#before}). */
    private String verbBefore(Cascade x) {
        return verbs.before(x.f(), x.lead(), x.clause());
    }

    /** A tally named before the figure: "the death toll from Monday's quake has risen to 27", "the number of people killed ... has reached 58". */
    private String tally(Cascade x) {
        String why = tallies.subject(x.f(), x.lead(), x.clause());
        return why != null ? why : apply(x.f(), PronounTallies.reading(lx, ex.lexicon(), x.lead(), memory.tally()));
    }

    /** "Death toll: 312", "Injured: 140" (see {@link LabelFigures}). */
    private String label(Cascade x) {
        return apply(x.f(), LabelFigures.read(view, ex.lexicon(), x.lead()));
    }

    /** Types borrowed from a neighbour (see {@link BorrowedTypes}): an appositive, a second object, an ellipsis. */
    private String appositive(Cascade x) {
        return borrowed.appositive(x.f());
    }

    private String secondObject(Cascade x) {
        return borrowed.secondObject(x.f(), x.noun(), x.previous());
    }

    private String ellipsis(Cascade x) {
        return borrowed.ellipsis(x.f(), x.noun(), x.previous());
    }

    /** Whether the figure is the whole in "N of the M": "of (the)" right after another figure. */
    private boolean partitiveWhole(Finding f) {
        int k = f.qStart - 1;
        if (k >= 0 && lx.get(k).is("the")) k--;
        return k >= 1 && lx.get(k).is("of") && mentionEnding(k) != null;
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
        return view.nextMentionStart(from);
    }

    // ---------------------------------------------------------------- role, negation, period

    /** The role of a counted figure: breakdown (set with its count type), historical, increment, previous or projection. */
    private void role(Finding f, Finding previousClaim) {
        if (f.role == ClaimRole.BREAKDOWN) return;
        String past = f.kind == ClaimKind.COUNT ? pastEvents.why(f.qStart, f.end) : null;
        if (past != null) {
            f.role = ClaimRole.HISTORICAL;
            f.reason = f.reason + "; historical: " + past;
            return;
        }
        String why = roles.superseded(f.first, f.qStart, f.end);
        if (why == null && SharedRoles.joinedToEarlierStatement(view, roles, previousClaim, f)) why = "joined by 'and' to a figure of the same earlier statement";
        if (why == null && f.earlierValue) why = "the tally's earlier value, told in an aside before its current one";
        if (why != null) {
            f.role = ClaimRole.PREVIOUS;
            f.reason = f.reason + "; previous: " + why;
        } else if ((why = roles.projected(f.first, f.qStart, f.end)) != null) {
            f.role = ClaimRole.PROJECTION;
            f.reason = f.reason + "; projection: " + why;
        } else if (isIncrement(f) || roles.addedBatch(f.qStart, f.end)) {
            f.role = ClaimRole.INCREMENT;
            f.reason = f.reason + "; increment: an addition ('another', 'a further', 'N more', a batch of a tally)";
        }
    }

    /** "another 30", "a further 12", "two more", "300 new cases", "after crews pulled three bodies"; not another fate's total. */
    private boolean isIncrement(Finding f) {
        int n = lx.size();
        Lexeme before = f.qStart > 0 ? lx.get(f.qStart - 1) : null;
        Lexeme before2 = f.qStart > 1 ? lx.get(f.qStart - 2) : null;
        Lexeme next = f.end < n ? lx.get(f.end) : null;
        boolean added = before != null && (before.is("another") && !(before2 != null && (before2.is("and") || before2.isPunct(',')))
                || before.is("additional") || before.is("further") || before.is("extra"));
        // "45 drowned ... Another 32 people were rescued": other people with another fate, a total of its own;
        // "A further 72 people were killed in India", with nothing before it to add to: the count of that place
        if (added) return !otherFate(f) && !standing(f) && !(nothingToAddTo(f) && placeInClause(f));
        if (next != null && (next.is("more") || next.is("new") || next.is("additional") || next.is("further") || next.is("extra"))
                && !(f.end + 1 < n && lx.get(f.end + 1).is("than"))) {
            return !otherFate(f);
        }
        return batchOfATally(f) || (f.kind == ClaimKind.COUNT && roles.changedBy(f.qStart));
    }

    /** "Another 70 people are still missing": a count that still stands, of another group, not an addition. */
    private boolean standing(Finding f) {
        int c = clause[Math.min(f.first, lx.size() - 1)];
        for (int k = f.end; k < Math.min(lx.size(), f.end + 6) && clause[k] == c; k++) {
            if (STANDING_WORDS.contains(lx.get(k).lower())) return true;
        }
        return false;
    }

    /** Whether the gazetteer found a place from lexeme {@code from} to before {@code to}. */
    private boolean placeBetween(int from, int to) {
        for (Gazetteer.Hit h : hits) {
            if (h.place() != null && h.first() >= from && h.first() < to) return true;
        }
        return false;
    }

    /** Whether neither the paragraph nor the sentence gave a count before this figure. */
    private boolean nothingToAddTo(Finding f) {
        if (memory.hasCounts()) return false;
        for (Finding g : findings) {
            if (g != f && g.claim && g.kind == ClaimKind.COUNT) return false;
        }
        return true;
    }

    /** "in India", "in the neighbouring province": the figure's clause says where it counts. */
    private boolean placeInClause(Finding f) {
        int c = clause[Math.min(f.first, lx.size() - 1)];
        for (Gazetteer.Hit h : hits) {
            if (h.place() != null && clause[h.first()] == c && prepositionBefore(h.first())) return true;
        }
        for (int k = f.end; k < lx.size() && clause[k] == c; k++) {
            if (PLACE_NOUNS.contains(lx.get(k).lower()) && prepositionBefore(k)) return true;
        }
        return false;
    }

    /** "The toll rose to four after crews pulled three bodies": a batch in a clause subordinate to the tally it adds to. */
    private boolean batchOfATally(Finding f) {
        for (Finding g : findings) {
            boolean tally = g.reason != null && (g.reason.startsWith("tally") || g.reason.startsWith("same count"));
            if (!g.claim || !tally || !f.countType.equals(g.countType)
                    || !(g.role == ClaimRole.CURRENT || g.role == ClaimRole.PREVIOUS)) continue;
            for (int k = g.end; k < f.qStart; k++) {
                if (SUBORDINATORS.contains(lx.get(k).lower())) return true;
            }
        }
        return false;
    }

    private void period(Finding f) {
        PeriodRules.Period p = periods.of(f.first, f.end, f.kind == ClaimKind.DURATION);
        if (p == null) return;
        f.period = p.period();
        f.eventSlug = p.eventSlug();
    }

    // ---------------------------------------------------------------- location, subject, metric

    private void location(Finding f, Finding previousClaim) {
        int n = lx.size();
        int c = clause[Math.min(f.first, n - 1)];
        int stop = nextMentionStart(f.end);
        for (Gazetteer.Hit h : hits) {
            if (h.place() == null || h.first() < f.end || h.first() >= stop || clause[h.first()] != c) continue;
            if (prepositionBefore(h.first())) {
                f.location = SentencePlaces.listedOr(lx, hits, h, PLACE_MODIFIERS, narrower(h).place().name());
                return;
            }
        }
        Gazetteer.Hit best = null;
        for (Gazetteer.Hit h : hits) {
            if (h.place() == null || clause[h.first()] != c || h.first() >= f.first) continue;
            if ((h.first() > 0 && lx.get(h.first() - 1).is("by")) || SentencePlaces.referencePoint(lx, h.first(), ctx)) continue;
            if (previousClaim != null && h.first() < previousClaim.end) continue;
            // "in Malatya province in eastern Turkey": the country only places the province
            if (best != null && h.isCountry() && !best.isCountry() && SentencePlaces.placesInside(lx, h)) continue;
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
        // a place after a later figure of the sentence places that figure ("while 100 others were killed in India")
        int later = SentencePlaces.laterFigure(view, f.end);
        for (Gazetteer.Hit h : hits) {
            if (h.place() != null && prepositionBefore(h.first()) && !(h.first() > f.end && h.first() >= later)) {
                f.location = narrower(h).place().name();
                return;
            }
        }
        Gazetteer.Hit named = namedAfter(f, later);
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

    /**
     * A place the sentence names with no preposition ("aid entering Gaza") says more about where
     * than the article's default, unless it only qualifies an actor ("US envoy") or is the trip of
     * the people counted ("migrants from Turkey to Europe"). The nearest such place after the
     * figure: a place before it is often the actor ("Israel has hit 130 targets ... entering Gaza").
     */
    private Gazetteer.Hit namedAfter(Finding f, int later) {
        for (Gazetteer.Hit h : hits) {
            if (h.place() == null || (h.first() > 0 && lx.get(h.first() - 1).is("by")) || SentencePlaces.namesAnActor(lx, h)
                    || SentencePlaces.elsewhere(lx, hits, h, ctx)) continue;
            if (h.first() >= f.end) return h.first() < later ? h : null;
        }
        return null;
    }

    /** Whether the paragraph already gave counts (not side counts such as cases), none of this figure's type: "another" then means "other". */
    private boolean otherFate(Finding f) {
        if (f.kind != ClaimKind.COUNT || f.countType == null || "other".equals(f.countType)) return false;
        boolean earlier = memory.hasCounts();
        for (Finding g : findings) {
            if (g == f || !g.claim || g.kind != ClaimKind.COUNT || "other".equals(g.countType)) continue;
            if (ex.lexicon().sameFate(f.countType, g.countType)) return false;
            earlier = true;
        }
        return earlier && !memory.hasCountType(f.countType) && !memory.hasCountType(ex.lexicon().fate(f.countType));
    }

    private Gazetteer.Hit narrower(Gazetteer.Hit h) {
        return SentencePlaces.narrower(lx, hits, h, ex.anchors().of(ctx), PLACE_MODIFIERS);
    }

    /** Where this sentence itself placed its figures, for the sentences after it in the paragraph; null when it named none. */
    String placeNamed() {
        return placeNamed;
    }

    /** Whether a place at lexeme {@code at} is the object of a location preposition, past modifiers. */
    private boolean prepositionBefore(int at) {
        int k = at - 1;
        while (k >= 0 && k > at - 5 && (PLACE_MODIFIERS.contains(lx.get(k).lower()) || lx.get(k).isDash())) k--;
        return k >= 0 && LOC_PREPS.contains(lx.get(k).lower()) && !SentencePlaces.origin(lx, k) && !SentencePlaces.referencePoint(lx, at, ctx);
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
            case DURATION -> "duration/" + (place == null ? MetricKeys.NO_PLACE : place);
            case PERCENT -> "percent-" + f.countType + "/" + (place == null ? MetricKeys.NO_PLACE : place);
            case MONEY -> "money/" + (place == null ? MetricKeys.NO_PLACE : place);
        };
    }

    private ExtractedClaim toClaim(Finding f) {
        int s = lx.get(f.qStart).start();
        int e = lx.get(f.end - 1).end();
        boolean range = f.low != null;
        String location = ex.anchors().claimLocation(f.location, ctx);
        return new ExtractedClaim(paragraphIndex, sentence, s, e, sentence.substring(s, e), f.metric, f.kind, f.countType,
                range ? null : f.value, range ? f.low : null, range ? f.high : null, f.qualifier, f.subject, location,
                f.period, attribution, f.role, KeyPaths.forMetric(f.metric, ex.anchors().keyPath(f.location, ctx)));
    }

    private String text(int from, int to) {
        return view.text(from, to);
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
