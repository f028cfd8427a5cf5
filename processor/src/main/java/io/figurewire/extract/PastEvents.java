package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * Tells a figure about another or an earlier event from one about the event reported: "the worst
 * flood since a 1974 deluge that killed 2,000", "In 2004, a similar storm killed 1,200", "Forty
 * people died in that blaze". Such figures get the role {@code historical}, so they never move the
 * event's total. Each test returns the reason it fired, or null.
 */
final class PastEvents {

    private static final Set<String> EVENT_NOUNS = WordClasses.get("event-nouns");
    private static final Set<String> SUPERLATIVES = WordClasses.get("superlatives");
    private static final Set<String> PAST_EVENT_CUES = WordClasses.get("past-event-cues");
    private static final Set<String> DEMONSTRATIVES = WordClasses.get("demonstratives");
    private static final Set<String> RELATIVES = WordClasses.get("relatives");
    private static final Set<String> MONTHS = WordClasses.get("months");
    private static final Set<String> TOLL_PARTICIPLES = WordClasses.get("toll-participles");
    private static final Set<String> INDEFINITES = WordClasses.get("indefinite-articles");
    private static final Set<String> CLAUSE_JOINERS = WordClasses.get("clause-joiners");
    /** How far back from a figure the comparison or the event phrase may start. */
    private static final int REACH = 14;
    /** How far past a figure its fate's year may stand: "300 miners were killed in March 2010". */
    private static final int AFTER_REACH = 6;
    /** Words that open the clause naming what happened in that year: "died in 1996 when ...". */
    private static final Set<String> SUBORDINATE_OPENERS = WordClasses.get("subordinators");

    private final List<Lexeme> lx;
    private final int[] clause;
    /** The year the article was published, or 0 when unknown. */
    private final int articleYear;

    PastEvents(List<Lexeme> lx, int[] clause, int articleYear) {
        this.lx = lx;
        this.clause = clause;
        this.articleYear = articleYear;
    }

    /** Why the figure starting at {@code qStart} (its qualifier included) is about another event, or null. */
    String why(int qStart, int end) {
        String r = comparedSince(qStart);
        if (r == null) r = earlierEventPhrase(qStart);
        if (r == null) r = pointedBack(qStart, end);
        if (r == null) r = pastYearInClause(qStart);
        if (r == null) r = pastYearAfterFate(qStart, end);
        if (r == null) r = participleAfterPastEvent(qStart);
        return r;
    }

    /**
     * "the deadliest quake since one in Chile in 1960 killed ...", "the worst since 2011, when ...",
     * "the worst flood since a 1974 deluge that killed ...": the figure belongs to the event the
     * comparison names, not to "The deadliest quake since 1976 has killed 2,100", whose figure is the
     * reported event's own.
     */
    private String comparedSince(int qStart) {
        for (int k = qStart - 1; k >= Math.max(1, qStart - REACH); k--) {
            if (!lx.get(k).is("since") || !afterSuperlative(k) || !namesAnEvent(k + 1, qStart)) continue;
            return "compared with an earlier event ('... since " + lx.get(k + 1).text() + " ...')";
        }
        return null;
    }

    private boolean afterSuperlative(int since) {
        // "the deadliest mine disaster in the United States since 1984, when ...": the place may stand between
        for (int j = since - 1; j >= Math.max(0, since - 9); j--) {
            if (SUPERLATIVES.contains(lx.get(j).lower())) return true;
        }
        return false;
    }

    /** Between "since" and the figure: "one ...", "a/the ... deluge", or a clause of its own ("2011, when ..."). */
    private boolean namesAnEvent(int from, int qStart) {
        if (from >= qStart) return false;
        if (lx.get(from).is("one")) return true;
        for (int k = from; k < qStart; k++) {
            Lexeme l = lx.get(k);
            if (RELATIVES.contains(l.lower())) return true;
            if ((l.is("a") || l.is("an") || l.is("the")) && k + 1 < qStart) {
                for (int j = k + 1; j < Math.min(qStart, k + 4); j++) {
                    if (EVENT_NOUNS.contains(lx.get(j).lower())) return true;
                }
            }
        }
        return false;
    }

    /** "a similar storm killed 1,200", "A previous collapse ... killed 33", "a 1974 deluge that killed". */
    private String earlierEventPhrase(int qStart) {
        int c = clause[qStart];
        for (int k = qStart - 1; k >= Math.max(0, qStart - REACH) && clause[k] == c; k--) {
            if (!EVENT_NOUNS.contains(lx.get(k).lower()) || k == 0) continue;
            for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
                Lexeme w = lx.get(j);
                if (PAST_EVENT_CUES.contains(w.lower())) return "an earlier event ('" + w.text() + " " + lx.get(k).text() + "')";
                if (isPastYear(j)) return "an event of " + w.text();
            }
        }
        return null;
    }

    /** "Forty people died in that blaze": a demonstrative points back to an event named before. */
    private String pointedBack(int qStart, int end) {
        int c = clause[qStart];
        for (int k = end; k + 1 < lx.size() && k < end + 8 && clause[k] == c; k++) {
            if (DEMONSTRATIVES.contains(lx.get(k).lower()) && EVENT_NOUNS.contains(lx.get(k + 1).lower())
                    && !lx.get(k + 1).is("one")) {
                return "an event named before ('" + lx.get(k).text() + " " + lx.get(k + 1).text() + "')";
            }
        }
        return null;
    }

    /** "In 2004, a storm killed 1,200", "in 2009 a fire killed 33", "In August 1995, ...": a year before the article's own. */
    private String pastYearInClause(int qStart) {
        if (articleYear == 0) return null;
        int c = clause[qStart];
        for (int k = qStart - 1; k >= 1 && k >= qStart - REACH; k--) {
            // the sentence's opening phrase ("In 2004,", "In August 1995,") stands in a clause before the figure's
            if (clause[k] != c && !(clause[k] == c - 1 && k <= 3)) break;
            if (isPastYear(k) && (lx.get(k - 1).is("in") || inMonth(k - 1))) return "an event of " + lx.get(k).text();
        }
        return null;
    }

    /**
     * "More than 800 people died in 1996 when the MV Bukoba capsized", "300 miners were killed in March 2010": a year
     * before the article's own, after "in" a few words past the figure, dates its fate. "617 died in 2014 when the
     * quake struck" names the reported event with "the" (an anniversary piece, as in participleAfterPastEvent): current.
     */
    private String pastYearAfterFate(int qStart, int end) {
        int c = clause[qStart];
        for (int k = end; k + 1 < lx.size() && k < end + AFTER_REACH && clause[k] == c; k++) {
            Lexeme l = lx.get(k);
            if (isPastYear(k + 1) && (l.is("in") || inMonth(k))) return theReportedEventAfter(k + 2) ? null : "an event of " + lx.get(k + 1).text();
            if (!l.isWord()) return null;
        }
        return null;
    }

    /** "... when the quake struck": a subordinate clause opening with "the" and an event noun right after the year. */
    private boolean theReportedEventAfter(int k) {
        if (k + 2 >= lx.size() || !SUBORDINATE_OPENERS.contains(lx.get(k).lower()) || !lx.get(k + 1).is("the")) return false;
        return EVENT_NOUNS.contains(lx.get(k + 2).lower());
    }

    /**
     * "A magnitude 6.3 quake hit the coast in 2004, killing more than 600": the toll stands in a participle
     * clause after a clause that introduces an event with "a"/"an" and dates it before the article. The
     * reported event is named with "the" ("The quake struck the province in 2014, killing 617" in an
     * anniversary piece stays current), so the indefinite subject is what marks another event.
     */
    private String participleAfterPastEvent(int qStart) {
        if (articleYear == 0) return null;
        int c = clause[qStart];
        int open = clauseStart(qStart);
        int first = open < lx.size() && lx.get(open).isPunct(',') ? open + 1 : open;
        if (first >= qStart || !TOLL_PARTICIPLES.contains(lx.get(first).lower()) || open == 0) return null;
        int prevOpen = clauseStart(open - 1);
        int subject = prevOpen;
        while (subject < open && (lx.get(subject).isPunct(',') || CLAUSE_JOINERS.contains(lx.get(subject).lower()))) subject++;
        if (subject >= open || !INDEFINITES.contains(lx.get(subject).lower())) return null;
        for (int k = open - 1; k > subject; k--) {
            if (isPastYear(k) && lx.get(k - 1).is("in") && clause[k] == c - 1) return "an event of " + lx.get(k).text() + " ('" + lx.get(first).text() + "' after it)";
        }
        return null;
    }

    /** The first lexeme of the clause {@code k} stands in, looked for no further back than the reach of a clause. */
    private int clauseStart(int k) {
        int s = k;
        while (s > 0 && s > k - 3 * REACH && clause[s - 1] == clause[k]) s--;
        return s;
    }

    /** "In August 1995, ...": a month after "in" before the year. */
    private boolean inMonth(int k) {
        return k >= 1 && MONTHS.contains(lx.get(k).lower()) && lx.get(k - 1).is("in");
    }

    private boolean isPastYear(int k) {
        Lexeme l = lx.get(k);
        // without the article's date a year says nothing of which event it dates
        if (articleYear == 0 || !l.isDigits() || l.text().length() != 4) return false;
        int y = Integer.parseInt(l.text());
        return y >= 1800 && y < articleYear;
    }
}
