package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * The counted noun of a figure and the type it gives: "14 houses", "57,000 Palestinians", "5,000
 * homes were reduced to rubble". Apart from the sentence reader because the scan's result feeds
 * most steps of the count-type cascade, and the noun's own reading (what it yields to) is one idea.
 * Bounded: a few lexemes after the figure.
 */
final class CountedNouns {

    /** Lexemes after the figure read for its counted noun, past modifiers. */
    private static final int REACH = 4;
    private static final Set<String> FUNCTION_AFTER = WordClasses.get("function-after");
    private static final Set<String> CHANGE_VERBS = WordClasses.get("change-verbs");
    private static final Set<String> MODALS = WordClasses.get("modals");
    /** "One person was killed": a count, where a bare "one" is too often a pronoun. */
    private static final Set<String> SINGULAR_PEOPLE = WordClasses.get("singular-people-nouns");

    /** What the words right after a figure say it counts: a typed noun, people, an unknown noun, or nothing. */
    record Scan(CountTypeLexicon.Cue noun, int nounAt, boolean people, boolean unknownNoun, int nounEnd) {
    }

    private final SentenceView view;
    private final List<Lexeme> lx;
    private final CountTypeLexicon lex;
    private final CountCues cues;
    private final NounYields yields;
    private final Breakdowns breakdowns;

    CountedNouns(SentenceView view, CountTypeLexicon lex, CountCues cues, NounYields yields, Breakdowns breakdowns) {
        this.view = view;
        this.lx = view.lx;
        this.lex = lex;
        this.cues = cues;
        this.yields = yields;
        this.breakdowns = breakdowns;
    }

    /** The counted noun right after the figure, past a few modifiers; people nouns set the subject. */
    Scan scan(Finding f, int stop) {
        boolean unknownNoun = false;
        for (int k = f.end; k < Math.min(stop, f.end + REACH); k++) {
            Lexeme l = lx.get(k);
            if (!l.isWord()) {
                if (l.isDash() && !l.spaceBefore()) continue;
                break;
            }
            if (k == f.end && CountTypeLexicon.opensCountedPhrase(l.lower())) continue;
            CountTypeLexicon.Cue noun = lex.nounAt(lx, k);
            CountTypeLexicon.Cue things = lex.thingsModified(lx, k, noun);
            if (things != null) return new Scan(things, k + noun.words().length, false, false, f.end);
            // "300 lost their homes": a fate phrase right after the figure holds the noun, and counts the displaced, not homes
            if (noun != null && k > f.end && fateSpans(f.end, k)) return new Scan(null, -1, false, false, f.end);
            if (noun != null) return new Scan(noun, k, false, false, f.end);
            if (lex.isPeopleNoun(l.lower()) || cues.pluralDemonym(k) || CountCues.agentNoun(l) || SINGULAR_PEOPLE.contains(l.lower())) {
                f.subject = view.text(f.end, k + 1);
                return new Scan(null, -1, true, false, k + 1);
            }
            if (FUNCTION_AFTER.contains(l.lower()) || CHANGE_VERBS.contains(l.lower()) || MODALS.contains(l.lower())) break;
            if (k == f.end) unknownNoun = true;
        }
        return new Scan(null, -1, false, unknownNoun, f.end);
    }

    /** Whether a fate cue starting at {@code from} reaches past the noun found at {@code nounAt}. */
    private boolean fateSpans(int from, int nounAt) {
        CountTypeLexicon.Cue fate = lex.afterAt(lx, from);
        return fate != null && from + Phrases.matchLength(lx, from, fate.words()) > nounAt;
    }

    /**
     * The type of a figure whose counted noun follows it. The noun gives way to what happened to the
     * things counted: a verb after it ("Four hostages were released", "5,000 homes were reduced to
     * rubble"), the verb it is the object of ("razed 400 houses"), or the verb of the list it
     * continues ("destroyed 2,140 residences, 310 commercial buildings").
     */
    String read(Finding f, CountTypeLexicon.Cue noun, int k, int stop, Finding previousClaim) {
        String nounWords = noun.phrase();
        f.countType = noun.countType();
        f.subject = view.text(f.end, k + noun.words().length);
        CountCues.Reading yielded = yields.after(noun, f.qStart, k + noun.words().length, stop);
        if (yielded != null) {
            f.countType = yielded.countType();
            return "counted noun '" + nounWords + "' " + yielded.reason();
        }
        CountTypeLexicon.Cue object = lex.yieldingVerbBefore(noun.countType(), lx, f.qStart);
        if (object != null) {
            f.countType = object.countType();
            return "counted noun '" + nounWords + "', object of '" + object.phrase() + "'";
        }
        if (previousClaim != null && lex.yields(noun.countType(), previousClaim.countType)
                && breakdowns.inList(previousClaim.end, f.qStart)) {
            f.countType = previousClaim.countType;
            return "counted noun '" + nounWords + "' in the list of the '" + previousClaim.countType + "' figure before it";
        }
        return "counted noun '" + nounWords + "'";
    }
}
