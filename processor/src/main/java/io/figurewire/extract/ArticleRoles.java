package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Roles only the whole article can tell, over the claims of one article (pure logic, no I/O). A
 * sentence reads one paragraph at a time, so "After Monday's explosion left 25 dead and 4 missing"
 * looks like today's toll; when another claim of the article gives a larger current figure of the
 * same count type (and place, when the sentence names one), the figures the named day's event "left" are an earlier state of it:
 * previous, like the other figures of that clause. Figures a comma parts from the day ("Saturday's
 * quake, the toll has climbed to 4,455") are the sentence's own.
 */
public final class ArticleRoles {

    private static final Set<String> WEEKDAYS = WordClasses.get("weekdays");
    /** How many words may stand between "Monday's" and the figure: "Monday's explosion left 25". */
    private static final int MAX_WORDS_BETWEEN = 6;

    private ArticleRoles() {
    }

    /** The claims of one article, in their order, with earlier states of the event marked previous. */
    public static List<ExtractedClaim> apply(List<ExtractedClaim> claims) {
        List<ExtractedClaim> out = new ArrayList<>(claims);
        boolean[] dayEvent = new boolean[claims.size()];
        for (int i = 0; i < claims.size(); i++) dayEvent[i] = isCurrentCount(claims.get(i)) && namedDayBefore(claims.get(i));
        for (int i = 0; i < claims.size(); i++) {
            if (!dayEvent[i] || !largerElsewhere(claims, dayEvent, i)) continue;
            for (int j = 0; j < claims.size(); j++) {
                if (dayEvent[j] && sameSentence(claims.get(i), claims.get(j))) out.set(j, previous(claims.get(j)));
            }
        }
        return out;
    }

    private static boolean isCurrentCount(ExtractedClaim c) {
        return c.kind() == ClaimKind.COUNT && c.role() == ClaimRole.CURRENT && c.countType() != null;
    }

    /** A larger current figure of the same type and place in a claim that is not itself a named day's. */
    private static boolean largerElsewhere(List<ExtractedClaim> claims, boolean[] dayEvent, int i) {
        ExtractedClaim c = claims.get(i);
        double v = top(c);
        for (int j = 0; j < claims.size(); j++) {
            ExtractedClaim d = claims.get(j);
            if (j == i || dayEvent[j] || !isCurrentCount(d)) continue;
            if (d.countType().equals(c.countType()) && (Objects.equals(d.location(), c.location()) || !placeNamed(c)) && top(d) > v) return true;
        }
        return false;
    }

    /** Whether the claim's sentence names its place ("killed 30 in Peru"), rather than taking the article's. */
    private static boolean placeNamed(ExtractedClaim c) {
        return c.location() != null && c.sentence().contains(c.location().split(",")[0].trim());
    }

    private static double top(ExtractedClaim c) {
        Double v = c.high() != null ? c.high() : c.value();
        return v == null ? Double.NaN : v;
    }

    private static boolean sameSentence(ExtractedClaim a, ExtractedClaim b) {
        return a.paragraphIndex() == b.paragraphIndex() && a.sentence().equals(b.sentence());
    }

    /** "Monday's explosion left 25": a weekday's possessive a few words before the figure, no punctuation between. */
    static boolean namedDayBefore(ExtractedClaim c) {
        String s = c.sentence().toLowerCase(java.util.Locale.ROOT);
        int end = Math.min(c.spanStart(), s.length());
        int best = -1;
        int bestEnd = -1;
        for (String day : WEEKDAYS) {
            for (String mark : new String[] {"'s", "\u2019s"}) {
                int at = s.lastIndexOf(day + mark, end);
                if (at > best && (at == 0 || !Character.isLetter(s.charAt(at - 1))) && at + day.length() + 2 <= end) {
                    best = at;
                    bestEnd = at + day.length() + 2;
                }
            }
        }
        return best >= 0 && plainWords(s, bestEnd, end) <= MAX_WORDS_BETWEEN;
    }

    /** Words between two offsets, or more than the limit when a comma, colon or semicolon parts them. */
    private static int plainWords(String s, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            char ch = s.charAt(k);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '.') return MAX_WORDS_BETWEEN + 1;
            boolean letter = !Character.isWhitespace(ch);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private static ExtractedClaim previous(ExtractedClaim c) {
        return new ExtractedClaim(c.paragraphIndex(), c.sentence(), c.spanStart(), c.spanEnd(), c.text(), c.metric(), c.kind(),
                c.countType(), c.value(), c.low(), c.high(), c.qualifier(), c.subject(), c.location(), c.period(),
                c.attribution(), ClaimRole.PREVIOUS, c.placePath());
    }
}
