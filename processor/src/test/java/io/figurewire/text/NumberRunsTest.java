package io.figurewire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NumberRunsTest {

    /** The regex NumberRuns replaced, kept here as the oracle on inputs too short to overflow it. */
    static final Pattern OLD_NUMBER = Pattern.compile("\\d+(?:[.,\u00a0\u202f ]\\d+)*");
    static final Pattern OLD_GROUPING = Pattern.compile("[,\u00a0\u202f ]");

    @Test
    void revisionsMaskAlikeAndGroupingIsDropped() {
        assertThat(NumberRuns.mask("killed 57,338 and 1.2 in 10 000 homes"))
                .isEqualTo(NumberRuns.mask("killed 57,500 and 3.4 in 9 999 homes"))
                .isEqualTo("killed # and # in # homes");
        assertThat(NumberRuns.digits("killed 57,338, hurt 1.2 million.")).isEqualTo("57338 1.2");
        assertThat(NumberRuns.mask("1, 2. x")).isEqualTo("#, #. x");
    }

    @Test
    void agreesWithTheOldRegexOnRandomShortTexts() {
        Random random = new Random(11);
        String alphabet = "0123456789., \u00a0\u202fa-#";
        for (int n = 0; n < 5_000; n++) {
            String s = IntStream.range(0, random.nextInt(40)).mapToObj(i -> String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))))
                    .collect(Collectors.joining());
            assertThat(NumberRuns.mask(s)).as("mask of [%s]", s).isEqualTo(OLD_NUMBER.matcher(s).replaceAll("#"));
            assertThat(NumberRuns.digits(s)).as("digits of [%s]", s).isEqualTo(oldDigits(s));
            assertThat(NumberRuns.count(s, 1_000)).as("count of [%s]", s).isEqualTo((int) OLD_NUMBER.matcher(s).results().count());
        }
    }

    @Test
    void aPastedTableOfTwoThousandNumbersAndAMillionDigitNumberAreOneScanEach() {
        String table = IntStream.rangeClosed(1, 2_000).mapToObj(String::valueOf).collect(Collectors.joining(" "));
        assertThat(NumberRuns.mask("table: " + table + " end")).isEqualTo("table: # end");
        assertThat(NumberRuns.digits(table)).hasSize(table.length() - 1_999);
        String huge = "9".repeat(1_000_000);
        assertThat(NumberRuns.mask(huge)).isEqualTo("#");
        assertThat(ParagraphSignature.of("killed " + huge + " people").skeleton()).isEqualTo("killed # people");
    }

    @Test
    void countStopsOncePastTheLimit() {
        String many = IntStream.range(0, 10_000).mapToObj(i -> "n" + i).collect(Collectors.joining(" "));
        assertThat(NumberRuns.count(many, 200)).isEqualTo(201);
        assertThat(NumberRuns.count(many, 20_000)).isEqualTo(10_000);
    }

    private static String oldDigits(String s) {
        return OLD_NUMBER.matcher(s).results().map(m -> OLD_GROUPING.matcher(m.group()).replaceAll(""))
                .collect(Collectors.joining(" "));
    }
}
