package io.figurewire.extract;

/** One number while {@link QuantityReader} decides about it: its lexeme span, value and verdict. */
final class QuantityItem {

    int first;
    int end;
    double low;
    double high;
    boolean spelled;
    boolean quantity = true;
    String rule = "number";

    QuantityItem(int first, int end, double value, boolean spelled) {
        this.first = first;
        this.end = end;
        this.low = value;
        this.high = value;
        this.spelled = spelled;
    }

    QuantityItem skip(String why) {
        quantity = false;
        rule = why;
        return this;
    }

    QuantityItem value(double v, String why) {
        low = v;
        high = v;
        rule = why;
        return this;
    }

    boolean isInteger() {
        return low == Math.rint(low) && !Double.isInfinite(low);
    }
}
