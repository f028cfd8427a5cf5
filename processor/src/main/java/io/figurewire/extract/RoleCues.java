package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * The cues of a counted figure's role other than breakdown and historical: superseded (previous),
 * projected, negated, and the change a tally went through ("rose from 23 to 148", "rose by 12").
 * Reads one sentence's view; pure logic, no state beyond it.
 */
final class RoleCues {

    private static final Set<String> CHANGE_VERBS = WordClasses.get("change-verbs");
    private static final Set<String> MODALS = WordClasses.get("modals");
    private static final Set<String> PREVIOUS_CUES = WordClasses.get("previous-cues");
    private static final Set<String> SPEECH = WordClasses.get("speech");
    private static final Set<String> PROJECTION_AFTER = WordClasses.get("projection-after");
    private static final Set<String> EARLIER_STATEMENT_NOUNS = WordClasses.get("statement-nouns");
    private static final Set<String> LONG_PERIODS = WordClasses.get("long-periods");
    private static final Set<String> WEEKDAYS = WordClasses.get("weekdays");
    private static final Set<String> LAST_PERIODS = WordClasses.get("last-periods");
    private static final Set<String> COORDINATORS = WordClasses.get("coordinators");
    private static final Set<String> AUXILIARIES = WordClasses.get("auxiliaries");
    private static final Set<String> DEMONSTRATIVES = WordClasses.get("demonstratives");
    private static final Set<String> PRONOUNS = WordClasses.get("pronouns");
    private static final Set<String> PEAK_NOUNS = WordClasses.get("peak-nouns");
    private static final Set<String> LATER_PREPOSITIONS = WordClasses.get("later-prepositions");
    private static final Set<String> DETERMINERS = WordClasses.get("reference-determiners");
    private static final Set<String> SUBORDINATORS = WordClasses.get("subordinators");
    private static final Set<String> FIGURE_NOUNS = WordClasses.get("figure-nouns");
    private static final Set<String> ADDING_VERBS = WordClasses.get("adding-verbs");
    private static final Set<String> UPDATE_VERBS = WordClasses.get("update-verbs");
    private static final Set<String> EARLIER_ADVERBS = WordClasses.get("earlier-adverbs");
    private static final Set<String> HEDGES = WordClasses.get("hedge-adverbs");
    private static final Set<String> REVISION_VERBS = WordClasses.get("revision-verbs");
    private static final Set<String> REVISION_LEADS = WordClasses.get("revision-leads");
    /** How far after a figure a revision of it is looked for (", which was later revised"). */
    private static final int REVISION_REACH = 10;
    /** How far an opening "By <time>," may reach for its comma ("By late Sunday night,"). */
    private static final int BY_TIME_REACH = 6;
    /** Words read past between an added batch's figure and the "to" of the count it joins: "added six new deaths to". */
    private static final int BATCH_REACH = 3;

    private final SentenceView view;
    private final List<Lexeme> lx;
    private final int[] clause;
    private final CountTypeLexicon lexicon;

    RoleCues(SentenceView view, CountTypeLexicon lexicon) {
        this.view = view;
        this.lx = view.lx;
        this.clause = view.clause;
        this.lexicon = lexicon;
    }

    /** Whether a verb of change or a tally ("the death toll ... from") leads, in its clause, to the "from" at {@code from}. */
    boolean changeBefore(int from) {
        for (int k = from - 1; k >= Math.max(0, from - 12) && clause[k] == clause[from]; k--) {
            if (CHANGE_VERBS.contains(lx.get(k).lower()) || lexicon.headAt(lx, k) != null) return true;
        }
        return false;
    }

    /**
     * The "from" of a change the figure at {@code qStart} starts, or -1: "rose from 23 to 148", "rose to 91
     * from a figure of 64", and the start after the change's target, also set off by a comma or dash ("has
     * risen to 1,530, from 912"), where the comma ends the clause {@link #changeBefore} looks in.
     */
    int changeStart(int qStart) {
        int from = qStart - 1;
        if (qStart >= 4 && lx.get(qStart - 1).is("of") && FIGURE_NOUNS.contains(lx.get(qStart - 2).lower())
                && DETERMINERS.contains(lx.get(qStart - 3).lower())) from = qStart - 4;
        if (from < 1 || !lx.get(from).is("from")) return -1;
        if (CHANGE_VERBS.contains(lx.get(from - 1).lower())) return from;
        Lexeme sep = lx.get(from - 1);
        NumberMention target = view.mentionEnding(sep.isPunct(',') || sep.isDash() ? from - 1 : from);
        int to = target == null ? -1 : target.firstLexeme() - 1;
        return to >= 1 && lx.get(to).is("to") && changeBefore(to) ? from : -1;
    }

    /** "the death toll rose by 40": the figure is what a tally changed by. */
    boolean changedBy(int qStart) {
        return qStart > 1 && lx.get(qStart - 1).is("by") && CHANGE_VERBS.contains(lx.get(qStart - 2).lower());
    }

    /**
     * Why the figure is superseded (previous), or null: "up from 77", "rose from 23 to 148", "previous
     * estimates had put the toll at over 100", "compared with 250", "down from a high of 45,000", "after
     * the announcement of 104 deaths". A change a modal governs ("may rise from 31") starts from the
     * standing figure, which is not superseded.
     */
    String superseded(int first, int qStart, int end) {
        if (reportedEarlier(qStart) || saidEarlierAfter(end) || opensEarlier()) return "an earlier statement";
        if (opensLastDayPluperfect(qStart)) return "an earlier day's figure in the pluperfect ('Last Friday the toll had reached')";
        if (revisedAfter(end)) return "a revision after it ('which was revised', 'but later said')";
        if (beforeAnUpdate(qStart)) return "the state before an update ('Before the agency updated the toll, it stood at 86')";
        if (fromPeak(qStart)) return "the peak a count came down from ('down from a high of')";
        if (addedTo(qStart)) return "the count a batch was added to ('added six deaths to the 73')";
        if (afterStatement(qStart)) return "the figure of an earlier statement a later one followed ('after the announcement of')";
        int from = changeStart(qStart);
        if (from >= 0 && !forecastChange(from)) return "the start of a change ('up from', 'from N to')";
        int n = lx.size();
        int c = clause[Math.min(first, n - 1)];
        for (int k = qStart - 1; k >= Math.max(0, qStart - 6); k--) {
            if (clause[k] != c && k < qStart - 1) break;
            Lexeme l = lx.get(k);
            if (l.is("from") && k == qStart - 1 && changeBefore(k) && !forecastChange(k)) return "the start of a change ('up from', 'from N to')";
            if ((PREVIOUS_CUES.contains(l.lower()) && !trailsOtherFigure(k)) || ((l.is("put") || pluperfectLink(k, qStart)) && k > 0 && lx.get(k - 1).is("had"))
                    || (l.is("compared") && k + 1 < qStart && (lx.get(k + 1).is("with") || lx.get(k + 1).is("to")))) {
                if (!(l.is("earlier") && k + 1 < n && (lx.get(k + 1).is("this") || lx.get(k + 1).is("today")))) {
                    return "a cue of a superseded figure ('" + l.lower() + "')";
                }
            }
            if (view.mentionEnding(k + 1) != null) break;
        }
        return null;
    }

    /** "the 31 reported earlier and confirmed that 35 have died": a cue after another figure's verb of report marks that figure only. */
    private boolean trailsOtherFigure(int k) {
        return k >= 2 && SPEECH.contains(lx.get(k - 1).lower()) && view.mentionEnding(k - 1) != null;
    }

    /** "added six deaths to the 73 reported earlier": the figure a batch, named after an adding verb, joined. */
    private boolean addedTo(int qStart) {
        int k = qStart - 1;
        if (k >= 0 && DETERMINERS.contains(lx.get(k).lower())) k--;
        if (k < 2 || !lx.get(k).is("to")) return false;
        for (int j = k - 1; j >= Math.max(0, k - BATCH_REACH - 1); j--) {
            NumberMention m = view.mentionEnding(j + 1);
            if (m != null) return m.firstLexeme() >= 1 && ADDING_VERBS.contains(lx.get(m.firstLexeme() - 1).lower());
        }
        return false;
    }

    /** "added six deaths to the 73 reported earlier": the batch an adding verb joins to a standing count is an increment. */
    boolean addedBatch(int qStart, int end) {
        if (qStart < 1 || !ADDING_VERBS.contains(lx.get(qStart - 1).lower())) return false;
        for (int k = end; k < Math.min(lx.size() - 2, end + BATCH_REACH); k++) {
            if (!lx.get(k).is("to")) continue;
            int at = DETERMINERS.contains(lx.get(k + 1).lower()) ? k + 2 : k + 1;
            return view.mentionStarting(at) != null;
        }
        return false;
    }

    /** "Before the fire service updated the number of fatalities, it stood at 86": a figure after an opening clause of update. */
    private boolean beforeAnUpdate(int qStart) {
        if (lx.isEmpty() || !lx.get(0).is("before")) return false;
        boolean update = false;
        for (int k = 1; k < qStart; k++) {
            if (UPDATE_VERBS.contains(lx.get(k).lower())) update = true;
            if (lx.get(k).isPunct(',')) return update;
        }
        return false;
    }

    /** "the official death toll had been 255": a tally's pluperfect link right before the figure is a state since superseded. */
    private boolean pluperfectLink(int k, int qStart) {
        return k == qStart - 1 && lx.get(k).is("been");
    }

    /** "may rise from 31", "is likely to climb from 112": a modal before the verb of change leading to the "from" at {@code from}. */
    private boolean forecastChange(int from) {
        for (int k = from - 1; k >= Math.max(0, from - 8) && clause[k] == clause[from]; k--) {
            if (MODALS.contains(lx.get(k).lower())) return true;
        }
        return false;
    }

    /** "down from a high of 45,000", "from a peak of 20,000": the figure a count has come down from. */
    private boolean fromPeak(int qStart) {
        return qStart >= 4 && lx.get(qStart - 1).is("of") && PEAK_NOUNS.contains(lx.get(qStart - 2).lower())
                && DETERMINERS.contains(lx.get(qStart - 3).lower()) && lx.get(qStart - 4).is("from");
    }

    /** "after the announcement of 104 deaths", "since the last update of 230 dead": a figure a later count followed. */
    private boolean afterStatement(int qStart) {
        if (qStart < 3 || !lx.get(qStart - 1).is("of") || !EARLIER_STATEMENT_NOUNS.contains(lx.get(qStart - 2).lower())) return false;
        for (int k = qStart - 3; k >= Math.max(0, qStart - 5); k--) {
            String w = lx.get(k).lower();
            if (LATER_PREPOSITIONS.contains(w)) return true;
            if (!DETERMINERS.contains(w) && !PREVIOUS_CUES.contains(w) && !w.equals("last") && !w.equals("latest")) return false;
        }
        return false;
    }

    /**
     * "The governor initially said ...", "The ministry had said in an earlier statement that ...":
     * every figure the report of an earlier statement gives is superseded.
     */
    private boolean reportedEarlier(int qStart) {
        // the nearest verb of saying before the figure decides: "... had put the toll at 40, but officials now say 52"
        for (int k = qStart - 1; k >= 1; k--) {
            // "The death toll, initially put at 25, has risen to 31": an aside's verb tells of the aside's own figure
            int aside = RelativeAsides.openingBefore(view, k);
            if (aside > 0) {
                k = aside;
                continue;
            }
            if (!SPEECH.contains(lx.get(k).lower())) continue;
            Lexeme b = lx.get(k - 1);
            if ((b.is("had") && !opensByTime()) || EARLIER_ADVERBS.contains(b.lower())) return true;
            for (int j = k + 1; j + 1 < Math.min(qStart, k + 5); j++) {
                if ((lx.get(j).is("earlier") || lx.get(j).is("previous") || lx.get(j).is("initial"))
                        && EARLIER_STATEMENT_NOUNS.contains(lx.get(j + 1).lower())) return true;
            }
            return false;
        }
        return false;
    }

    /**
     * "The overnight toll was 207, which was revised as more bodies were recovered", "gave a preliminary
     * figure of 320 dead but later said ...", "61 deaths, a figure later corrected": a revision after the
     * figure, before any other figure, supersedes it; "but later receded" and "will be updated" do not.
     */
    private boolean revisedAfter(int end) {
        int stop = Math.min(view.nextMentionStart(end), Math.min(lx.size(), end + REVISION_REACH));
        for (int k = end; k + 1 < stop; k++) {
            String a = lx.get(k).lower();
            String b = lx.get(k + 1).lower();
            if (REVISION_LEADS.contains(a) && REVISION_VERBS.contains(b)) return true;
            boolean butLater = a.equals("but") && b.equals("later") && k + 2 < stop;
            if (butLater && (SPEECH.contains(lx.get(k + 2).lower()) || REVISION_VERBS.contains(lx.get(k + 2).lower()))) return true;
        }
        return false;
    }

    /**
     * "By Friday night, officials had confirmed 357 deaths": a pluperfect report dated by an opening
     * "By <time>," is the state at that time, the latest the article has, not an earlier statement.
     * "By then" and "By that time" point back at an earlier moment and are left out.
     */
    private boolean opensByTime() {
        if (lx.size() < 3 || !lx.get(0).is("by") || lx.get(1).is("then") || lx.get(1).is("that")) return false;
        for (int k = 2; k < Math.min(lx.size(), BY_TIME_REACH); k++) {
            if (lx.get(k).isPunct(',')) return true;
        }
        return false;
    }

    /**
     * "... put the number of wounded at over 2,200, local broadcasters earlier said": a trailing
     * source that said it earlier gives a figure since superseded. The first verb of saying after
     * the figure decides; "said earlier on Monday" only dates the statement.
     */
    private boolean saidEarlierAfter(int end) {
        for (int k = end; k < lx.size(); k++) {
            if (SPEECH.contains(lx.get(k).lower())) return lx.get(k - 1).is("earlier") && clause[k] != clause[end - 1];
        }
        return false;
    }

    /**
     * "Earlier today, the minister announced that 113 people were killed", "Earlier, officials put the
     * toll at 31": a sentence opening on "Earlier" reports a statement since updated; "Earlier this
     * year, floods killed 200" is another event.
     */
    private boolean opensEarlier() {
        if (lx.isEmpty() || !lx.get(0).is("earlier")) return false;
        for (int k = 1; k < Math.min(lx.size(), 6); k++) {
            if (lx.get(k).isPunct(',')) return true;
            if (LONG_PERIODS.contains(lx.get(k).lower()) || view.mentionStarting(k) != null) return false;
        }
        return false;
    }

    /**
     * "Last Friday the toll had reached 2,193", "By last Sunday the number of displaced had climbed to
     * 9,400": a sentence opening on an earlier day or week that tells its figure in the pluperfect gives
     * a figure since updated; "Last Friday's quake killed 300" tells of the event itself.
     */
    private boolean opensLastDayPluperfect(int qStart) {
        int k = !lx.isEmpty() && lx.get(0).is("by") ? 1 : 0;
        if (k + 1 >= lx.size() || !lx.get(k).is("last")) return false;
        String day = lx.get(k + 1).lower();
        if (!WEEKDAYS.contains(day) && !LAST_PERIODS.contains(day)) return false;
        for (int j = k + 2; j < qStart; j++) {
            if (lx.get(j).is("had")) return true;
        }
        return false;
    }

    /** Where a figure's words start past a superseded figure's "the earlier" / "a previous" right before {@code at}. */
    static int pastSupersededCue(List<Lexeme> lx, int at) {
        int k = at > 0 && PREVIOUS_CUES.contains(lx.get(at - 1).lower()) ? at - 1 : at;
        return k < at && k > 0 && DETERMINERS.contains(lx.get(k - 1).lower()) ? k - 1 : k;
    }

    /**
     * Why the figure is a projection, or null: "could rise to 302", "300 people could be displaced".
     * A forecast about the tally in a clause of its own ("reached 54 and was expected to climb") or
     * before a "with" phrase ("could climb, with 120 still missing") leaves the figure reported now
     * current, as does the start of a forecast change ("may rise from 31").
     */
    String projected(int first, int qStart, int end) {
        int n = lx.size();
        int c = clause[Math.min(first, n - 1)];
        for (int k = qStart - 1; k >= Math.max(0, qStart - 5); k--) {
            // "Hundreds feared missing after 78 die": a fear before a subordinate clause is not about the figure inside it
            if (clause[k] != c || view.mentionEnding(k + 1) != null || lx.get(k).is("with")
                    || SUBORDINATORS.contains(lx.get(k).lower())) break;
            if (lx.get(k).is("from") && k == qStart - 1 && changeBefore(k)) return null;
            if (MODALS.contains(lx.get(k).lower()) && !hedgesMissing(k)) return "a modal or forecast before it ('" + lx.get(k).lower() + "')";
        }
        int stop = view.nextMentionStart(end);
        for (int k = end; k < Math.min(stop, Math.min(n, end + 5)); k++) {
            if (clause[k] != c || opensClause(k)) break;
            Lexeme l = lx.get(k);
            if ((PROJECTION_AFTER.contains(l.lower()) || (l.is("will") && !(k + 1 < n && lx.get(k + 1).is("have")))) && !bareBe(k + 1) && !nameLike(k)) {
                return "a modal or forecast after it ('" + l.lower() + "')";
            }
            // "5,000 are feared dead" is a fear, "200 feared trapped" a count of the missing, as is "55 missing and feared dead"
            CountTypeLexicon.Cue after = lexicon.afterAt(lx, k);
            if (after != null && "missing".equals(after.countType())) break;
            CountTypeLexicon.Cue feared = l.is("feared") ? lexicon.afterAt(lx, k + 1) : null;
            if (feared != null && "killed".equals(feared.countType())) return "feared dead";
        }
        return null;
    }

    /** "the list of potentially missing": a hedge right before a word of the missing qualifies the fate, not the figure. */
    private boolean hedgesMissing(int k) {
        if (!HEDGES.contains(lx.get(k).lower())) return false;
        CountTypeLexicon.Cue fate = lexicon.afterAt(lx, k + 1);
        return fate != null && "missing".equals(fate.countType());
    }

    /**
     * "when the May 3 cyclone struck", "hurt in May,": a capitalised modal inside the sentence before a
     * figure or a mark is the month; a title-case headline's "May Rise" stays a modal.
     */
    private boolean nameLike(int k) {
        if (k == 0 || !lx.get(k).isCapitalized() || lx.get(k - 1).isPunct('"')) return false;
        return k + 1 >= lx.size() || !lx.get(k + 1).isWord() || view.mentionStarting(k + 1) != null;
    }

    /**
     * "the tunnel where four missing miners may be after the blast": a modal with a bare "be" (at the end,
     * before a comma or a subordinate clause) hedges where the people are, not how many they are.
     */
    private boolean bareBe(int k) {
        if (k >= lx.size() || !lx.get(k).is("be")) return false;
        return k + 1 >= lx.size() || !lx.get(k + 1).isWord() || SUBORDINATORS.contains(lx.get(k + 1).lower());
    }

    /** "... and was expected to", "... and that number will": a coordinator opening a clause with a predicate of its own. */
    private boolean opensClause(int k) {
        if (!COORDINATORS.contains(lx.get(k).lower()) || k + 1 >= lx.size()) return false;
        String w = lx.get(k + 1).lower();
        return AUXILIARIES.contains(w) || DEMONSTRATIVES.contains(w) || PRONOUNS.contains(w);
    }

    boolean negated(int qStart) {
        int k = qStart - 1;
        // "did not kill 50"
        if (k >= 1 && lx.get(k).isWord() && (lx.get(k - 1).is("not") || lx.get(k - 1).is("never"))) return true;
        if (k >= 0 && (lx.get(k).is("not") || lx.get(k).is("never") || lx.get(k).is("nor") || lx.get(k).is("no")
                || lx.get(k).is("without"))) return true;
        return k >= 1 && lx.get(k).is("than") && lx.get(k - 1).is("rather");
    }
}
