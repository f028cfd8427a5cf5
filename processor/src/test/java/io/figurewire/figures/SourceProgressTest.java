package io.figurewire.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code upTo(now, now)}: a partition seen at its end just now, as in the tests before the end check. */
class SourceProgressTest {

    static final Duration LATENESS = Duration.ofSeconds(3);

    @Test
    void whileArticlesComeItVouchesForWhatArrivedBeforeTheLastOne() {
        SourceProgress p = new SourceProgress(LATENESS, 0);
        assertThat(p.upTo(100, 100)).isEmpty();
        p.read(5_000, 200);
        p.read(5_010, 300);
        assertThat(p.upTo(400, 400)).hasValue(5_009);
    }

    @Test
    void anIdlePartitionVouchesForEverythingUpToTheLatenessAgo() {
        SourceProgress p = new SourceProgress(LATENESS, 10_000);
        assertThat(p.upTo(12_999, 12_999)).isEmpty();
        assertThat(p.upTo(13_000, 13_000)).hasValue(10_000);
        assertThat(p.upTo(20_000, 20_000)).hasValue(17_000);
    }

    @Test
    void afterAPauseEverythingReadIsCoveredEvenWhenItsClockRunsAhead() {
        SourceProgress p = new SourceProgress(LATENESS, 0);
        p.read(90_000, 1_000);
        assertThat(p.upTo(2_000, 2_000)).hasValue(89_999);
        assertThat(p.upTo(4_000, 4_000)).as("the last article itself, once idle").hasValue(90_000);
    }

    @Test
    void aLateArticleNeverMovesTheMarkBack() {
        SourceProgress p = new SourceProgress(LATENESS, 0);
        p.read(5_000, 100);
        p.read(4_000, 200);
        assertThat(p.upTo(300, 300)).hasValue(4_999);
    }

    @Test
    void anIdlePartitionWithABacklogStillInKafkaVouchesForNothingMore() {
        // the stream thread was busy (or blocked committing) and has not fetched the rest yet: no read
        // for the lateness says nothing while the partition's end lies beyond what was read
        SourceProgress p = new SourceProgress(LATENESS, 0);
        p.read(5_000, 1_000);
        assertThat(p.upTo(10_000, SourceProgress.NOT_CAUGHT_UP)).hasValue(4_999);
        SourceProgress fresh = new SourceProgress(LATENESS, 0);
        assertThat(fresh.upTo(10_000, SourceProgress.NOT_CAUGHT_UP)).isEmpty();
    }

    @Test
    void anIdlePartitionSeenAtItsEndVouchesUpToTheLatenessBeforeItWasSeenThere() {
        SourceProgress p = new SourceProgress(LATENESS, 0);
        p.read(5_000, 1_000);
        assertThat(p.upTo(20_000, 12_000)).hasValue(9_000);
        assertThat(p.upTo(20_000, 25_000)).as("a sighting newer than the clock counts as now").hasValue(17_000);
    }
}
