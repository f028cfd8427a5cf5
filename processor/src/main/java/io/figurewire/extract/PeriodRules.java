package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * Over what period a figure counts: a window ("in the past 24 hours", "over three days"), a named
 * event ("since October 7"), "recent", "cumulative" (a toll, "so far", "in total") or a day. The
 * figure's own clause decides first; an opening adverbial clause ("Since October, ...") frames the
 * whole sentence. A period keeps a window count from overwriting a cumulative one.
 */
final class PeriodRules {

    private static final Set<String> TIME_UNITS = WordClasses.get("time-units");
    private static final Set<String> WEEKDAYS = WordClasses.get("weekdays");
    private static final Set<String> INTRO_PERIOD_WORDS = WordClasses.get("intro-period-words");
    private static final Set<String> DAY_WORDS = WordClasses.get("day-words");
    private static final Set<String> WINDOW_PREPOSITIONS = WordClasses.get("window-prepositions");

    /** A period and, when it is a named event, that event's slug. */
    record Period(String period, String eventSlug) {
    }

    private final SentenceView v;
    private final List<Lexeme> lx;
    private final int[] clause;
    /** The window a clause names ("24 hours"), by clause number. */
    private final String[] windowByClause;

    PeriodRules(SentenceView view) {
        this.v = view;
        this.lx = view.lx;
        this.clause = view.clause;
        int n = lx.size();
        this.windowByClause = new String[n == 0 ? 1 : clause[n - 1] + 1];
        for (NumberMention m : view.mentions) {
            int u = m.endLexeme();
            if (u < n && lx.get(u).isDash()) u++;
            if (u < n && TIME_UNITS.contains(lx.get(u).lower()) && NotACountRules.isWindow(lx, QualifierReader.before(lx, m.firstLexeme()).first())) {
                String unit = lx.get(u).lower();
                if (!unit.endsWith("s") && m.value() != 1) unit = unit + "s";
                int c = clause[m.firstLexeme()];
                if (windowByClause[c] == null) windowByClause[c] = NumberMention.fmt(m.value()) + " " + unit;
            }
        }
    }

    /** The period of the figure at lexemes [first, end), or null. */
    Period of(int first, int end, boolean duration) {
        int n = lx.size();
        int c = clause[Math.min(first, n - 1)];
        Period p = inClause(first, end, duration, c);
        if (p == null && c > 0 && n > 0 && INTRO_PERIOD_WORDS.contains(lx.get(0).lower())) p = inClause(first, end, duration, clause[0]);
        return p;
    }

    private Period inClause(int first, int end, boolean duration, int c) {
        if (windowByClause[c] != null && !duration) return new Period(windowByClause[c], null);
        Period p = pastUnit(first, c);
        if (p == null) p = namedEvent(first, end, c);
        if (p == null) p = recent(c);
        if (p == null) p = cumulativeOrDay(c);
        return p;
    }

    /**
     * "over the past week", "arrests made last week": one unit. "the past/last week" counts after a
     * window preposition; a bare "last week" only after the figure it bounds. Before the figure it
     * dates the event or the report ("last week's quake", "police last week put the toll at").
     */
    private Period pastUnit(int first, int c) {
        for (int k = 0; k + 1 < lx.size(); k++) {
            if (clause[k] != c || !(lx.get(k).is("past") || lx.get(k).is("last")) || !TIME_UNITS.contains(lx.get(k + 1).lower())) continue;
            if (!boundsTheCount(first, k)) continue;
            String unit = lx.get(k + 1).lower();
            return new Period("1 " + (unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit), null);
        }
        return null;
    }

    private boolean boundsTheCount(int first, int k) {
        if (Lexer.possessiveAt(lx, k + 2)) return false;
        if (v.is(k - 1, "the")) return k >= 2 && WINDOW_PREPOSITIONS.contains(lx.get(k - 2).lower());
        return k > first;
    }

    /** A named event before the figure in its clause, or between it and the next figure. */
    private Period namedEvent(int first, int end, int c) {
        int stop = v.nextMentionStart(end);
        for (Gazetteer.Hit h : v.hits) {
            if (h.event() == null || clause[h.first()] != c) continue;
            if (h.first() < first || h.first() < stop) return new Period(h.event().name(), h.event().slug());
        }
        return null;
    }

    private Period recent(int c) {
        for (int k = 0; k < lx.size(); k++) {
            if (clause[k] != c) continue;
            Lexeme l = lx.get(k);
            if (l.is("recently") || (l.is("recent") && v.is(k - 1, "in") && v.at(k + 1) != null && TIME_UNITS.contains(v.at(k + 1).lower()))) {
                return new Period("recent", null);
            }
        }
        return null;
    }

    /** "since", "toll", "so far", "to date", "in total": cumulative; "on Tuesday", "overnight": that day. */
    private Period cumulativeOrDay(int c) {
        for (int k = 0; k < lx.size(); k++) {
            if (clause[k] != c) continue;
            Lexeme l = lx.get(k);
            boolean cumulative = l.is("since") || l.is("toll") || l.is("overall") || l.is("cumulative")
                    || l.is("so") && v.is(k + 1, "far") || l.is("to") && v.is(k + 1, "date") || l.is("in") && v.is(k + 1, "total");
            if (cumulative) return new Period("cumulative", null);
            if (WEEKDAYS.contains(l.lower()) || DAY_WORDS.contains(l.lower())) {
                return new Period(l.isCapitalized() && WEEKDAYS.contains(l.lower()) ? l.text() : l.lower(), null);
            }
        }
        return null;
    }
}
