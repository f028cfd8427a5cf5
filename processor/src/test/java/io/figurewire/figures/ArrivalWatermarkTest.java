package io.figurewire.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArrivalWatermarkTest {

    @Test
    void nothingIsKnownUntilEverySourceHasMarked() {
        ArrivalWatermark w = new ArrivalWatermark(3);
        assertThat(w.advance(0, 3, 100)).isFalse();
        assertThat(w.advance(2, 3, 300)).isFalse();
        assertThat(w.bound()).isEmpty();
        assertThat(w.advance(1, 3, 200)).isTrue();
        assertThat(w.bound()).hasValue(100);
    }

    @Test
    void theBoundIsTheSlowestSourceAndNeverGoesBack() {
        ArrivalWatermark w = new ArrivalWatermark(2);
        w.advance(0, 2, 100);
        w.advance(1, 2, 150);
        assertThat(w.advance(0, 2, 400)).as("the slowest source moved").isTrue();
        assertThat(w.bound()).hasValue(150);
        assertThat(w.advance(0, 2, 450)).as("a source ahead of the slowest moves only itself").isFalse();
        assertThat(w.bound()).hasValue(150);
        assertThat(w.advance(1, 2, 120)).as("an older mark of a source that reread its input").isFalse();
        assertThat(w.bound()).hasValue(150);
        assertThat(w.advance(1, 2, 500)).isTrue();
        assertThat(w.bound()).hasValue(450);
    }

    @Test
    void aResetForgetsTheMarks() {
        ArrivalWatermark w = new ArrivalWatermark(1);
        w.advance(0, 1, 100);
        w.reset();
        assertThat(w.bound()).isEmpty();
        w.advance(0, 1, 50);
        assertThat(w.bound()).hasValue(50);
    }

    @Test
    void aMarkFromATopologyOfAnotherWidthIsRefused() {
        ArrivalWatermark w = new ArrivalWatermark(3);
        assertThatThrownBy(() -> w.advance(0, 6, 100)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6");
        assertThatThrownBy(() -> w.advance(3, 3, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThat(w.bound()).isEmpty();
    }
}
