package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Inserts between a counted phrase and its verb: "Nine people, including a child, died", "45 people
 * (12 of them foreigners) had been detained", "The 38 passengers, who had boarded at the port,
 * drowned", "40 people, so far, have died", "40 people [in all] were missing". Wires put such asides
 * between subject and verb; reading past them finds the verb that says what the figure counts.
 * Bounded: an insert that does not close within a few words is none.
 */
final class Inserts {

    /** The longest insert read past, in lexemes: a longer aside is a clause of its own. */
    private static final int MAX_LENGTH = 14;
    /** A pair of dashes brackets its aside unambiguously, so a longer list ("-- journalists, students, ... --") is read past. */
    private static final int MAX_DASH_LENGTH = 24;
    private static final List<String[]> OPENERS = phrases("insert-openers");
    private static final List<String[]> BARE_OPENERS = phrases("bare-insert-openers");
    /** "40 people, so far, have died": a time or tally aside dates or bounds the figure, the verb still types it. */
    private static final List<String[]> TALLY_ASIDES = phrases("tally-aside-openers");
    private static final Set<String> PARTITIVE_PRONOUNS = WordClasses.get("partitive-pronouns");
    private static final Set<String> SINGULAR_PEOPLE = WordClasses.get("singular-people-nouns");
    private static final Set<String> PEOPLE_RELATIVES = WordClasses.get("people-relatives");
    private static final Set<String> AUXILIARIES = WordClasses.get("auxiliaries");
    /** Modifiers read past between a second subject's figure and its people noun: "and two crew members". */
    private static final int SUBJECT_REACH = 3;

    private final SentenceView view;
    private final CountTypeLexicon lexicon;

    Inserts(SentenceView view, CountTypeLexicon lexicon) {
        this.view = view;
        this.lexicon = lexicon;
    }

    private static List<String[]> phrases(String wordClass) {
        List<String[]> out = new ArrayList<>();
        for (String w : WordClasses.get(wordClass)) out.add(Phrases.words(w));
        out.sort((a, b) -> b.length - a.length);
        return out;
    }

    /**
     * Where reading resumes past an insert opening at lexeme {@code k}, or -1 when none opens there.
     * A comma or bracket insert resumes after its closing mark; a bare one ("people including
     * 20,000 children, ...") resumes at its closing comma, which may open the next insert.
     */
    int resumeAfter(int k) {
        Lexeme l = view.at(k);
        if (l == null) return -1;
        boolean bracket = l.isPunct('(');
        if (!bracket && l.isPunct(',') && listedSubject(k) > 0) return listedSubject(k);
        if (l.isPunct('[')) return resumePast(close(k + 1, ']')); // an editor's insert in a quote: "40 people [in all] were missing"
        if (!bracket && l.isPunct(',') && appositive(k) > 0) return appositive(k);
        if (bracket || l.isPunct(',')) {
            if (!opens(k + 1, OPENERS) && !opens(k + 1, TALLY_ASIDES) && !partitive(k + 1)) return -1;
            return resumePast(close(k + 1, bracket ? ')' : ','));
        }
        if (bracketDash(k)) return dashClose(k);
        if (l.is("and")) return secondSubject(k);
        if (!opens(k, BARE_OPENERS)) return -1;
        int close = close(k + 1, ',');
        return close < 0 ? -1 : close;
    }

    private boolean opens(int k, List<String[]> openers) {
        return opensAt(view.lx, k, openers);
    }

    /**
     * Whether an insert opener ("including", "among them", "most of whom") starts at lexeme {@code k}:
     * ", including women and children," is an aside about the counted people, not more of their list.
     */
    static boolean opensInsert(List<Lexeme> lx, int k) {
        return opensAt(lx, k, OPENERS);
    }

    private static boolean opensAt(List<Lexeme> lx, int k, List<String[]> openers) {
        for (String[] o : openers) {
            if (Phrases.matchLength(lx, k, o) > 0) return true;
        }
        return false;
    }

    /**
     * "Three engineers and 12 labourers were arrested", "Four children and a teacher were killed": a second counted subject
     * after "and" shares the verb after it, so reading resumes past its people noun; -1 when no such subject follows.
     */
    private int secondSubject(int k) {
        // only after a first subject's own people noun: "rose to 211 and 419 others injured" is a toll and a second figure
        int from = subjectWordsFrom(k);
        if (from < 0) return -1;
        boolean counted = view.mentionStarting(k + 1) != null;
        for (int j = from; j < Math.min(view.size() - 1, from + SUBJECT_REACH); j++) {
            Lexeme w = view.at(j);
            if (!w.isWord()) return -1;
            // "and one teacher": a counted second subject may be one person
            boolean people = SINGULAR_PEOPLE.contains(w.lower()) || counted && (lexicon.isPeopleNoun(w.lower()) || CountCues.agentNoun(w));
            if (people && view.at(j + 1).isWord() && !view.is(j + 1, "of")) return j + 1;
        }
        return -1;
    }

    /**
     * "At least 23 students, a teacher, a guard and a security official died": a comma after a people noun
     * that opens another people subject of the same verb (a figure or an article, a few modifiers, a
     * people noun); reading resumes at the item's closing comma or "and", which may open the next item.
     */
    private int listedSubject(int k) {
        int from = subjectWordsFrom(k);
        if (from < 0) return -1;
        for (int j = from; j < Math.min(view.size() - 1, from + SUBJECT_REACH); j++) {
            Lexeme w = view.at(j);
            if (!w.isWord()) return -1;
            if (peopleWord(w)) return view.at(j + 1).isPunct(',') || view.is(j + 1, "and") ? j + 1 : -1;
        }
        return -1;
    }

    /**
     * Where the words of a subject that opens right after {@code k} begin (past its figure or its
     * "a"/"an"), when a people noun ends the subject before {@code k}; else -1.
     */
    private int subjectWordsFrom(int k) {
        if (k < 1 || !peopleWord(view.at(k - 1))) return -1;
        NumberMention m = view.mentionStarting(k + 1);
        if (m != null) return m.endLexeme();
        return view.is(k + 1, "a") || view.is(k + 1, "an") ? k + 2 : -1;
    }

    private boolean peopleWord(Lexeme l) {
        // "Nine welders and two fitters were killed": a noun with the ending of people by what they do is people here too
        return l.isWord() && (lexicon.isPeopleNoun(l.lower()) || SINGULAR_PEOPLE.contains(l.lower()) || CountCues.agentNoun(l));
    }

    /**
     * "The 40 passengers, a school group, were rescued", "23 children who were staying at the lodge, a church retreat, are
     * still missing": an appositive ", a/an ... ," right after the counted people or inside a relative clause about them;
     * reading resumes past it only when an auxiliary or a verb of a fate follows, so a list ("40 passengers, a driver and
     * ...") or a clause of its own is no appositive. -1 when none.
     */
    private int appositive(int k) {
        if (k < 1 || !view.is(k + 1, "a") && !view.is(k + 1, "an")) return -1;
        if (!peopleWord(view.at(k - 1)) && !inPeopleRelative(k)) return -1;
        int close = close(k + 1, ',');
        if (close < 0 || close + 1 >= view.size()) return -1;
        boolean verb = AUXILIARIES.contains(view.at(close + 1).lower()) || lexicon.afterAt(view.lx, close + 1) != null;
        return verb ? close + 1 : -1;
    }

    /** Whether the comma at {@code k} ends words of a relative clause ("who ...") that a people noun opens. */
    private boolean inPeopleRelative(int k) {
        for (int j = k - 1; j > 0 && j >= k - MAX_LENGTH; j--) {
            Lexeme l = view.at(j);
            if (!l.isWord()) return false;
            if (PEOPLE_RELATIVES.contains(l.lower())) return peopleWord(view.at(j - 1));
        }
        return false;
    }

    /** "(12 of them foreigners)": a figure and "of them" open a part of the counted phrase. */
    private boolean partitive(int k) {
        NumberMention m = view.mentionStarting(k);
        if (m == null) return false;
        int e = m.endLexeme();
        return view.is(e, "of") && view.at(e + 1) != null && PARTITIVE_PRONOUNS.contains(view.at(e + 1).lower());
    }

    /** A dash that can open an aside (see {@link Lexeme#isAsideDash}). */
    private boolean bracketDash(int k) {
        Lexeme l = view.at(k);
        return l != null && l.isAsideDash();
    }

    /** Where reading resumes past the closing dash (or dash pair) of an aside opened at {@code k}, or -1. */
    private int dashClose(int k) {
        int from = k + 1;
        while (from < view.size() && view.at(from).isDash() && !view.at(from).spaceBefore()) from++;
        for (int j = from; j < Math.min(view.size(), from + MAX_DASH_LENGTH); j++) {
            Lexeme l = view.at(j);
            if (l.isPunct(';') || l.isPunct(':') || l.isPunct('(') || l.isPunct(')')) return -1;
            if (!bracketDash(j)) continue;
            int resume = j + 1;
            while (resume < view.size() && view.at(resume).isDash() && !view.at(resume).spaceBefore()) resume++;
            return resume < view.size() ? resume : -1;
        }
        return -1;
    }

    /** Where reading resumes after an insert's closing mark at {@code close}: -1 when it did not close or ends the sentence. */
    private int resumePast(int close) {
        return close < 0 || close + 1 >= view.size() ? -1 : close + 1;
    }

    /** The closing mark of an insert from {@code from}, or -1 when the sentence or the bound ends first. */
    private int close(int from, char mark) {
        for (int j = from; j < Math.min(view.size(), from + MAX_LENGTH); j++) {
            Lexeme l = view.at(j);
            if (l.isPunct(mark)) return j;
            if (l.isPunct(';') || l.isPunct(':') || (mark == ',' && (l.isPunct('(') || l.isPunct(')')))) return -1;
        }
        return -1;
    }
}
