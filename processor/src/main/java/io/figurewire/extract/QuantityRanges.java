package io.figurewire.extract;

import java.util.List;

/**
 * Joins two numbers into one range, as the NewsQuant set writes them: "5% to 10%", "between $62
 * and $68", "from 240 to 273", "$89 to $93 billion" (the scale word serves both), "three or four
 * years", "14-18 mpg". Not a range: a change and its result ("rose 9.4% to $84", "by $43.6
 * billion to $419.2 billion"), a score ("2-1"), or half of a date or name ("Sept. 20-24").
 */
final class QuantityRanges {

    private static final int MAX_UNIT_WORDS = 3;
    private static final int MAX_FROM_GAP = 8;
    private static final int MAX_SCORE = 200;

    private final QuantityWords w;
    private final List<Lexeme> lx;

    QuantityRanges(QuantityWords w, List<Lexeme> lx) {
        this.w = w;
        this.lx = lx;
    }

    void join(List<QuantityItem> items) {
        for (int i = 0; i + 1 < items.size(); i++) {
            QuantityItem a = items.get(i), b = items.get(i + 1);
            if (tightDash(a, b) || spacedDash(a, b)) {
                if (dashOfSkipped(a, b) || score(a, b)) continue;
            }
            if (!a.quantity || a.low != a.high) continue;
            if (b.quantity && b.low == b.high && joins(a, b)) {
                merge(items, a, b);
            } else {
                fromTo(items, a);
            }
        }
    }

    private void merge(List<QuantityItem> items, QuantityItem a, QuantityItem b) {
        a.end = b.end;
        a.high = b.low;
        a.rule = "range";
        items.remove(b);
        Lexeme lead = lead(a);
        if (lead != null && w.ageCues.contains(lead.lower())) a.skip("age group ('aged 25 to 54')");
    }

    /**
     * "from 20 miles per gallon in 2008 to 29 mpg": after "from", the number after the next "to"
     * closes the range, whatever stands between (within a few words, no comma, no other quantity).
     */
    private void fromTo(List<QuantityItem> items, QuantityItem a) {
        Lexeme lead = lead(a);
        if (lead == null || !lead.is("from")) return;
        int idx = items.indexOf(a);
        for (int j = a.end; j < a.end + MAX_FROM_GAP && j < lx.size(); j++) {
            Lexeme l = lx.get(j);
            if (l.isPunct(',') || l.isPunct(';') || l.isPunct('(')) return;
            if (!l.is("to")) continue;
            int k = j + 1;
            while (k < lx.size() && k <= j + 2 && w.isCurrency(lx.get(k))) k++;
            for (int q = idx + 1; q < items.size() && items.get(q).first <= k; q++) {
                QuantityItem b = items.get(q);
                if (b.first == k && b.quantity && b.low == b.high && scaled(a, b) < b.low) {
                    a.low = scaled(a, b);
                    merge(items, a, b);
                    return;
                }
                if (b.quantity) return;
            }
            return;
        }
    }

    private boolean tightDash(QuantityItem a, QuantityItem b) {
        Lexeme d = at(a.end);
        return d != null && d.isDash() && b.first == a.end + 1 && !d.spaceBefore() && !lx.get(b.first).spaceBefore();
    }

    /** "2000 - 2500"; not "Stoxx 50 -1.3%", where the dash is the sign of the second number. */
    private boolean spacedDash(QuantityItem a, QuantityItem b) {
        Lexeme d = at(a.end);
        return d != null && d.isDash() && b.first == a.end + 1 && !isSign(d, b);
    }

    private boolean isSign(Lexeme dash, QuantityItem b) {
        return dash.spaceBefore() && !lx.get(b.first).spaceBefore();
    }

    /** "Sept. 20-24", "16-18 Industrial Avenue": when one end is no quantity, neither is the other. */
    private static boolean dashOfSkipped(QuantityItem a, QuantityItem b) {
        if (a.quantity == b.quantity) return false;
        QuantityItem skipped = a.quantity ? b : a;
        QuantityItem other = a.quantity ? a : b;
        if (skipped.rule.startsWith("ordinal")) return false;
        other.skip(skipped.rule + " (other end of a dash)");
        return true;
    }

    /** "beat Charlton 2-1", "won 112-104", "passed 68-32": whole numbers, the first not below the second. */
    private static boolean score(QuantityItem a, QuantityItem b) {
        if (!a.quantity || !b.quantity || !a.isInteger() || !b.isInteger() || a.low > MAX_SCORE || a.low < b.low) return false;
        a.skip("score");
        b.skip("score");
        return true;
    }

    private boolean joins(QuantityItem a, QuantityItem b) {
        int j = a.end;
        int units = 0;
        while (units < MAX_UNIT_WORDS && at(j) != null && isUnitWord(at(j))) {
            j++;
            units++;
        }
        int afterConnector = connector(a, b, j);
        if (afterConnector < 0) return false;
        int currencyB = 0;
        while (afterConnector < b.first && at(afterConnector) != null && (w.isCurrency(at(afterConnector)) || at(afterConnector).isPunct('~'))) {
            afterConnector++;
            currencyB++;
        }
        if (afterConnector != b.first) return false;
        if (currencyB > 0 && !(at(a.first - 1) != null && w.isCurrency(at(a.first - 1)))) return false;
        for (int u = 0; u < units; u++) {
            Lexeme ua = at(a.end + u), ub = at(b.end + u);
            if (ub == null || !ub.lower().equals(ua.lower())) return false;
        }
        // "rose 9.4% to $84" is a change and its result; "rose 2.5-3%" is a range
        Lexeme lead = lead(a), c = at(j);
        if (lead != null && w.changeWords.contains(lead.lower()) && !c.isDash()) return false;
        double low = scaled(a, b);
        if (low >= b.low) return false;
        a.low = low;
        return true;
    }

    /** Where b may start after the connector at {@code j}, or -1 when the words there join no range. */
    private int connector(QuantityItem a, QuantityItem b, int j) {
        Lexeme c = at(j);
        if (c == null) return -1;
        Lexeme lead = lead(a);
        if (c.isDash() && isSign(c, b)) return -1;
        if (c.isDash() || (c.isWord() && w.rangeConnectors.contains(c.lower()))) {
            if (at(j + 1) != null && at(j + 1).isDash()) return j + 2; // "200,000 to-260,000"
            return j + 1;
        }
        if (c.is("and") && lead != null && lead.is("between")) return j + 1;
        if (c.is("or") && a.spelled && b.spelled && a.isInteger() && b.isInteger()) return j + 1;
        if (c.is("up") && at(j + 1) != null && at(j + 1).is("to") && lead != null && lead.is("from")) return j + 2;
        return -1;
    }

    /** The word before a number and its currency or hedge: "between", "from", "by", "rose". */
    private Lexeme lead(QuantityItem a) {
        int k = a.first - 1;
        while (k >= 0 && k >= a.first - 3 && (w.isCurrency(lx.get(k)) || lx.get(k).isPunct('~') || lx.get(k).is("about"))) k--;
        return at(k);
    }

    private boolean isUnitWord(Lexeme l) {
        if (l.isPunct('%')) return true;
        return l.isWord() && !l.is("and") && !l.is("or") && !l.is("up") && !w.rangeConnectors.contains(l.lower())
                && (w.units.contains(l.lower()) || !l.isCapitalized());
    }

    /** "$89 to $93 billion", "four to five thousand": the scale word after the second number serves the first. */
    private double scaled(QuantityItem a, QuantityItem b) {
        Lexeme last = lx.get(b.end - 1), lastA = lx.get(a.end - 1);
        Double s = last.isWord() ? NumberWords.scale(last.lower()) : null;
        if (s == null && last.isWord()) s = NumberWords.suffix(last.text());
        if (s == null || s < 1000 || (lastA.isWord() && (NumberWords.scale(lastA.lower()) != null || NumberWords.suffix(lastA.text()) != null))) {
            return a.low;
        }
        return a.low < b.low / s ? a.low * s : a.low;
    }

    private Lexeme at(int k) {
        return QuantityReader.at(lx, k);
    }
}
