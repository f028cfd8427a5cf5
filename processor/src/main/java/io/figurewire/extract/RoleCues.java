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

    /** "the death toll rose by 40": the figure is what a tally changed by. */
    boolean changedBy(int qStart) {
        return qStart > 1 && lx.get(qStart - 1).is("by") && CHANGE_VERBS.contains(lx.get(qStart - 2).lower());
    }

    /** "up from 77", "rose from 23 to 148", "previous estimates had put the toll at over 100", "compared with 250". */
    boolean superseded(int first, int qStart, int end) {
        if (reportedEarlier(qStart) || saidEarlierAfter(end) || opensEarlier()) return true;
        int n = lx.size();
        int c = clause[Math.min(first, n - 1)];
        for (int k = qStart - 1; k >= Math.max(0, qStart - 6); k--) {
            if (clause[k] != c && k < qStart - 1) break;
            Lexeme l = lx.get(k);
            if (l.is("from") && k == qStart - 1 && changeBefore(k)) return true;
            if (PREVIOUS_CUES.contains(l.lower()) || (l.is("put") && k > 0 && lx.get(k - 1).is("had"))
                    || (l.is("compared") && k + 1 < qStart && (lx.get(k + 1).is("with") || lx.get(k + 1).is("to")))) {
                if (!(l.is("earlier") && k + 1 < n && (lx.get(k + 1).is("this") || lx.get(k + 1).is("today")))) return true;
            }
            if (view.mentionEnding(k + 1) != null) break;
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
            if (!SPEECH.contains(lx.get(k).lower())) continue;
            Lexeme b = lx.get(k - 1);
            if (b.is("had") || b.is("initially") || b.is("originally")) return true;
            for (int j = k + 1; j + 1 < Math.min(qStart, k + 5); j++) {
                if ((lx.get(j).is("earlier") || lx.get(j).is("previous") || lx.get(j).is("initial"))
                        && EARLIER_STATEMENT_NOUNS.contains(lx.get(j + 1).lower())) return true;
            }
            return false;
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

    /** "could rise to 302", "300 people could be displaced". */
    boolean projected(int first, int qStart, int end) {
        int n = lx.size();
        int c = clause[Math.min(first, n - 1)];
        for (int k = qStart - 1; k >= Math.max(0, qStart - 5); k--) {
            if (clause[k] != c || view.mentionEnding(k + 1) != null) break;
            if (MODALS.contains(lx.get(k).lower())) return true;
        }
        int stop = view.nextMentionStart(end);
        for (int k = end; k < Math.min(stop, Math.min(n, end + 5)); k++) {
            if (clause[k] != c) break;
            Lexeme l = lx.get(k);
            if (PROJECTION_AFTER.contains(l.lower()) || (l.is("will") && !(k + 1 < n && lx.get(k + 1).is("have")))) return true;
            // "5,000 are feared dead" is a fear, "200 feared trapped" a count of the missing
            CountTypeLexicon.Cue feared = l.is("feared") ? lexicon.afterAt(lx, k + 1) : null;
            if (feared != null && "killed".equals(feared.countType())) return true;
        }
        return false;
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
