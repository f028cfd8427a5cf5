package io.figurewire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestClockTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void readingsFasterThanTheClockStillComeInOrder() {
        IngestClock clock = new IngestClock(Clock.fixed(NOW, ZoneOffset.UTC));
        List<Instant> stamps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stamps.add(clock.instant());
        }
        assertThat(stamps).containsExactly(NOW, NOW.plusMillis(1), NOW.plusMillis(2), NOW.plusMillis(3), NOW.plusMillis(4));
    }

    @Test
    void aClockThatMovesOnIsFollowed() {
        Instant[] base = {NOW};
        Clock moving = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return base[0]; }
        };
        IngestClock clock = new IngestClock(moving);
        clock.instant();
        base[0] = NOW.plusSeconds(60);
        assertThat(clock.instant()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void theReaderStampsAFileInItsOrder() throws Exception {
        java.nio.file.Path wire = java.nio.file.Files.createTempFile("wire", ".jsonl");
        java.nio.file.Files.writeString(wire, "{\"id\":\"a\",\"body\":\"x 1\"}\n{\"id\":\"b\",\"body\":\"x 2\"}\n{\"id\":\"c\",\"body\":\"x 3\"}\n");
        List<Instant> received = new ArrayList<>();
        new ArticleReader(new IngestClock(Clock.fixed(NOW, ZoneOffset.UTC))).read(wire,
                r -> received.add(((ReadResult.Article) r).article().getReceived()));
        java.nio.file.Files.delete(wire);
        assertThat(received).isSorted().doesNotHaveDuplicates().hasSize(3);
    }
}
