package io.figurewire.topology;

/**
 * Names of every processor-owned state store and internal topic. Changelog topics follow
 * as {@code <application.id>-<store>-changelog}, repartition topics as
 * {@code <application.id>-<name>-repartition}; they are part of the deployment contract.
 */
public final class StoreNames {

    /**
     * window store: paragraphs kept within the dedup window, one entry per batch they came in
     * (see StoredSightings, SightingBatch). Entries of one kept paragraph each, under its
     * fingerprint, are the layout of earlier versions: still read after an upgrade until they
     * expire. It also held the candidate-key pointers once, which an older changelog still
     * restores into it, unread. Renamed from "paragraph-sightings" when its values became binary,
     * so that no instance restores the old text form into it.
     */
    public static final String PARAGRAPH_SIGHTINGS = "dedup-sightings";
    /**
     * window store, no changelog: the exact and candidate-key pointers of the sightings (see
     * StoredSightings, SightingPointer), derived from them again whenever the dedup task starts.
     * Was "dedup-candidates" while its pointers named a sighting by fingerprint alone: renamed with
     * the format (nothing to migrate: it is derived), so that no old pointer is misread.
     */
    public static final String PARAGRAPH_CANDIDATES = "dedup-sighting-pointers";
    /**
     * key-value store: claims waiting to be applied to the table, keyed in the order they will
     * be (article arrival, publication, article id, metric, reading order; see figures/ArrivalOrder)
     */
    public static final String PENDING_REPORTS = "pending-reports";
    /**
     * key-value store: paragraph batches waiting for their dedup verdicts, keyed in the order they
     * will be judged (article arrival, publication, article id, batch key, first index). Was
     * "pending-paragraphs" while it held one paragraph per entry: renamed with the format, so that
     * no instance restores the old form into it (README, upgrading).
     */
    public static final String PENDING_PARAGRAPHS = "pending-paragraph-batches";
    /**
     * key-value store: per family of keys (metric name and period) the keys that got reports,
     * with their place paths and last publication, for joining a coarse key to a finer one (see
     * figures/KeyJoin, StoredKeys); entries go once inactive
     */
    public static final String KEY_JOIN = "key-join";
    /**
     * repartition: one article's current claims of one key family (the metric's name, "killed"),
     * so that a coarse key and the finer keys inside it are decided in one task, with the
     * progress marks of the dedup tasks (see ArrivalBuffer). Was "reports-by-count-type", one
     * claim per record, read from the claims topic.
     */
    public static final String REPORTS_BY_COUNT_TYPE = "report-batches-by-count-type";
    /**
     * key-value store: metric + article id → the report that article counts as on the metric's
     * row (see CountedReports): a row's history keeps 20 reports, and an article whose reports
     * reach the table in two parts must be known as counted after it has left them.
     */
    public static final String COUNTED_REPORTS = "counted-reports";
    /** versioned store: metric → the latest figure by publication time */
    public static final String LATEST_FIGURES = "latest-figures";
    /**
     * key-value view of the figures topic for the HTTP API: IQv2 cannot range-scan a versioned
     * store, and this view only ever holds committed rows (its source is the figures topic).
     */
    public static final String FIGURES_VIEW = "figures-view";
    /**
     * repartition: per article, one batch of the paragraphs that go to one dedup partition
     * (partition of the near-duplicate routing key, a hash of the lead words, numbers masked; see
     * text/NearDuplicates and DedupPartitions), so repeats, revisions and near-duplicates meet.
     * Was "paragraphs-by-fingerprint", one record per paragraph.
     */
    public static final String PARAGRAPHS_BY_FINGERPRINT = "paragraph-batches-by-fingerprint";
    /** repartition: cleaned article shells keyed by article id, to be gathered with their verdicts */
    public static final String ARTICLE_SHELLS_BY_ID = "article-shells-by-id";
    /**
     * repartition: the verdicts of one batch (kept or dropped, one per paragraph) keyed by article
     * id. Was "paragraph-verdicts-by-article", one record per paragraph.
     */
    public static final String PARAGRAPH_VERDICTS_BY_ARTICLE = "verdict-batches-by-article";
    /**
     * key-value store: article id → its shell and the verdicts so far, in one entry, until the
     * article is complete. Replaces "article-shells" (the shell) and "article-verdict-batches"
     * (one entry per verdict batch) of earlier versions.
     */
    public static final String ARTICLE_GATHERING = "article-gathering";

    private StoreNames() {
    }
}
