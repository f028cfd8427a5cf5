package io.figurewire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quantity reader behind {@code explain --numbers}, on invented sentences (quantity-rows.tsv),
 * one group of rows per construction it reads or refuses.
 */
class QuantityReaderTest {

    static Stream<Arguments> rows() throws IOException {
        try (InputStream in = QuantityReaderTest.class.getResourceAsStream("quantity-rows.tsv")) {
            List<Arguments> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(Arguments.of(f[0], f[1], f[2]));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void readsTheQuantitiesOfTheRow(String construction, String sentence, String expected) {
        List<String> want = expected.equals("none") ? List.of() : Arrays.asList(expected.split(";"));
        List<Quantity> got = QuantityReader.quantities(sentence);
        assertThat(got).as("%s: %s -> %s", construction, sentence, QuantityReader.read(sentence)).hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
            String[] parts = want.get(i).split("~");
            double low = Double.parseDouble(parts[0]);
            double high = Double.parseDouble(parts[parts.length - 1]);
            Quantity q = got.get(i);
            assertThat(q.isRange()).as("%s is a range: %s", want.get(i), q).isEqualTo(parts.length == 2);
            assertThat(q.low()).as("low of %s", q).isCloseTo(low, org.assertj.core.data.Percentage.withPercentage(1e-6));
            assertThat(q.high()).as("high of %s", q).isCloseTo(high, org.assertj.core.data.Percentage.withPercentage(1e-6));
        }
    }

    @Test
    void everySkippedNumberNamesTheRuleThatSkippedIt() {
        List<Quantity> all = QuantityReader.read("On March 3, 2019, at 9:30, Apple Watch 3 buyers and 40,000 fans came to the 21st edition.");
        assertThat(all).filteredOn(q -> !q.quantity()).extracting(Quantity::text, Quantity::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("3", "date"),
                org.assertj.core.groups.Tuple.tuple("2019", "year"),
                org.assertj.core.groups.Tuple.tuple("9:30", "clock time or date"),
                org.assertj.core.groups.Tuple.tuple("3", "name or reference ('Game 2', 'iPhone 11')"),
                org.assertj.core.groups.Tuple.tuple("21st", "ordinal"));
        assertThat(all).filteredOn(Quantity::quantity).extracting(Quantity::text).containsExactly("40,000");
    }

    @Test
    void spansPointAtTheTextOfEachQuantity() {
        String s = "Shares fell -2.5% after the firm lost $3bn in two days.";
        assertThat(QuantityReader.quantities(s)).extracting(Quantity::text).containsExactly("-2.5", "$3bn".substring(1), "two");
    }

    @Test
    void randomRunsOfNumberPiecesNeverThrowAndSpansStayInTheText() {
        String[] pieces = {"1", "2,000", "0.5", "-", "–", " ", "to", "from", "between", "and", "or", "a", "third", "half",
                "of", "one", "out", "in", "×", "10", "^", "$", "US", "m", "bn", "%", "½", "/", "4", ":", "(", ")", "Game",
                "May", "2019", "s", "sub", "minus", "fold", "six", "million", "dozens", "thousands", "aged", ",", ".", "p.m"};
        java.util.Random r = new java.util.Random(11);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 1 + r.nextInt(25); k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
                if (r.nextBoolean()) b.append(' ');
            }
            String text = b.toString();
            for (Quantity q : QuantityReader.read(text)) {
                assertThat(q.start()).as(text).isBetween(0, q.end());
                assertThat(text.substring(q.start(), q.end())).as(text).isEqualTo(q.text());
                assertThat(q.low()).as(text).isLessThanOrEqualTo(q.high());
            }
        }
    }

    @Test
    void pathologicalInputIsReadWithinItsBound() {
        String noise = "1-2 to 3 of a third 1,000,000 ×10^-5 from $4 to $5 billion one out of ".repeat(5_000);
        List<Quantity> all = QuantityReader.read(noise);
        assertThat(all).isNotEmpty();
        assertThat(all.get(all.size() - 1).end()).isLessThanOrEqualTo(ClaimExtractor.MAX_PARAGRAPH_CHARS);
    }
}
