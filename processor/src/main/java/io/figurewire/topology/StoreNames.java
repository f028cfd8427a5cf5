package io.figurewire.topology;

/**
 * Names of every processor-owned state store and internal topic. Changelog topics follow
 * as {@code <application.id>-<store>-changelog}, repartition topics as
 * {@code <application.id>-<name>-repartition}; they are part of the deployment contract.
 */
public final class StoreNames {

    /** window store: masked fingerprint → paragraphs seen within the dedup window */
    public static final String PARAGRAPH_SIGHTINGS = "paragraph-sightings";
    /** versioned store: metric → the latest figure by publication time */
    public static final String LATEST_FIGURES = "latest-figures";
    /** repartition: paragraphs keyed by masked fingerprint, so repeats and revisions meet */
    public static final String PARAGRAPHS_BY_FINGERPRINT = "paragraphs-by-fingerprint";

    private StoreNames() {
    }
}
