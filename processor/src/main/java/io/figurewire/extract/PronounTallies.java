package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * A tally named by a pronoun in a sentence after the one that named it: "The death toll climbed again on Tuesday.
 * It stood at 86 by nightfall", "The number of refugees keeps rising. The agency put it at 90,000", "... 40 refugees
 * on Friday. They estimated them at 76,000". A pronoun shortly before the tally's link ("at", "to") gives the figure
 * the count type of the tally (or else of the count) that an earlier sentence of the paragraph named last.
 */
final class PronounTallies {

    private static final Set<String> PRONOUNS = WordClasses.get("tally-pronouns");
    /** Words read back from the link to the pronoun: "it now stands at", "put it at". */
    private static final int REACH = 3;
    /** Words read after a typeless tally head for what it counts: "the number of people killed". */
    private static final int HEAD_REACH = 4;

    /** Nouns of a figure that name a tally given before: "The figure now stands at 212", "that total had risen to 31". */
    private static final Set<String> FIGURE_NOUNS = WordClasses.get("figure-nouns");
    private static final Set<String> DETERMINERS = WordClasses.get("reference-determiners");
    private static final Set<String> DEMONSTRATIVES = WordClasses.get("demonstratives");
    /** Tally links that join a figure to a reference point or range, not to a tally noun before them. */
    private static final Set<String> NOT_LINKS = WordClasses.get("reference-links");

    private PronounTallies() {
    }

    /** Whether {@code k} is a figure noun after "the" or "that", with no "of" naming its own counted thing after it. */
    private static boolean figureNoun(List<Lexeme> lx, int k) {
        if (k == 0 || !FIGURE_NOUNS.contains(lx.get(k).lower()) || lx.get(k + 1).is("of")) return false;
        String before = lx.get(k - 1).lower();
        return DETERMINERS.contains(before) || DEMONSTRATIVES.contains(before);
    }

    /** The count type a sentence named last (a tally, or else a count), or {@code before} when it named none. */
    static String named(List<Lexeme> lx, CountTypeLexicon lex, List<Finding> findings, String before) {
        String type = before;
        int at = -1;
        for (Finding f : findings) {
            if (f.claim && f.kind == ClaimKind.COUNT && f.countType != null && !"other".equals(f.countType) && f.qStart > at) {
                type = f.countType;
                at = f.qStart;
            }
        }
        for (int k = Math.max(0, at + 1); k < lx.size(); k++) {
            CountTypeLexicon.Cue head = lex.headAt(lx, k);
            String t = head != null ? head.countType() : headedType(lx, lex, k);
            if (t != null) type = t;
        }
        return type;
    }

    /** "the number of refugees", "the number of people killed": what a typeless tally head at {@code k} counts, or null. */
    private static String headedType(List<Lexeme> lx, CountTypeLexicon lex, int k) {
        int len = lex.tallyHeadAt(lx, k);
        if (len == 0) return null;
        for (int j = k + len; j < Math.min(lx.size(), k + len + HEAD_REACH) && lx.get(j).isWord(); j++) {
            CountTypeLexicon.Cue c = lex.nounAt(lx, j);
            if (c == null) c = lex.afterAt(lx, j);
            if (c != null) return c.countType();
        }
        return null;
    }

    /**
     * For a figure after its link at {@code lead - 1} and a pronoun just before: the type of the tally named earlier in
     * the sentence ("The death toll rose overnight; it now stands at 212"), else the remembered one, or null.
     */
    static CountCues.Reading reading(List<Lexeme> lx, CountTypeLexicon lex, int lead, String remembered) {
        if (lead < 2 || !lex.isTallyLink(lx.get(lead - 1).lower()) || NOT_LINKS.contains(lx.get(lead - 1).lower())) return null;
        boolean atOrTo = lx.get(lead - 1).is("at") || lx.get(lead - 1).is("to");
        for (int k = lead - 2; k >= Math.max(0, lead - 2 - REACH); k--) {
            Lexeme l = lx.get(k);
            if (!l.isWord()) return null;
            if (!(atOrTo && PRONOUNS.contains(l.lower())) && !figureNoun(lx, k)) continue;
            String type = named(lx.subList(0, k), lex, List.of(), remembered);
            return type == null ? null : new CountCues.Reading(type, "a tally named by '" + l.lower() + "', as an earlier clause or sentence named it");
        }
        return null;
    }
}
