package io.figurewire.extract;

import java.util.List;

/**
 * Quantities in words that the scanner leaves out or reads apart: "a third of", "two-thirds of",
 * "almost half", "one and a half", "one out of three", "one of" (1), "sixfold" (6) and
 * "1.99×10−30". Works on the scanner's items, merging or adding them; bounded look-around.
 */
final class QuantityFractions {

    private static final int MAX_IN_NUMERATOR = 10;
    private static final int MAX_IN_DENOMINATOR = 1000;

    private final QuantityWords w;
    private final List<Lexeme> lx;
    private QuantityItem[] owner;

    QuantityFractions(QuantityWords w, List<Lexeme> lx) {
        this.w = w;
        this.lx = lx;
    }

    void apply(List<QuantityItem> items) {
        index(items);
        for (int k = 0; k < lx.size(); k++) {
            Lexeme l = lx.get(k);
            if (l.isPunct() && w.vulgarFractions.containsKey(l.text())) vulgar(items, k);
            if (!l.isWord() || (owner[k] != null && owner[k].quantity)) continue;
            if (w.fractionDenominators.containsKey(l.lower())) fraction(items, k);
            else if (l.is("one") && owner[k] == null) oneOf(items, k);
            else if (l.lower().endsWith(w.foldSuffix) && owner[k] == null) fold(items, k);
        }
        for (int i = 0; i < items.size(); i++) {
            QuantityItem a = items.get(i);
            if (a.quantity) outOf(items, a);
            if (a.quantity) scientific(items, a);
        }
    }

    private void index(List<QuantityItem> items) {
        owner = new QuantityItem[lx.size()];
        for (QuantityItem it : items) for (int k = it.first; k < it.end; k++) owner[k] = it;
    }

    /** "a third of", "two-thirds of", "One fourth of", "almost half", "one and a half". */
    private void fraction(List<QuantityItem> items, int k) {
        double den = w.fractionDenominators.get(lx.get(k).lower());
        boolean of = at(k + 1) != null && at(k + 1).is("of");
        int p = k - 1;
        boolean hyphen = at(p) != null && at(p).isDash() && !lx.get(k).spaceBefore();
        if (hyphen) p--;
        Lexeme prev = at(p);
        // "one-third", "two thirds", "a fifth are": no ordinal reads so; "a third time" does
        boolean sure = of || den == 2 || hyphen || lx.get(k).lower().endsWith("s") || standsAlone(k + 1);
        if (prev == null) {
            if (den == 2 && of) add(items, new QuantityItem(k, k + 1, 0.5, true).value(0.5, "fraction: half of"));
            return;
        }
        QuantityItem num = owner[p];
        if (num != null && num.quantity && num.isInteger() && num.low >= 1 && num.low <= 20 && num.end == p + 1 && sure) {
            num.end = k + 1;
            num.low = num.high = num.low / den;
            num.rule = "fraction in words";
            drop(items, k);
            claim(num);
        } else if ((prev.is("a") || prev.is("an")) && (of || standsAlone(k + 1)) && den != 2) {
            replace(items, k, new QuantityItem(p, k + 1, 1 / den, true).value(1 / den, "fraction in words"));
        } else if (den == 2 && (prev.is("a") || prev.is("an")) && at(p - 1) != null && at(p - 1).is("and")
                && owner[p - 2 < 0 ? 0 : p - 2] != null && owner[p - 2].quantity && owner[p - 2].end == p - 1) {
            QuantityItem n = owner[p - 2];
            n.end = k + 1;
            n.low = n.high = n.low + 0.5;
            n.rule = "'and a half'";
        } else if (den == 2 && owner[k] == null && (w.halfQualifiers.contains(prev.lower())
                || (of && !w.notFractionBefore.contains(prev.lower()) && !NumberWords.ORDINALS.containsKey(prev.lower())))) {
            add(items, new QuantityItem(k, k + 1, 0.5, true).value(0.5, "fraction: half"));
        }
    }

    /** "½ cup", "1 ½ hours", "2¾ miles": a fraction sign, added to a whole number right before it. */
    private void vulgar(List<QuantityItem> items, int k) {
        double v = w.vulgarFractions.get(lx.get(k).text());
        QuantityItem whole = k > 0 ? owner[k - 1] : null;
        if (whole != null && whole.quantity && whole.isInteger() && whole.low >= 0 && whole.end == k) {
            whole.end = k + 1;
            whole.low = whole.high = whole.low + v;
            whole.rule = "whole number and fraction sign";
            claim(whole);
        } else {
            add(items, new QuantityItem(k, k + 1, v, false).value(v, "fraction sign"));
        }
    }

    /** "a fifth are obese", "a third said": the fraction ends its noun phrase; "a third time" is an ordinal. */
    private boolean standsAlone(int k) {
        Lexeme n = at(k);
        return n == null || n.isPunct() || w.functionWords.contains(n.lower());
    }

    /**
     * "one of the best screens" counts 1, and so does "only one person" (for claims the scanner
     * reads both as pronouns); "the only one who" stays a pronoun.
     */
    private void oneOf(List<QuantityItem> items, int k) {
        Lexeme prev = at(k - 1);
        boolean of = at(k + 1) != null && at(k + 1).is("of");
        boolean only = prev != null && prev.is("only") && !(at(k - 2) != null && w.notOneOfBefore.contains(at(k - 2).lower()));
        if (!of && !only) return;
        if (prev != null && w.notOneOfBefore.contains(prev.lower())) return;
        add(items, new QuantityItem(k, k + 1, 1, true).value(1, of ? "'one of' counts 1" : "'only one' counts 1"));
    }

    /** "sixfold", "tenfold". */
    private void fold(List<QuantityItem> items, int k) {
        String word = lx.get(k).lower();
        Integer n = w.numberWords.get(word.substring(0, word.length() - w.foldSuffix.length()));
        if (n != null) add(items, new QuantityItem(k, k + 1, n, true).value(n, "multiplier: -fold"));
    }

    /** "one out of three" is a third, "one in five adults" a fifth. */
    private void outOf(List<QuantityItem> items, QuantityItem a) {
        int k = a.end;
        int gap;
        if (at(k) != null && at(k + 1) != null && at(k).is("out") && at(k + 1).is("of")) gap = 2;
        else if (at(k) != null && at(k).is("in") && a.isInteger() && a.low <= MAX_IN_NUMERATOR) gap = 1;
        else return;
        QuantityItem b = owner[Math.min(k + gap, lx.size() - 1)];
        if (b == null || b == a || !b.quantity || b.first != k + gap || b.low <= a.low || !b.isInteger()) return;
        if (gap == 1 && (b.low > MAX_IN_DENOMINATOR || w.unitAt(lx, b.end))) return; // "2 in 10 days"
        a.end = b.end;
        a.low = a.high = a.low / b.low;
        a.rule = "fraction: 'out of'";
        items.remove(b);
        claim(a);
    }

    /** "1.99×10−30", "3 x 10^8": one number in scientific notation. */
    private void scientific(List<QuantityItem> items, QuantityItem a) {
        int k = a.end;
        Lexeme times = at(k), ten = at(k + 1);
        if (times == null || ten == null || !(times.isPunct('×') || times.is("x")) || !ten.text().equals("10")) return;
        int j = k + 2;
        if (at(j) != null && at(j).isPunct('^')) j++;
        boolean neg = at(j) != null && at(j).isDash();
        if (neg) j++;
        if (at(j) == null || !at(j).isDigits() || at(j).text().length() > 3) return;
        double e = NumberScanner.parseDigits(at(j).text());
        for (int q = k; q <= j; q++) if (owner[q] != null && owner[q] != a) items.remove(owner[q]);
        a.end = j + 1;
        a.low = a.high = a.low * Math.pow(10, neg ? -e : e);
        a.rule = "scientific notation";
        claim(a);
    }

    private void add(List<QuantityItem> items, QuantityItem it) {
        items.add(it);
        claim(it);
    }

    private void claim(QuantityItem it) {
        for (int k = it.first; k < it.end; k++) owner[k] = it;
    }

    private void replace(List<QuantityItem> items, int k, QuantityItem it) {
        drop(items, k);
        add(items, it);
    }

    private void drop(List<QuantityItem> items, int k) {
        if (owner[k] != null) {
            QuantityItem old = owner[k];
            items.remove(old);
            for (int q = old.first; q < old.end; q++) owner[q] = null;
        }
    }

    private Lexeme at(int k) {
        return QuantityReader.at(lx, k);
    }
}
