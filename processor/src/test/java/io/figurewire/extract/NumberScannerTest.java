package io.figurewire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Digits after a spelled scale word: a new number, unless another scale word follows them. */
class NumberScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The plant fills eight million 330ml cans a year. | 8000000.0",
            "The fund holds two million 500 thousand shares. | 2500000.0",
            "They counted 3 million 200 thousand votes. | 3200000.0",
            "About four thousand 20-litre drums were sent. | 4000.0"})
    void digitsAfterAScaleWordStartANewNumberUnlessAScaleFollows(String sentence, double first) {
        assertThat(NumberScanner.scan(sentence).get(0).value()).isEqualTo(first);
    }
}
