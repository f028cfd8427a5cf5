package io.figurewire.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one place topic names are made. Every name takes an optional common prefix so that
 * several figurewire deployments can share a cluster ({@code --topic-prefix staging.}).
 */
public final class Topics {

    public static final String RAW = "articles.raw";
    public static final String DLQ = "articles.dlq";
    public static final String PARAGRAPHS = "paragraphs";
    public static final String CLEAN = "articles.clean";
    public static final String CLAIMS = "claims";
    public static final String FIGURES = "figures";
    public static final String FIGURE_CHANGES = "figure-changes";

    private final String prefix;

    public Topics(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public static Topics unprefixed() {
        return new Topics("");
    }

    public String prefix() {
        return prefix;
    }

    public String raw() { return prefix + RAW; }
    public String dlq() { return prefix + DLQ; }
    public String paragraphs() { return prefix + PARAGRAPHS; }
    public String clean() { return prefix + CLEAN; }
    public String claims() { return prefix + CLAIMS; }
    public String figures() { return prefix + FIGURES; }
    public String figureChanges() { return prefix + FIGURE_CHANGES; }

    /** {@code claims.killed}, {@code claims.hostages}: one topic per count type. */
    public String claimsOf(String countType) {
        Objects.requireNonNull(countType, "countType");
        String safe = countType.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        return claims() + "." + safe;
    }

    /** The claims topic a claim of this count type goes to; types without their own topic go to claims.other. */
    public String claimsTopicFor(String countType) {
        String type = countType == null ? "other" : countType.toLowerCase(Locale.ROOT);
        return claimsOf(KNOWN_COUNT_TYPES.contains(type) ? type : "other");
    }

    /** The count types that get their own claims topic, created up front so consumers can subscribe before data flows. */
    public static final List<String> KNOWN_COUNT_TYPES = List.of(
            "killed", "injured", "missing", "hostages", "released", "arrested", "displaced",
            "evacuated", "affected", "damaged", "destroyed", "rescued", "strikes", "other", "duration");

    /** Topics that are tables: compacted, a key's last value is what matters. */
    public List<String> compacted() {
        return List.of(figures());
    }

    /** Every topic figurewire reads or writes, in data-flow order. */
    public List<String> all() {
        List<String> all = new ArrayList<>(List.of(raw(), dlq(), paragraphs(), clean(), claims()));
        KNOWN_COUNT_TYPES.forEach(t -> all.add(claimsOf(t)));
        all.add(figures());
        all.add(figureChanges());
        return all;
    }
}
