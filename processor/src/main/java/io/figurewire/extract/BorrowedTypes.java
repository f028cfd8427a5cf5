package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * The last steps of the count-type cascade: a figure with no cue of its own takes its type from a
 * neighbour, the noun it stands in apposition to ("the remaining captives, around 50 in total"),
 * the figure before it whose verb it is a second object of ("killing 49 civilians and 15
 * soldiers"), or the figure before it whose count it continues ("rose from 23 to 148"). Apart from
 * the sentence reader because the three share one idea, a type borrowed from next door. Bounded:
 * a fixed number of lexemes around the figure.
 */
final class BorrowedTypes {

    /** Words that may stand between an earlier figure and the "and" of its second object. */
    private static final int SECOND_OBJECT_GAP = 3;
    private static final Set<String> FUNCTION_AFTER = WordClasses.get("function-after");
    private static final Set<String> CHANGE_VERBS = WordClasses.get("change-verbs");

    private final SentenceView view;
    private final List<Lexeme> lx;
    private final CountTypeLexicon lex;
    private final RoleCues roles;

    BorrowedTypes(SentenceView view, CountTypeLexicon lex, RoleCues roles) {
        this.view = view;
        this.lx = view.lx;
        this.lex = lex;
        this.roles = roles;
    }

    /** An appositive: "the remaining captives, around 50 in total". */
    String appositive(Finding f) {
        int from = f.qStart;
        if (from < 2 || !lx.get(from - 1).isPunct(',')) return null;
        String t = lex.nounType(lx.get(from - 2).lower());
        if (t == null) return null;
        f.countType = t;
        f.subject = lx.get(from - 2).text();
        return "appositive to '" + lx.get(from - 2).text() + "'";
    }

    /** A second object of the same verb: "killing 49 civilians and 15 soldiers", "11 farmers and 4 herders". */
    String secondObject(Finding f, CountedNouns.Scan noun, Finding p) {
        int from = f.qStart;
        if (!(noun.people() || noun.unknownNoun()) || p == null || p.kind != ClaimKind.COUNT) return null;
        boolean joined = from >= 1 && lx.get(from - 1).is("and") && from - 1 - p.end <= SECOND_OBJECT_GAP;
        if (!joined || p.reason == null || !p.reason.startsWith("object of") || !noCueBetween(p.end, from - 1)) return null;
        f.countType = p.countType;
        return "second object of the verb counting the figure before it";
    }

    /** Ellipsis: "50 hostages are in Gaza, with roughly 20 thought to be alive", "rose from 23 to 148" (also "to 148 victims"). */
    String ellipsis(Finding f, CountedNouns.Scan noun, Finding p) {
        int n = lx.size();
        int from = f.qStart;
        boolean changeTarget = from >= 2 && lx.get(from - 1).is("to") && view.mentionEnding(from - 1) != null;
        boolean superseded = changeTarget || roles.changeStart(from) >= 0;
        boolean bare = superseded || f.end >= n || !lx.get(f.end).isWord() || FUNCTION_AFTER.contains(lx.get(f.end).lower())
                || lx.get(f.end).is("thought") || lx.get(f.end).is("believed");
        if (p == null || !bare || (noun.people() && !changeTarget)) return null;
        f.countType = p.countType;
        f.subject = p.subject;
        f.ellipsis = true;
        return "same count as the figure before it in the sentence";
    }

    /** Whether no count cue (verb or counted noun) stands in [from, to): the words between are the first figure's own. */
    private boolean noCueBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Lexeme l = lx.get(k);
            if (!l.isWord() || lex.afterAt(lx, k) != null || lex.beforeAt(lx, k) != null || CHANGE_VERBS.contains(l.lower())) return false;
        }
        return true;
    }
}
