package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * The verbs around a figure that say what happened to the people or things it counts: the verb
 * it is the object of ("killed 14"), a verb after the counted phrase ("57,000 Palestinians have
 * been killed", "Three die") and a verb shortly before it ("killing at least 12", "the death toll
 * rose to 80"). Apart from the sentence reader because the three readings share their cues and
 * bounds, and nothing of the reader's state but the view, the lexicon and the tallies. Bounded:
 * a fixed number of lexemes on either side of the figure.
 */
final class FateVerbs {

    /** Lexemes before the figure where a cue ending at it may start, and the span of one before-cue. */
    private static final int OBJECT_REACH = 4;
    private static final int BEFORE_REACH = 7;
    private static final int CUE_SPAN = 3;
    /** Lexemes read after the counted phrase for its verb. */
    private static final int AFTER_REACH = 12;
    /** A figure this close after the counted phrase may sit in a place phrase of the subject. */
    private static final int PLACE_PHRASE_GAP = 2;
    private static final Set<String> FUNCTION_AFTER = WordClasses.get("function-after");
    private static final Set<String> CHANGE_VERBS = WordClasses.get("change-verbs");
    private static final Set<String> SUBORDINATORS = WordClasses.get("subordinators");

    private final SentenceView view;
    private final List<Lexeme> lx;
    private final int[] clause;
    private final CountTypeLexicon lex;
    private final CountCues cues;
    private final Inserts inserts;
    private final TallySubjects tallies;

    FateVerbs(SentenceView view, CountTypeLexicon lex, CountCues cues, Inserts inserts, TallySubjects tallies) {
        this.view = view;
        this.lx = view.lx;
        this.clause = view.clause;
        this.lex = lex;
        this.cues = cues;
        this.inserts = inserts;
        this.tallies = tallies;
    }

    /** A verb right before the figure takes it as its object: "killed 14 and injured 60". */
    String objectOf(Finding f, int lead, int c) {
        // earliest start first, so the longest cue ending at the figure wins: "ordered the detention of" over "detention of"
        for (int st = Math.max(0, f.qStart - OBJECT_REACH); st < f.qStart; st++) {
            if (clause[st] != c) continue;
            CountTypeLexicon.Cue b = lex.beforeAt(lx, st);
            if (b != null && st + Phrases.matchLength(lx, st, b.words()) == f.qStart) {
                // "the toll had hit 47": a linking verb after a tally subject joins the tally, it strikes nothing
                String tallied = b.words().length == 1 && lex.isTallyLink(b.words()[0]) ? tallies.subject(f, lead, c) : null;
                if (tallied != null) return tallied;
                f.countType = b.countType();
                return "object of '" + b.phrase() + "'";
            }
        }
        return null;
    }

    /** A verb after the counted phrase: "57,000 Palestinians have been killed", "Three die". */
    String after(Finding f, CountedNouns.Scan noun, int clauseOfFigure, int stop) {
        int n = lx.size();
        boolean open = noun.people() || f.end >= n || !lx.get(f.end).isWord() || FUNCTION_AFTER.contains(lx.get(f.end).lower())
                || lex.afterAt(lx, f.end) != null || cues.degreeAdverb(f.end);
        if (!open) return null;
        int from = noun.nounEnd();
        int reach = pastPlacePhrase(from, stop);
        int c = clauseOfFigure;
        String past = "";
        // "212 workers, drivers and visitors were still missing": the list of people is the subject, its verb comes after it
        int list = noun.people() && from < n && lx.get(from).isPunct(',') ? cues.peopleListEnd(from) : -1;
        if (list > from && list < n) {
            past = " past the list '" + view.text(from + 1, list) + "'";
            c = clause[list - 1];
            if (reach <= list) reach = view.nextMentionStart(list);
        }
        for (int k = list > from ? list : from, read = 0; k < n && read < AFTER_REACH; k++, read++) {
            int resume = inserts.resumeAfter(k);
            if (resume > k) {
                // "Nine people, including a child, died": the verb after the aside says what they count
                past = " past the insert '" + view.text(k, resume) + "'";
                if (resume >= n) return null;
                if (reach <= resume) reach = view.nextMentionStart(resume);
                c = clause[resume];
                k = resume - 1;
                continue;
            }
            if (k >= reach || clause[k] != c || (lx.get(k).is("and") && !cues.coordinatedPredicate(k) && !cues.coordinatedSubject(k)) || lx.get(k).is("but") || cues.subordinateSubject(k)) break;
            CountTypeLexicon.Cue a = LaterFates.resolve(view, lex, lex.afterAt(lx, k), k, from);
            if (a != null && !cues.thingVerbOfPeople(noun.people(), noun.nounEnd(), a, k)) {
                f.countType = cues.fateOfNone(f.qStart, a.countType());
                return a.followedBy() + past;
            }
        }
        return null;
    }

    /** A verb shortly before: "killing at least 12", "the death toll rose to 80". */
    String before(Finding f, int lead, int c) {
        boolean changed = false;
        // "the toll from the quake that hit Dravik has surpassed 1,200": a linking verb parts the figure from a relative clause's verb
        boolean linked = lex.linkVerbIn(lx, f.qStart, f.first);
        for (int k = f.qStart - 1; k >= Math.max(0, f.qStart - BEFORE_REACH); k--) {
            // "Turkey detains contractors as quake deaths pass 33K": a verb beyond a subordinator governs its own clause
            if (clause[k] != c || view.mentionEnding(k + 1) != null || SUBORDINATORS.contains(lx.get(k).lower())) break;
            // earliest start first, so the longest cue wins: "injury toll" over "toll"
            for (int s = Math.max(0, k - CUE_SPAN); s <= k; s++) {
                CountTypeLexicon.Cue b = lex.beforeAt(lx, s);
                // a tally noun ("the death toll") only counts a figure it is linked to: "... rose to 80", not "... announced by 15 officials";
                // "the toll from the fire that gutted the hotel rose to 19": past a verb of change only a tally names the figure
                if (b != null && (lex.headAt(lx, s) != null ? !tallies.linked(f, lead)
                        : changed || linked && RelativeAsides.thingRelativeBefore(lx, s))) continue;
                if (b != null && s + Phrases.matchLength(lx, s, b.words()) == k + 1) {
                    f.countType = b.countType();
                    return "after '" + b.phrase() + "'";
                }
            }
            changed |= CHANGE_VERBS.contains(lx.get(k).lower());
            linked |= lex.isLinkVerb(lx.get(k).lower());
        }
        return null;
    }

    /**
     * Where the search for a counted phrase's verb stops: at the next figure, unless that figure
     * sits in a place phrase of the subject ("2 million people in 14 provinces have been affected").
     */
    private int pastPlacePhrase(int nounEnd, int stop) {
        if (stop >= lx.size() || stop - nounEnd > PLACE_PHRASE_GAP || stop == nounEnd) return stop;
        Lexeme prep = lx.get(stop - 1);
        if (!(prep.is("in") || prep.is("across") || prep.is("from"))) return stop;
        NumberMention m = view.mentionStarting(stop);
        return m == null ? stop : view.nextMentionStart(m.endLexeme());
    }
}
