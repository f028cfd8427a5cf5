package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Numeric ranges and bounds in text: "between 20 and 30", "1000–5000", "more than 40",
 * "no less than 30", "up to 700", "greater than 100 and smaller than 300". Built on the same
 * {@link NumberScanner} and {@link QualifierReader} as claim extraction, so a range found
 * here is a range the extractor understands. Two-sided ranges ("between a and b") are closed:
 * a news figure "between 10 and 20" includes 20.
 */
public final class NumberRanges {

    /** A bound range; a null bound is open-ended. */
    public record Range(int start, int end, String text, Double low, boolean lowInclusive, Double high, boolean highInclusive,
                        Qualifier qualifier) {
    }

    /** The two ends of a range before it is placed in the text; a null end is open. */
    private record Ends(Double low, boolean lowInclusive, Double high, boolean highInclusive) {
    }

    private NumberRanges() {
    }

    /** Ranges and bounds in the text (its first 20,000 characters). */
    public static List<Range> find(String input) {
        String text = ClaimExtractor.bounded(input);
        List<Lexeme> lx = Lexer.lex(text);
        List<NumberMention> ms = new ArrayList<>(NumberScanner.scan(text, lx));
        addHalves(lx, ms, text);
        List<Range> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            NumberMention m = ms.get(i);
            if (m.shape() != NumberMention.Shape.NUMBER) continue;
            // two numbers joined into a range
            if (i + 1 < ms.size() && m.endLexeme() + 1 == ms.get(i + 1).firstLexeme()) {
                NumberMention b = ms.get(i + 1);
                Lexeme g = lx.get(m.endLexeme());
                int s = m.firstLexeme();
                boolean join = g.isDash() || g.is("through") || g.is("to")
                        || (g.is("and") && s > 0 && lx.get(s - 1).is("between"));
                if (join && b.shape() == NumberMention.Shape.NUMBER && m.value() < b.value()) {
                    if (s > 0 && (lx.get(s - 1).is("between") || lx.get(s - 1).is("from"))) s--;
                    out.add(range(text, lx, s, b.endLexeme(), new Ends(m.value(), true, b.value(), true), Qualifier.RANGE));
                    i++;
                    continue;
                }
            }
            QualifierReader.Read after = QualifierReader.after(lx, m.endLexeme());
            QualifierReader.Read before = QualifierReader.before(lx, m.firstLexeme());
            Range r = null;
            if (after != null && (before.qualifier() == Qualifier.EXACT || before.qualifier() == Qualifier.ABOUT)) {
                r = bound(text, lx, m.firstLexeme(), after.afterEnd(), m.value(), after.qualifier());
            } else if (before.qualifier() != Qualifier.EXACT && before.qualifier() != Qualifier.ABOUT
                    && before.qualifier() != Qualifier.NEARLY) {
                r = bound(text, lx, before.first(), m.endLexeme(), m.value(), before.qualifier());
            }
            if (r == null) continue;
            // "greater than 100 and smaller than 300": one lower and one upper bound make one range
            if (!out.isEmpty()) {
                Range prev = out.get(out.size() - 1);
                int gapStart = endLexemeOf(lx, prev.end());
                if (gapStart >= 0 && gapStart < lx.size() && lx.get(gapStart).is("and") && gapStart + 1 == startLexemeOf(lx, r.start())) {
                    Range merged = merge(text, prev, r);
                    if (merged != null) {
                        out.set(out.size() - 1, merged);
                        continue;
                    }
                }
            }
            out.add(r);
        }
        return out;
    }

    /** "more than half": a bare half after a comparative. */
    private static void addHalves(List<Lexeme> lx, List<NumberMention> ms, String text) {
        for (int k = 1; k < lx.size(); k++) {
            if (!lx.get(k).is("half")) continue;
            if (QualifierReader.before(lx, k).qualifier() == Qualifier.EXACT) continue;
            boolean covered = false;
            for (NumberMention m : ms) covered |= k >= m.firstLexeme() && k < m.endLexeme();
            if (covered) continue;
            Lexeme l = lx.get(k);
            NumberMention h = new NumberMention(l.start(), l.end(), l.text(), 0.5, NumberMention.Shape.NUMBER, true, k, k + 1);
            int at = 0;
            while (at < ms.size() && ms.get(at).firstLexeme() < k) at++;
            ms.add(at, h);
        }
    }

    private static Range bound(String text, List<Lexeme> lx, int first, int end, double v, Qualifier q) {
        return switch (q) {
            case MORE_THAN -> range(text, lx, first, end, new Ends(v, false, null, false), q);
            case AT_LEAST -> range(text, lx, first, end, new Ends(v, true, null, false), q);
            case LESS_THAN -> range(text, lx, first, end, new Ends(null, false, v, false), q);
            case UP_TO -> range(text, lx, first, end, new Ends(null, false, v, true), q);
            default -> null;
        };
    }

    private static Range merge(String text, Range a, Range b) {
        Range lower = a.low() != null && a.high() == null ? a : b.low() != null && b.high() == null ? b : null;
        Range upper = a.high() != null && a.low() == null ? a : b.high() != null && b.low() == null ? b : null;
        if (lower == null || upper == null || lower == upper || lower.low() >= upper.high()) return null;
        return new Range(a.start(), b.end(), text.substring(a.start(), b.end()), lower.low(), lower.lowInclusive(),
                upper.high(), upper.highInclusive(), Qualifier.RANGE);
    }

    private static int endLexemeOf(List<Lexeme> lx, int charEnd) {
        for (int k = 0; k < lx.size(); k++) if (lx.get(k).start() >= charEnd) return k;
        return -1;
    }

    private static int startLexemeOf(List<Lexeme> lx, int charStart) {
        for (int k = 0; k < lx.size(); k++) if (lx.get(k).start() == charStart) return k;
        return -1;
    }

    private static Range range(String text, List<Lexeme> lx, int first, int end, Ends ends, Qualifier q) {
        int s = lx.get(first).start();
        int e = lx.get(end - 1).end();
        return new Range(s, e, text.substring(s, e), ends.low(), ends.lowInclusive(), ends.high(), ends.highInclusive(), q);
    }
}
