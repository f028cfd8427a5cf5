package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * "109 people trapped in the collapsed hostel have so far been rescued", "five miners trapped underground were found
 * dead": a fate participle right after the counted people only describes them (a reduced relative clause); the
 * finite predicate after it says what happened to them, and so what the figure counts. "30 people remain trapped"
 * and "40 people trapped in the tunnel are feared dead" keep the participle's type: there the participle is the
 * predicate, or nothing after it names another fate.
 */
final class LaterFates {

    private static final Set<String> MODIFIERS = WordClasses.get("modifier-fates");
    private static final Set<String> FINITE_AUXILIARIES = WordClasses.get("finite-auxiliaries");
    private static final Set<String> AUXILIARIES = WordClasses.get("auxiliaries");
    private static final Set<String> ADVERBS = WordClasses.get("predicate-adverbs");
    private static final Set<String> HEDGES = WordClasses.get("hedge-verbs");
    private static final Set<String> MODALS = WordClasses.get("modals");
    /** How far past the participle the finite verb may stand: "trapped in the rubble of the collapsed six-storey hostel have". */
    private static final int REACH = 12;

    private LaterFates() {
    }

    /** {@code cue} found at {@code k}, or the cue of the finite predicate after it that says the people's fate (see {@link #after}). */
    static CountTypeLexicon.Cue resolve(SentenceView view, CountTypeLexicon lex, CountTypeLexicon.Cue cue, int k, int from) {
        CountTypeLexicon.Cue later = cue == null ? null : after(view, lex, cue, k, from);
        return later != null ? later : cue;
    }

    /**
     * The cue of the finite predicate that replaces {@code cue} found at {@code k}, or null to keep it.
     *
     * @param from first lexeme after the counted phrase: the participle must stand there to be a mere modifier
     */
    private static CountTypeLexicon.Cue after(SentenceView view, CountTypeLexicon lex, CountTypeLexicon.Cue cue, int k, int from) {
        if (k != from || !MODIFIERS.contains(cue.words()[0])) return null;
        List<Lexeme> lx = view.lx;
        int c = view.clause[k];
        for (int j = k + 1; j < Math.min(lx.size(), k + REACH); j++) {
            Lexeme l = lx.get(j);
            if (view.clause[j] != c || view.mentionStarting(j) != null || l.is("and") || l.is("but")) return null;
            if (FINITE_AUXILIARIES.contains(l.lower())) return predicate(lx, lex, cue, j + 1);
        }
        return null;
    }

    /**
     * The fate cue after a finite auxiliary, past further auxiliaries, adverbs and one verb of finding ("have so far been
     * rescued", "were found dead").
     */
    private static CountTypeLexicon.Cue predicate(List<Lexeme> lx, CountTypeLexicon lex, CountTypeLexicon.Cue cue, int at) {
        boolean verb = false;
        for (int j = at; j < Math.min(lx.size(), at + 5) && lx.get(j).isWord(); j++) {
            CountTypeLexicon.Cue a = lex.afterAt(lx, j);
            if (a != null) return a.countType().equals(cue.countType()) ? null : a;
            String w = lx.get(j).lower();
            // "are feared dead", "are believed to have drowned", "could be rescued": a hedged fate leaves the participle's type
            if (HEDGES.contains(w) || MODALS.contains(w)) return null;
            if (!(AUXILIARIES.contains(w) || ADVERBS.contains(w) || w.endsWith("ly"))) {
                if (verb) return null;
                verb = true;
            }
        }
        return null;
    }
}
