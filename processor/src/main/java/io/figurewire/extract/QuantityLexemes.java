package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the lexemes of a text so that {@link NumberScanner} reads the quantities it skips on
 * purpose for claims: a unit glued to its number ("640bhp", "15kHz" read 640 and 15), a currency
 * code glued before it ("USD10m", "RM79", "$US160 million"), a prefix ("sub-7", "minus-130") and
 * a lone scale letter ("8 B people"). Character spans stay those of the original text. One pass,
 * constant look-around per lexeme.
 */
final class QuantityLexemes {

    private QuantityLexemes() {
    }

    static List<Lexeme> normalize(List<Lexeme> lx, QuantityWords w) {
        List<Lexeme> out = new ArrayList<>(lx.size());
        int n = lx.size();
        for (int i = 0; i < n; i++) {
            Lexeme l = lx.get(i);
            if (l.isDigits()) {
                boolean currency = i > 0 && w.isCurrency(lx.get(i - 1));
                out.add(currency && !l.spaceBefore() && lx.get(i - 1).isWord() ? spaced(l, true) : l);
                if (i + 2 < n && lx.get(i + 1).isDash() && !lx.get(i + 1).spaceBefore() && lx.get(i + 2).isWord()
                        && !lx.get(i + 2).spaceBefore() && NumberWords.scale(lx.get(i + 2).lower()) != null
                        && NumberWords.scale(lx.get(i + 2).lower()) >= 1000) {
                    out.add(spaced(lx.get(i + 2), true)); // "a $1.2-billion budget"
                    i += 2;
                    continue;
                }
                if (i + 1 < n && lx.get(i + 1).isWord()) {
                    Lexeme unit = unitAfter(lx, i, currency, w);
                    if (unit != null) {
                        out.add(unit);
                        i++;
                    }
                }
                continue;
            }
            out.add(l);
            // "sub-7 nanometer", "minus-130 degrees", "to-260,000": the dash joins a prefix, not a name and its number
            if (l.isWord() && w.numberPrefixes.contains(l.lower()) && i + 2 < n && lx.get(i + 1).isDash()
                    && !lx.get(i + 1).spaceBefore() && lx.get(i + 2).isDigits() && !lx.get(i + 2).spaceBefore()) {
                out.add(spaced(lx.get(i + 2), true));
                i += 2;
            }
        }
        return out;
    }

    /** The word after digits at {@code i}, rewritten when the scanner would misread it; null to keep it as it is. */
    private static Lexeme unitAfter(List<Lexeme> lx, int i, boolean currency, QuantityWords w) {
        Lexeme u = lx.get(i + 1);
        boolean glued = !u.spaceBefore();
        if (!glued) {
            // "8 B people", "3.5 bn": a lone scale letter after a space still scales
            boolean lone = i + 2 >= lx.size() || !lx.get(i + 2).isWord() || lx.get(i + 2).spaceBefore();
            return w.spacedSuffixes.contains(u.text()) && lone && !u.text().equals("k") ? spaced(u, false) : null;
        }
        if (w.millionAfterGlued.contains(u.lower())
                && (currency || (i + 2 < lx.size() && lx.get(i + 2).is("of")))) {
            return new Lexeme(u.type(), u.start(), u.end(), "M", "m", false); // "$1.2m", "35m of its devices"
        }
        if (NumberWords.suffix(u.text()) != null || w.notUnitGlued.contains(u.lower()) || w.clockWords.contains(u.lower())) {
            return null;
        }
        if (u.text().equals("m") && NumberScanner.millionBeforePlural(lx, i + 2)) return null;
        return spaced(u, true); // "640bhp", "5.5kWh", "300m deep": a measure glued to its unit
    }

    private static Lexeme spaced(Lexeme l, boolean space) {
        return new Lexeme(l.type(), l.start(), l.end(), l.text(), l.lower(), space);
    }
}
