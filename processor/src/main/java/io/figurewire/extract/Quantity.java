package io.figurewire.extract;

/**
 * A number read by {@link QuantityReader}: a value ({@code low == high}) or a range, with the
 * rule that decided it. {@code quantity} is false for numbers that are not quantities (a year,
 * a date, a clock time, an ordinal, a name such as "Game 2"); {@code rule} then says which.
 */
public record Quantity(int start, int end, String text, double low, double high, boolean quantity, String rule) {

    public boolean isRange() {
        return low != high;
    }

    public double value() {
        return low;
    }
}
