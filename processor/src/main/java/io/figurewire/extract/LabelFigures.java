package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * "Death toll: 312", "Injured: 140", "Killed: 1,139; wounded: 8,730", "Homes destroyed: about 2,300": fact
 * boxes, live-blog summaries and bulleted updates name what a figure counts in a label before a colon, where a
 * sentence would put it after the figure. The label is the whole run of words from the sentence's start (or a
 * separator: "; wounded: 8,730") to the colon right before the figure's lead, and it must be one count cue
 * end to end: a tally head, a counted noun alone or with the verb of its fate, or a fate word that follows
 * counted people ("27 killed"). Any other label ("Population: 45,000", "Kick-off: 12:30") types nothing.
 */
final class LabelFigures {

    private static final Set<String> SEPARATORS = WordClasses.get("label-separators");
    /** A longer run before a colon is a sentence that announces a list, not a label. */
    static final int MAX_LABEL_WORDS = 4;

    private LabelFigures() {
    }

    /** The reading of a figure whose lead starts at {@code lead}, when a label and a colon come right before it, or null. */
    static CountCues.Reading read(SentenceView view, CountTypeLexicon lex, int lead) {
        List<Lexeme> lx = view.lx;
        int colon = lead - 1;
        if (colon < 1 || !lx.get(colon).isPunct(':')) return null;
        int start = colon;
        while (start > 0 && lx.get(start - 1).isWord() && colon - start < MAX_LABEL_WORDS) start--;
        if (start > 0 && !SEPARATORS.contains(lx.get(start - 1).lower())) return null;
        String type = labelType(lx, lex, start, colon);
        return type == null ? null : new CountCues.Reading(type, "label '" + view.text(start, colon + 1) + "' before it");
    }

    /** The count type of the cue that spans [start, end) exactly, or null. */
    private static String labelType(List<Lexeme> lx, CountTypeLexicon lex, int start, int end) {
        CountTypeLexicon.Cue head = lex.headAt(lx, start);
        if (spans(lx, start, head, end)) return head.countType();
        CountTypeLexicon.Cue fate = lex.afterAt(lx, start);
        if (spans(lx, start, fate, end)) return fate.countType();
        CountTypeLexicon.Cue noun = lex.nounAt(lx, start);
        int from = start;
        if (noun == null && lex.isPeopleNoun(lx.get(start).lower())) {
            from = start + 1;
        } else if (noun != null) {
            from = start + Phrases.matchLength(lx, start, noun.words());
            if (from == end) return noun.countType();
        }
        if (from == start || from >= end) return null;
        // "Homes destroyed", "People displaced": the counted thing, then the fate that types it
        CountTypeLexicon.Cue verb = lex.afterAt(lx, from);
        if (!spans(lx, from, verb, end)) return null;
        return noun == null || lex.yields(noun.countType(), verb.countType()) ? verb.countType() : null;
    }

    private static boolean spans(List<Lexeme> lx, int at, CountTypeLexicon.Cue cue, int end) {
        return cue != null && at + Phrases.matchLength(lx, at, cue.words()) == end;
    }
}
