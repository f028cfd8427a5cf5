package io.figurewire.producer;

import io.figurewire.records.RawArticle;
import java.time.Duration;
import java.time.Instant;

/**
 * What a {@code published} time outside what Kafka can carry gets. A record timestamp cannot be
 * before 1970 (the producer refuses it and, before this, aborted the whole run), and a broker
 * refuses one more than {@code log.message.timestamp.after.max.ms} ahead (one hour by default
 * since Kafka 4.0; year 9999 failed at the broker with no file:line). Such a time is not a
 * publication time anyone should order figures by: the article is sent with {@code published}
 * unknown, so it is timestamped with its ingest time like any article without a date, and the
 * reader reports {@code file:line} with the original value as a warning.
 */
public final class PublishedTimes {

    /** The broker default for how far ahead a record timestamp may be. */
    static final Duration MAX_AHEAD = Duration.ofHours(1);

    private PublishedTimes() {
    }

    /** Why this publication time is implausible, or null when it is fine (or unknown). */
    public static String implausible(Instant published, Instant received) {
        if (published == null) {
            return null;
        }
        if (published.isBefore(Instant.EPOCH)) {
            return "published " + published + " is before 1970, which a Kafka timestamp cannot carry";
        }
        if (published.isAfter(received.plus(MAX_AHEAD))) {
            return "published " + published + " is in the future";
        }
        return null;
    }

    /** The article as it will be sent, and a warning when its time had to be dropped. */
    public record Checked(RawArticle article, String warning) {
    }

    public static Checked check(RawArticle article) {
        String why = implausible(article.getPublished(), article.getReceived());
        if (why == null) {
            return new Checked(article, null);
        }
        RawArticle unknown = RawArticle.newBuilder(article).setPublished(null).build();
        return new Checked(unknown, why + "; sent with published unknown (timestamped with the ingest time)");
    }
}
