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
    /**
     * key-value view of the figures topic for the HTTP API: IQv2 cannot range-scan a versioned
     * store, and this view only ever holds committed rows (its source is the figures topic).
     */
    public static final String FIGURES_VIEW = "figures-view";
    /** repartition: paragraphs keyed by masked fingerprint, so repeats and revisions meet */
    public static final String PARAGRAPHS_BY_FINGERPRINT = "paragraphs-by-fingerprint";

    private StoreNames() {
    }
}
