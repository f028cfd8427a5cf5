package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * One sentence as the rules read it, built once and never changed: its lexemes, the clause each
 * lexeme is in, its number mentions and place hits, with constant-time lookups so that every
 * rule's questions about a figure's neighbourhood keep a sentence's reading linear.
 */
final class SentenceView {

    /** Superlatives whose possessive place is a comparison's scope ("one of Europe's worst"). */
    private static final Set<String> SUPERLATIVES = WordClasses.get("superlatives");

    final String text;
    final List<Lexeme> lx;
    final List<NumberMention> mentions;
    final List<Gazetteer.Hit> hits;
    /** Clause number of each lexeme: commas, semicolons, colons, brackets and spaced dashes separate clauses. */
    final int[] clause;
    private final NumberMention[] mentionByFirst;
    private final NumberMention[] mentionByEnd;
    private final int[] nextMention;

    private SentenceView(String text, List<Lexeme> lx, List<NumberMention> mentions, List<Gazetteer.Hit> hits) {
        this.text = text;
        this.lx = lx;
        this.mentions = mentions;
        this.hits = hits;
        this.clause = clauses(lx, mentions);
        int n = lx.size();
        this.mentionByFirst = new NumberMention[n + 1];
        this.mentionByEnd = new NumberMention[n + 1];
        for (NumberMention m : mentions) {
            mentionByFirst[m.firstLexeme()] = m;
            mentionByEnd[m.endLexeme()] = m;
        }
        this.nextMention = new int[n + 1];
        int next = n;
        for (int k = n; k >= 0; k--) {
            if (k < n && mentionByFirst[k] != null) next = k;
            nextMention[k] = next;
        }
    }

    /** @param anchor the place of the article's main event, which ranks ambiguous place names; may be null */
    static SentenceView of(String sentence, Gazetteer gazetteer, GeoPlace anchor) {
        List<Lexeme> lx = Lexer.lex(sentence);
        List<NumberMention> mentions = NumberScanner.scan(sentence, lx);
        // places are read only for figures: a sentence without a number skips the gazetteer (most of a page)
        List<Gazetteer.Hit> hits = mentions.isEmpty() ? List.of() : gazetteer.find(lx, anchor);
        if (!hits.isEmpty()) hits = hits.stream().filter(h -> !superlativeScope(lx, h)).toList();
        return new SentenceView(sentence, lx, mentions, hits);
    }

    /**
     * "one of Europe's worst", "the country's deadliest": a place whose possessive a superlative
     * follows is what the event is compared over, no place of the sentence's figures.
     */
    private static boolean superlativeScope(List<Lexeme> lx, Gazetteer.Hit h) {
        int e = h.end();
        if (e + 2 >= lx.size() || !Lexer.possessiveAt(lx, e)) return false;
        return SUPERLATIVES.contains(lx.get(e + 2).lower());
    }

    int size() {
        return lx.size();
    }

    /** The lexeme at {@code k}, or null outside the sentence. */
    Lexeme at(int k) {
        return k >= 0 && k < lx.size() ? lx.get(k) : null;
    }

    /** Whether the lexeme at {@code k} is the word {@code word} (false outside the sentence). */
    boolean is(int k, String word) {
        Lexeme l = at(k);
        return l != null && l.is(word);
    }

    /** The number mention starting at lexeme {@code k}, or null. */
    NumberMention mentionStarting(int k) {
        return k >= 0 && k < mentionByFirst.length ? mentionByFirst[k] : null;
    }

    /** The number mention ending right before lexeme {@code endExclusive}, or null. */
    NumberMention mentionEnding(int endExclusive) {
        return endExclusive >= 0 && endExclusive < mentionByEnd.length ? mentionByEnd[endExclusive] : null;
    }

    /** The first lexeme of the next number mention at or after {@code from}, or the sentence's end. */
    int nextMentionStart(int from) {
        return from >= nextMention.length ? lx.size() : nextMention[Math.max(0, from)];
    }

    /** The text of lexemes [from, to). */
    String text(int from, int to) {
        return text.substring(lx.get(from).start(), lx.get(to - 1).end());
    }

    private static int[] clauses(List<Lexeme> lx, List<NumberMention> mentions) {
        int[] out = new int[lx.size()];
        int c = 0;
        int apposition = -1;
        int m = 0;
        for (int i = 0; i < lx.size(); i++) {
            // a comma inside a figure ("3, 400" typed with a space) is no clause boundary; mentions are in text order
            while (m < mentions.size() && mentions.get(m).endLexeme() <= i) m++;
            if (m < mentions.size() && mentions.get(m).firstLexeme() < i) {
                out[i] = c;
                continue;
            }
            int close = attributionAsideClose(lx, i);
            if (close > i) {
                // "The death toll, officials said, had climbed to 63": the aside stays inside the clause it interrupts
                for (int j = i; j <= close; j++) out[j] = c;
                i = close;
                continue;
            }
            if (i > apposition) apposition = PlaceAppositions.end(lx, i);
            if (i > apposition && isClauseBoundary(lx, i)) c++;
            out[i] = c;
        }
        return out;
    }

    /** Lexemes an attribution aside is read over: ", according to the regional health ministry,". */
    private static final int ASIDE_REACH = 9;
    /** Words of a source before its verb of saying: ", local officials said,". */
    private static final int SOURCE_WORDS = 4;
    private static final Set<String> SPEECH = WordClasses.get("speech");

    /**
     * The closing comma of an attribution aside the comma at {@code i} opens, or -1: ", according to the health
     * ministry," or ", officials said," between a subject and its verb, with the clause going on after it.
     */
    private static int attributionAsideClose(List<Lexeme> lx, int i) {
        if (!lx.get(i).isPunct(',') || i == 0) return -1;
        int n = Math.min(lx.size() - 1, i + ASIDE_REACH);
        for (int j = i + 1; j < n; j++) {
            Lexeme l = lx.get(j);
            if (!l.isPunct(',')) {
                if (!l.isWord()) return -1;
                continue;
            }
            boolean goesOn = lx.get(j + 1).isWord() && !lx.get(j + 1).isCapitalized();
            boolean according = lx.get(i + 1).is("according") && j > i + 3 && lx.get(i + 2).is("to");
            boolean said = j - i - 1 <= SOURCE_WORDS && j - i > 2 && SPEECH.contains(lx.get(j - 1).lower()) && !lx.get(j - 1).is("according");
            return goesOn && (according || said) ? j : -1;
        }
        return -1;
    }

    /** Lexemes a list of names is read over before its "and": "in Mozambique, Zimbabwe and Malawi". */
    private static final int NAME_LIST_REACH = 12;

    /**
     * Whether the comma at {@code i} joins names of a list closed by "and"/"or" and a name: "the death
     * toll from the cyclone in Mozambique, Zimbabwe and Malawi has risen to 430" is one clause, not three.
     */
    private static boolean inNameList(List<Lexeme> lx, int i) {
        if (i < 1 || !lx.get(i - 1).isCapitalized()) return false;
        int n = Math.min(lx.size(), i + NAME_LIST_REACH);
        boolean name = false;
        for (int j = i + 1; j < n; j++) {
            Lexeme l = lx.get(j);
            if (l.isCapitalized()) name = true;
            else if (l.isPunct(',') && name) name = false;
            else if ((l.is("and") || l.is("or")) && (name || lx.get(j - 1).isPunct(','))) {
                return j + 1 < lx.size() && lx.get(j + 1).isCapitalized();
            } else return false;
        }
        return false;
    }

    private static boolean isClauseBoundary(List<Lexeme> lx, int i) {
        Lexeme l = lx.get(i);
        if (l.isPunct(',') && inNameList(lx, i)) return false;
        if (l.isPunct(',') || l.isPunct(';') || l.isPunct(':') || l.isPunct('(') || l.isPunct(')')) return true;
        if (l.isPunct('\u2014') || l.isPunct('[') || l.isPunct(']')) return true;
        // a spaced dash, but not the dash of a range between digits
        boolean betweenDigits = i > 0 && lx.get(i - 1).isDigits() && i + 1 < lx.size() && lx.get(i + 1).isDigits();
        return l.isDash() && l.spaceBefore() && !betweenDigits;
    }
}
