package io.figurewire.extract;

import java.util.List;

/**
 * The tally a figure is the value of: "the death toll from Monday's quake has risen to 27", "the
 * number of people killed ... has reached 58". A typed head ("death toll") or "the number of" plus
 * a counted phrase, earlier in the figure's clause, joined to the figure by a linking word and with
 * no other count in between. Apart from the sentence reader because the count-type cascade asks it
 * from several steps (the tally step, a linking verb read as an object, a tally noun before a verb).
 * Bounded: a fixed number of lexemes before the figure.
 */
final class TallySubjects {

    /** Lexemes read back from the figure for the tally head, and read on past "the number of" for its counted phrase. */
    private static final int REACH = 30;
    private static final int PHRASE_REACH = 6;
    /** Lexemes read back from a figure to the comma that opens the aside holding it. */
    private static final int ASIDE_REACH = 6;

    private final SentenceView view;
    private final List<Lexeme> lx;
    private final int[] clause;
    private final CountTypeLexicon lex;
    private final CountCues cues;
    private final RoleCues roles;
    /** The sentence's findings so far, shared with the reader: a count already read parts a tally from a later figure. */
    private final List<Finding> findings;

    TallySubjects(SentenceView view, CountTypeLexicon lex, CountCues cues, RoleCues roles, List<Finding> findings) {
        this.view = view;
        this.lx = view.lx;
        this.clause = view.clause;
        this.lex = lex;
        this.cues = cues;
        this.roles = roles;
        this.findings = findings;
    }

    /**
     * "The injured rose to 300", "Missing in floods now 45": a fate word standing for its people, after "the" or
     * opening the sentence, names their tally. Not a noun of things or events, nor an adjective of the people after it
     * ("the injured workers", whose own verb types them).
     */
    private CountTypeLexicon.Cue substantive(int k) {
        if (k > 0 && !lx.get(k - 1).is("the")) return null;
        CountTypeLexicon.Cue noun = lex.nounAt(lx, k);
        if (noun == null || noun.words().length != 1 || lex.countsThings(noun.countType())) return null;
        // a fate word ("injured", "missing", "dead"), which follows counted people elsewhere, not a noun of events ("the raids")
        CountTypeLexicon.Cue fate = lex.afterAt(lx, k);
        if (fate == null || fate.words().length != 1 || !fate.countType().equals(noun.countType())) return null;
        return k + 1 < lx.size() && lex.isPeopleNoun(lx.get(k + 1).lower()) ? null : noun;
    }

    /**
     * The subject of a "tally is/reached N" clause: a typed head ("death toll") or "the number
     * of" + a counted phrase, earlier in the figure's clause, joined to the figure by a linking
     * word ("to", "at", "reached", "exceeds") and with no other figure in between.
     */
    String subject(Finding f, int lead, int c) {
        String dashed = dashedValue(f, lead);
        if (dashed != null) return dashed;
        String earlier = asideValue(f, lead);
        if (earlier != null) return earlier;
        if (!linked(f, lead)) return null;
        for (int k = lead - 1; k >= Math.max(0, lead - REACH); k--) {
            int aside = lx.get(k).isPunct(',') ? RelativeAsides.openingBefore(view, k) : -1;
            if (aside > 0) {
                c = clause[aside - 1];
                k = aside;
                continue;
            }
            if (clause[k] != c || countEndingAt(k + 1)) return null;
            CountTypeLexicon.Cue head = lex.headAt(lx, k);
            if (head == null) head = substantive(k);
            if (head != null && k + head.words().length <= lead) return typedBy(f, head);
            int len = typelessHeadAt(k);
            if (len > 0) return numberOf(f, k, len, lead);
        }
        return null;
    }

    /** Types the figure by a typed tally head before it; the reason explain gives. */
    private static String typedBy(Finding f, CountTypeLexicon.Cue head) {
        f.countType = head.countType();
        return "tally '" + head.phrase() + "' before it";
    }

    /** The length of a typeless tally head ("the number of") at {@code k}, or 0; "a number of people" is vague, not a tally. */
    private int typelessHeadAt(int k) {
        return k > 0 && lx.get(k - 1).is("a") ? 0 : lex.tallyHeadAt(lx, k);
    }

    /** "the number of people killed": the counted phrase after a tally head of {@code len} words at {@code k}. */
    private String numberOf(Finding f, int k, int len, int lead) {
        int end = Math.min(lead, k + len + PHRASE_REACH);
        for (int j = k + len; j < end; j++) {
            Lexeme l = lx.get(j);
            if (!l.isWord()) break;
            CountTypeLexicon.Cue noun = cues.victimCue(j);
            if (noun == null) noun = lex.nounOrFateAt(lx, j, lead);
            if (noun == null) noun = lex.afterAt(lx, j);
            CountTypeLexicon.Cue things = lex.thingsModified(lx, j, noun);
            if (things != null) {
                // "the number of affected villages": the places are counted
                j += Phrases.matchLength(lx, j, noun.words());
                noun = things;
            }
            int later = noun == null ? -1 : RelativeAsides.laterFate(view, lex, j + noun.words().length, lead);
            if (later >= 0) noun = lex.afterAt(lx, j = later);
            if (noun != null) {
                f.countType = noun.countType();
                f.subject = view.text(k + len, j + noun.words().length);
                return "tally '" + view.text(k, j + noun.words().length) + "' before it";
            }
        }
        return null;
    }

    /** Whether a figure read as a count ends at {@code end}: a magnitude, a year or a side count ("in the two districts") does not part a tally and its figure. */
    private boolean countEndingAt(int end) {
        if (view.mentionEnding(end) == null) return false;
        for (Finding g : findings) {
            if (g.end == end) return g.countClaim() && !"other".equals(g.countType) && !g.site;
        }
        return true;
    }

    /**
     * "The official toll - 5,210 at the last count - is expected to rise", "The death toll — 212 by Tuesday
     * night — ...": a figure set off by a bracketing dash right after a typed tally head is its value, as
     * "stands at" would make it; the dash parts the clauses, so the head is looked for right before it.
     */
    private String dashedValue(Finding f, int lead) {
        if (lead < 2 || f.qStart != f.first || !lx.get(lead - 1).isAsideDash()) return null;
        for (int k = Math.max(0, lead - 4); k < lead - 1; k++) {
            CountTypeLexicon.Cue head = lex.headAt(lx, k);
            if (head != null && k + head.words().length == lead - 1) return typedBy(f, head) + ", past a dash";
        }
        return null;
    }

    /**
     * "The death toll, initially put at 25, has risen to 31", "The number of injured, originally given as 40, now
     * stands at 65", "The death toll, which stood at 40 on Monday, rose to 56": a figure in an aside that opens right
     * after a tally head is the tally's value; when the sentence goes on to another figure, its earlier one.
     */
    private String asideValue(Finding f, int lead) {
        for (int k = lead - 1; k >= Math.max(1, lead - ASIDE_REACH); k--) {
            Lexeme l = lx.get(k);
            if (l.isWord()) continue;
            if (!l.isPunct(',') || k + 1 >= lead || !RelativeAsides.opensValueAside(lx.get(k + 1).lower())) return null;
            String why = headEndingAt(f, k);
            if (why != null) f.earlierValue = view.nextMentionStart(f.end) < lx.size();
            return why == null ? null : why + ", in an aside";
        }
        return null;
    }

    /** The reason when a tally head ends right before {@code end} ("the death toll", "the number of injured"), or null. */
    private String headEndingAt(Finding f, int end) {
        for (int j = Math.max(0, end - 4); j < end; j++) {
            CountTypeLexicon.Cue head = lex.headAt(lx, j);
            if (head != null && j + head.words().length == end) return typedBy(f, head);
            int len = typelessHeadAt(j);
            if (len > 0) {
                String why = numberOf(f, j, len, end);
                if (why != null) return why;
            }
        }
        return null;
    }

    /** Whether a linking word joins a preceding tally to this figure: "to", "at", "reached", "exceeds 1,000". */
    boolean linked(Finding f, int lead) {
        // "went down from the earlier 206": a superseded figure's "the earlier" stands between the link and it
        int at = RoleCues.pastSupersededCue(lx, lead);
        return (at > 0 && lex.isTallyLink(lx.get(at - 1).lower()))
                || (f.qStart < f.first && lex.isTallyLink(lx.get(f.qStart).lower())) || roles.changedBy(f.qStart);
    }
}
