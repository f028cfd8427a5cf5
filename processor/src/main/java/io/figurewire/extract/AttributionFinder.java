package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * Who reported a figure: "according to X", "X said/reported/estimated", "..., X said",
 * "thought by X", "X reports indicating". Looks at the whole sentence, because wire style puts
 * the source at either end ("More than 57,000 ..., according to the health ministry").
 */
final class AttributionFinder {

    private static final Set<String> SPEECH = WordClasses.get("speech");

    /** Speech participles that hang off the main clause: "X raised the toll to 20, saying ...". */
    private static final Set<String> PARTICIPLES = WordClasses.get("participles");

    /**
     * Singular organisation nouns that, alone as a source ("the station also said", "the
     * ministry said"), refer back to the organisation named earlier in the paragraph.
     */
    private static final Set<String> ANAPHORIC_NOUNS = WordClasses.get("anaphoric-nouns");

    /** Nouns that can head a source phrase even in lower case. */
    private static final Set<String> SOURCE_NOUNS = WordClasses.get("source-nouns");

    /**
     * Lower-case words that join the capitalised words of one name ("Committee to Protect
     * Journalists", "Office of Civil Defense", "International Organization for Migration").
     */
    private static final Set<String> NAME_JOINERS = WordClasses.get("name-joiners");

    private static final Set<String> NOT_A_NAME = WordClasses.get("not-a-name");
    private static final Set<String> SINGULAR_PRONOUNS = WordClasses.get("singular-pronouns");
    private static final Set<String> PRONOUNS = WordClasses.get("pronouns");

    private static final Set<String> REPORT_NOUNS = WordClasses.get("report-nouns");

    private AttributionFinder() {
    }

    static String find(List<Lexeme> lx, String sentence) {
        int n = lx.size();
        // "according to (figures from) the X"
        for (int i = 0; i + 1 < n; i++) {
            if (lx.get(i).is("according") && lx.get(i + 1).is("to")) {
                int s = i + 2;
                int e = phraseEnd(lx, s);
                for (int k = s; k < e; k++) if (lx.get(k).is("from") || lx.get(k).is("by")) s = k + 1;
                return text(lx, sentence, skipDeterminers(lx, s, e), e);
            }
        }
        // "thought/estimated/reported by X"
        for (int i = 1; i + 1 < n; i++) {
            if (lx.get(i).is("by") && SPEECH.contains(lx.get(i - 1).lower())) {
                int s = skipDeterminers(lx, i + 1, n);
                int e = s;
                while (e < n && (lx.get(e).isCapitalized() || SOURCE_NOUNS.contains(lx.get(e).lower()) || lx.get(e).isDigits()
                        || (lx.get(e).isDash() && e + 1 < n && lx.get(e + 1).isWord()))) e++;
                if (e > s) return text(lx, sentence, s, e);
            }
        }
        // "X said", "X has warned that", "X reports indicating"
        for (int i = 1; i < n; i++) {
            Lexeme v = lx.get(i);
            if (!v.isWord() || !SPEECH.contains(v.lower()) || v.is("according")) continue;
            // "X raised the toll to 20, saying ...", "X raised the toll and said ...": the sentence's subject speaks
            if ((PARTICIPLES.contains(v.lower()) && lx.get(i - 1).isPunct(',')) || (lx.get(i - 1).is("and") && v.is("said"))) {
                String subject = sentenceSubject(lx, sentence, i);
                if (subject != null) return subject;
            }
            int end = i;
            if (REPORT_NOUNS.contains(lx.get(i - 1).lower()) && (v.is("indicating") || v.is("showing") || v.is("show") || v.is("shows") || v.is("said") || v.is("put"))) {
                end = i - 1;
            } else if (REPORT_NOUNS.contains(v.lower()) && !(i + 1 < n && (lx.get(i + 1).is("that") || lx.get(i + 1).isPunct()))) {
                continue;
            }
            int k = end;
            while (k > 0 && (lx.get(k - 1).is("has") || lx.get(k - 1).is("have") || lx.get(k - 1).is("had")
                    || lx.get(k - 1).is("also") || lx.get(k - 1).is("later") || lx.get(k - 1).is("previously"))) k--;
            // ", he said", "it added": a pronoun subject, resolved later against the paragraph's last source
            if (k > 0 && PRONOUNS.contains(lx.get(k - 1).lower()) && lx.get(k - 1).isWord()
                    && (k == 1 || lx.get(k - 2).isPunct() || lx.get(k - 2).is("and") || lx.get(k - 2).is("but"))) {
                return text(lx, sentence, k - 1, k);
            }
            // "Ali Bashir, a spokesman for the civil defence, said": the name before the appositive
            if (k > 0 && lx.get(k - 1).isPunct(',')) {
                String named = beforeAppositive(lx, sentence, k - 1);
                if (named != null) return named;
            }
            int s = k;
            while (s > 0 && s > k - 8 && isSourceWord(lx, s - 1)) s--;
            if (s < k && hasHead(lx, s, k)) return text(lx, sentence, s, k);
            // "The health ministry of the territory put the number at ...": the subject, however long
            if ((v.is("put") || v.is("puts")) && k > 0 && !PRONOUNS.contains(lx.get(k - 1).lower())) {
                String subject = sentenceSubject(lx, sentence, k);
                if (subject != null) return subject;
            }
            // inverted: "..., said the ministry", "..., police said"
            if (i > 0 && (lx.get(i - 1).isPunct(',') || (i > 1 && isQuote(lx.get(i - 1)) && lx.get(i - 2).isPunct(',')))) {
                int a = skipDeterminers(lx, i + 1, n);
                int b = a;
                while (b < n && b < a + 6 && isSourceWord(lx, b)) b++;
                if (b > a && hasHead(lx, a, b)) return text(lx, sentence, a, b);
            }
        }
        return null;
    }

    /**
     * The source in "X, a/the <title> ..., said" where {@code comma} closes the appositive: X is
     * the capitalised run before the appositive's opening comma. Null when the words between the
     * commas do not start like an appositive, so "..., officials said" keeps its usual reading.
     */
    private static String beforeAppositive(List<Lexeme> lx, String sentence, int comma) {
        int open = comma - 1;
        while (open > 0 && open > comma - 12 && !lx.get(open).isPunct(',')) open--;
        if (open <= 0 || !lx.get(open).isPunct(',') || open + 1 >= comma) return null;
        Lexeme first = lx.get(open + 1);
        if (!(first.is("a") || first.is("an") || first.is("the") || first.is("its") || first.is("whose"))) return null;
        int e = open;
        int s = e;
        while (s > 0 && s > e - 6 && isSourceWord(lx, s - 1)) s--;
        return s < e && hasHead(lx, s, e) ? text(lx, sentence, s, e) : null;
    }

    /** A source phrase opening the sentence and followed by its verb ("Morocco's Interior Ministry raised ..."), or null. */
    private static String sentenceSubject(List<Lexeme> lx, String sentence, int before) {
        int start = 0;
        // past a dateline: "MARRAKECH, Morocco (AP) — Morocco's Interior Ministry raised ..."
        for (int k = 0; k < before && k < 12; k++) if (lx.get(k).isDash() && lx.get(k).spaceBefore()) start = k + 1;
        int s = skipDeterminers(lx, start, before);
        int e = s;
        while (e < before && e < s + 8 && isSourceWord(lx, e)) e++;
        if (e == s || e >= before || !lx.get(e).isWord() || lx.get(e).isCapitalized()) return null;
        return hasHead(lx, s, e) && !isFunctionWord(lx.get(s).lower()) ? text(lx, sentence, s, e) : null;
    }

    private static boolean isQuote(Lexeme l) {
        return l.isPunct('"') || l.isPunct('\u201D') || l.isPunct('\u201C') || l.isPunct('\'') || l.isPunct('\u2019');
    }

    /**
     * A pronoun source ("according to him", "he said", "it added") resolved to the paragraph's
     * last named source: he/him/she/her/his only to an obvious person, "it" only to an
     * organisation; otherwise null, so a claim never carries a pronoun or a guessed name.
     */
    static String resolvePronoun(String attribution, String lastSpeaker) {
        return resolvePronoun(attribution, lastSpeaker, namesPerson(lastSpeaker));
    }

    /**
     * As {@link #resolvePronoun(String, String)}, with the caller's judgement whether the last
     * source is a person (a caller with a gazetteer can also accept a lone surname, "Witkoff").
     * A bare organisation noun ("the station also said") takes the last source when that is a
     * named organisation of the same sort or a generic one ("Channel 12" ... "the station").
     */
    static String resolvePronoun(String attribution, String lastSpeaker, boolean lastSpeakerIsPerson) {
        if (attribution == null) return null;
        String a = attribution.trim().toLowerCase(java.util.Locale.ROOT);
        if (ANAPHORIC_NOUNS.contains(a)) {
            return lastSpeaker != null && !lastSpeakerIsPerson && hasCapital(lastSpeaker) && !PRONOUNS.contains(lastSpeaker.toLowerCase(java.util.Locale.ROOT))
                    && (lastSpeaker.toLowerCase(java.util.Locale.ROOT).contains(a) || !lastSpeaker.contains(" ") || GENERIC_ORGANISATION.contains(a))
                    ? lastSpeaker : attribution;
        }
        if (!PRONOUNS.contains(a)) return attribution;
        if (SINGULAR_PRONOUNS.contains(a)) return lastSpeakerIsPerson ? lastSpeaker : null;
        // "it said" after "the agency said": an organisation, never a person or another pronoun
        boolean organisation = lastSpeaker != null && !namesPerson(lastSpeaker)
                && !PRONOUNS.contains(lastSpeaker.trim().toLowerCase(java.util.Locale.ROOT));
        return a.equals("it") && organisation ? lastSpeaker : null;
    }

    /** Organisation nouns that fit any named organisation: a broadcaster is a "station", a charity a "group". */
    private static final Set<String> GENERIC_ORGANISATION = WordClasses.get("generic-organisation");

    private static boolean hasCapital(String s) {
        for (String w : s.split("[\\s\u00A0]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) return true;
        return false;
    }

    /** A source that names a person: two name words, or a lone surname that is no place ("Witkoff", not "Israel"). */
    static boolean isPerson(ClaimExtractor ex, String source) {
        if (namesPerson(source)) return true;
        return isLoneName(source) && ex.gazetteer().find(Lexer.lex(source)).stream().noneMatch(h -> h.place() != null);
    }

    /** A lone capitalised word that is no agency word and no acronym: a surname such as "Witkoff" (callers rule out places). */
    static boolean isLoneName(String source) {
        if (source == null) return false;
        String t = source.trim();
        if (t.isEmpty() || t.contains(" ") || !Character.isUpperCase(t.charAt(0)) || t.length() < 3) return false;
        for (int i = 1; i < t.length(); i++) if (!Character.isLowerCase(t.charAt(i)) && t.charAt(i) != '-') return false;
        return !SOURCE_NOUNS.contains(t.toLowerCase(java.util.Locale.ROOT)) && !PRONOUNS.contains(t.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a source names a person: two capitalised words in a row that are not agency words ("Ali Hassan"). */
    static boolean namesPerson(String source) {
        if (source == null) return false;
        String[] words = source.split("[\\s\u00A0]+");
        int run = 0;
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}'-]", "");
            boolean name = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !w.endsWith(".")
                    && !SOURCE_NOUNS.contains(bare.toLowerCase(java.util.Locale.ROOT));
            run = name ? run + 1 : 0;
            if (run >= 2) return true;
        }
        return false;
    }

    private static boolean isSourceWord(List<Lexeme> lx, int k) {
        Lexeme l = lx.get(k);
        if (l.isDigits()) return k > 0 && lx.get(k - 1).isCapitalized(); // "Channel 12"
        if (l.isDash()) return !l.spaceBefore() && k + 1 < lx.size() && !lx.get(k + 1).spaceBefore();
        if (l.isPunct('\'') || l.isPunct('\u2019')) return true;
        // the stops of an initialism: "U.N. experts"
        if (l.isPunct('.')) return !l.spaceBefore() && k > 0 && lx.get(k - 1).isWord() && isInitialism(lx.get(k - 1).text());
        if (!l.isWord()) return false;
        if (l.is("the") || l.is("a") || l.is("an")) return false;
        if (NAME_JOINERS.contains(l.lower())) {
            // only inside a name: capitalised words on both sides
            return k > 0 && k + 1 < lx.size() && lx.get(k - 1).isCapitalized() && lx.get(k + 1).isCapitalized();
        }
        return l.isCapitalized() || SOURCE_NOUNS.contains(l.lower()) || l.is("s");
    }

    /** "U", "U.N", "U.S": capitals joined by stops. */
    private static boolean isInitialism(String w) {
        if (w.isEmpty() || w.length() > 8) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isUpperCase(c) || (c == '.' && i % 2 == 1))) return false;
        }
        return w.length() == 1 || w.contains(".");
    }

    private static boolean hasHead(List<Lexeme> lx, int s, int e) {
        for (int k = s; k < e; k++) {
            Lexeme l = lx.get(k);
            if (l.isWord() && (l.isCapitalized() || SOURCE_NOUNS.contains(l.lower()))
                    && !(k == 0 && !SOURCE_NOUNS.contains(l.lower()) && e - s == 1 && isFunctionWord(l.lower()))) return true;
        }
        return false;
    }

    private static boolean isFunctionWord(String w) {
        return NOT_A_NAME.contains(w);
    }

    private static int skipDeterminers(List<Lexeme> lx, int s, int e) {
        while (s < e && (lx.get(s).is("the") || lx.get(s).is("a") || lx.get(s).is("an") || lx.get(s).is("figures")
                || lx.get(s).is("data") || lx.get(s).is("from"))) s++;
        return s;
    }

    /** End of a source phrase: before a comma, full stop, relative pronoun or a new clause. */
    private static int phraseEnd(List<Lexeme> lx, int s) {
        int e = s;
        while (e < lx.size() && e < s + 12) {
            Lexeme l = lx.get(e);
            if (l.isPunct() && !l.isDash() && !l.isPunct('\'') && !l.isPunct('\u2019') && !l.isPunct('.')) break;
            if (l.isPunct('.') && (e + 1 >= lx.size())) break;
            if (l.is("which") || l.is("who") || l.is("that") || l.is("and") || l.is("as") || l.is("but") || l.is("while")) break;
            e++;
        }
        return e;
    }

    private static String text(List<Lexeme> lx, String sentence, int s, int e) {
        if (e <= s) return null;
        String t = sentence.substring(lx.get(s).start(), lx.get(e - 1).end()).trim();
        if (t.endsWith("'") || t.endsWith("\u2019")) t = t.substring(0, t.length() - 1);
        return t.isEmpty() ? null : t;
    }
}
