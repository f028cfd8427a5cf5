package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * "7,095 residents were 100 percent affected", "about 300 people were 90 per cent displaced": a share between the
 * verb "be" and the fate grades the fate; the fate verb after it still says what the counted people are. The share
 * is a figure of its own (a percent), so the verb after the people would otherwise lie beyond the next figure.
 */
final class DegreePercents {

    private static final Set<String> BE_VERBS = WordClasses.get("be-verbs");
    /** Words between the counted people and their verb: "in the lowland villages". */
    private static final int REACH = 6;

    private DegreePercents() {
    }

    /** The fate cue past "were N percent" at {@code from} (right after the counted people), or null. */
    static CountTypeLexicon.Cue after(SentenceView view, CountTypeLexicon lex, int from) {
        List<Lexeme> lx = view.lx;
        int be = from;
        // past a place phrase: "5,400 people in the lowland villages were 100 percent affected"
        while (be < Math.min(lx.size(), from + REACH) && lx.get(be).isWord() && !BE_VERBS.contains(lx.get(be).lower())) be++;
        if (be + 2 >= lx.size() || !BE_VERBS.contains(lx.get(be).lower())) return null;
        int at = be + 1;
        // 'were "100 percent affected."': a quotation may open before the share
        if (!lx.get(at).isWord() && view.mentionStarting(at) == null) at++;
        NumberMention share = view.mentionStarting(at);
        if (share == null) return null;
        int j = share.endLexeme();
        if (j < lx.size() && (lx.get(j).isPunct('%') || lx.get(j).is("percent") || lx.get(j).is("pct"))) {
            j++;
        } else if (j + 1 < lx.size() && lx.get(j).is("per") && lx.get(j + 1).is("cent")) {
            j += 2;
        } else {
            return null;
        }
        return j < lx.size() ? lex.afterAt(lx, j) : null;
    }
}
