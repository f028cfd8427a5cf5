package io.figurewire.producer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Ingest time that never repeats: each reading is at least a millisecond after the previous
 * one. {@code received} is how the figures stage orders articles by arrival, and a file is
 * read faster than the clock ticks; with equal stamps a late item in a wire would tie with the
 * newer one it follows instead of arriving after it.
 */
public final class IngestClock extends Clock {

    private final Clock base;
    private long last = Long.MIN_VALUE;

    public IngestClock(Clock base) {
        this.base = base;
    }

    public static IngestClock system() {
        return new IngestClock(Clock.systemUTC());
    }

    @Override
    public synchronized Instant instant() {
        long now = base.millis();
        last = last == Long.MIN_VALUE ? now : Math.max(now, last + 1);
        return Instant.ofEpochMilli(last);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new IngestClock(base.withZone(zone));
    }
}
