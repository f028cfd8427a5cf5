package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * Who reported a figure: "according to X", "X said/reported/estimated", "..., X said",
 * "thought by X", "X reports indicating". Looks at the whole sentence, because wire style puts
 * the source at either end ("More than 57,000 ..., according to the health ministry").
 */
final class AttributionFinder {

    private static final Set<String> SPEECH = Set.of(
            "said", "says", "say", "reported", "reports", "report", "told", "tells", "estimated", "estimates", "estimate",
            "confirmed", "confirms", "announced", "announces", "stated", "states", "warned", "warns", "added", "noted",
            "claimed", "claims", "counted", "recorded", "tallied", "according", "indicated", "showed", "show", "shows",
            "indicating", "showing", "put", "puts", "believes", "believed", "thought", "thinks");

    /** Nouns that can head a source phrase even in lower case. */
    private static final Set<String> SOURCE_NOUNS = Set.of(
            "officials", "official", "ministry", "authorities", "authority", "police", "agency", "office", "spokesman",
            "spokeswoman", "spokesperson", "government", "military", "army", "media", "hospital", "hospitals", "doctors",
            "rescuers", "witnesses", "residents", "sources", "service", "services", "department", "administration",
            "organization", "organisation", "committee", "council", "governor", "mayor", "minister", "medics", "paramedics",
            "workers", "group", "groups", "agencies", "command", "directorate", "centre", "center", "monitor", "observatory",
            "broadcaster", "network", "station", "newspaper", "survey", "figures", "data", "count", "tally", "statement",
            "health", "civil", "defence", "defense", "emergency", "run", "state", "local", "interior", "disaster", "management",
            "coast", "guard", "fire", "u.n", "un", "who", "red", "cross", "crescent", "united", "nations",
            "regional", "provincial", "federal", "municipal", "district", "security", "rescue", "medical", "news",
            "coastguard", "firefighters", "spokesmen", "commander", "chief", "prosecutors", "prosecutor");

    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "him", "she", "her", "his");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "she", "her", "his", "they", "them", "their", "it", "we", "us", "i", "me");

    private static final Set<String> REPORT_NOUNS = Set.of("reports", "report", "figures", "data", "tally", "statement", "count", "estimates");

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
            int end = i;
            if (REPORT_NOUNS.contains(lx.get(i - 1).lower()) && (v.is("indicating") || v.is("showing") || v.is("show") || v.is("shows") || v.is("said") || v.is("put"))) {
                end = i - 1;
            } else if (REPORT_NOUNS.contains(v.lower()) && !(i + 1 < n && (lx.get(i + 1).is("that") || lx.get(i + 1).isPunct()))) {
                continue;
            }
            int k = end;
            while (k > 0 && (lx.get(k - 1).is("has") || lx.get(k - 1).is("have") || lx.get(k - 1).is("had")
                    || lx.get(k - 1).is("also") || lx.get(k - 1).is("later") || lx.get(k - 1).is("previously"))) k--;
            int s = k;
            while (s > 0 && s > k - 6 && isSourceWord(lx, s - 1)) s--;
            if (s < k && hasHead(lx, s, k)) return text(lx, sentence, s, k);
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

    private static boolean isQuote(Lexeme l) {
        return l.isPunct('"') || l.isPunct('\u201D') || l.isPunct('\u201C') || l.isPunct('\'') || l.isPunct('\u2019');
    }

    /**
     * A pronoun source ("according to him", "he said") resolved to the paragraph's last named
     * speaker when that is obviously a person and the pronoun is singular; otherwise null, so a
     * claim never carries a pronoun or a guessed name.
     */
    static String resolvePronoun(String attribution, String lastSpeaker) {
        if (attribution == null) return null;
        String a = attribution.trim().toLowerCase(java.util.Locale.ROOT);
        if (!PRONOUNS.contains(a)) return attribution;
        return SINGULAR_PRONOUNS.contains(a) && namesPerson(lastSpeaker) ? lastSpeaker : null;
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
        if (!l.isWord()) return false;
        if (l.is("the") || l.is("a") || l.is("an")) return false;
        return l.isCapitalized() || SOURCE_NOUNS.contains(l.lower()) || l.is("s");
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
        return Set.of("it", "he", "she", "they", "we", "this", "that", "there", "who", "i").contains(w);
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
