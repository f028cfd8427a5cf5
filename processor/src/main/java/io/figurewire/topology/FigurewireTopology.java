package io.figurewire.topology;

import io.figurewire.extract.ClaimExtractor;
import io.figurewire.figures.FigureBook;
import io.figurewire.figures.KeyJoin;
import io.figurewire.records.Claim;
import io.figurewire.records.ClaimBatch;
import io.figurewire.records.CleanArticle;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.schemas.Topics;
import io.figurewire.stages.ArticlePreparer;
import io.figurewire.stages.ClaimRecords;
import io.figurewire.stages.ParagraphVerdicts;
import io.figurewire.stages.PreparedArticle;
import io.figurewire.text.ArticleCleaner;
import io.figurewire.text.BoilerplateRules;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Wiring only: each stage is a named step whose logic lives in {@code text}, {@code extract},
 * {@code figures} or {@code stages}. Reads like DESIGN.md's data flow:
 * <pre>
 * articles.raw → clean-and-split → article-shells-by-id (repartition) ─────────┐
 *                     └→ key-by-fingerprint: paragraph-batches-by-fingerprint (repartition, one batch per article and
 *                        dedup partition, and every 100 ms a progress mark to every partition)
 *                          → order-paragraphs (buffer: released in article arrival order, up to the slowest sender's mark)
 *                          → dedup-paragraphs (one verdict per paragraph)
 *                            ├→ verdicts-only → verdict-batches-by-article (repartition) → gather-clean-article → articles.clean
 *                            ├→ verdict-paragraphs → kept-paragraphs → paragraphs
 *                            └→ extract-claims → claims-by-metric → claims, claims.&lt;type&gt;
 *                                   └→ key-by-count-type: report-batches-by-count-type (repartition, with the buffer's marks)
 *        → order-reports (buffer, as above) → join-keys (a coarse key to the one active finer key inside it)
 *        → latest-figure (versioned store) → figures, figure-changes
 * figures → figures-view (key-value store the HTTP API queries)
 * </pre>
 */
public final class FigurewireTopology {

    private final ProcessorSettings settings;
    private final ClaimExtractor extractor;
    private final ArticleCleaner cleaner;
    private final FigureBook book;

    public FigurewireTopology(ProcessorSettings settings, ClaimExtractor extractor, ArticleCleaner cleaner, FigureBook book) {
        this.settings = settings;
        this.extractor = extractor;
        this.cleaner = cleaner;
        this.book = book;
    }

    public static FigurewireTopology withDefaults(ProcessorSettings settings) {
        return new FigurewireTopology(settings, ClaimExtractor.withDefaultLexicon(),
                new ArticleCleaner(BoilerplateRules.defaults(), settings.textLimits()), FigureBook.defaults());
    }

    public Topology build() {
        Properties props = settings.streamsProperties();
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        Topics topics = settings.topics();
        Serde<String> keys = RecordSerdes.keys();
        Serde<ParagraphBatch> batchSerde = RecordSerdes.paragraphBatch();
        Serde<Claim> claimSerde = RecordSerdes.claim();
        // The topics consumers read are written as settings.serdes() says; stores and internal topics stay Avro.
        SerdeOptions out = settings.serdes();
        Serde<Claim> claimsOut = RecordSerdes.claim(out);
        Serde<Figure> figuresOut = RecordSerdes.figure(out);
        ArticlePreparer preparer = new ArticlePreparer(cleaner, extractor);
        ClaimRecords claimRecords = new ClaimRecords(extractor);

        builder.addStateStore(DedupStage.sightingsStore(settings));
        builder.addStateStore(DedupStage.candidateIndexStore(settings));
        builder.addStateStore(cached(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(StoreNames.ARTICLE_GATHERING), keys, RecordSerdes.gatheringArticle())));
        builder.addStateStore(Stores.versionedKeyValueStoreBuilder(
                Stores.persistentVersionedKeyValueStore(StoreNames.LATEST_FIGURES, settings.figureHistoryRetention()),
                keys, RecordSerdes.figure()));
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.PENDING_REPORTS), keys, claimSerde)));
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.COUNTED_REPORTS), keys, RecordSerdes.figureReport())));
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.PENDING_PARAGRAPHS), keys, batchSerde)));
        builder.addStateStore(cached(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.KEY_JOIN), keys, Serdes.String())));

        KStream<String, PreparedArticle> prepared = builder
                .stream(topics.raw(), Consumed.with(keys, RecordSerdes.rawArticle(out)).withName("read-articles"))
                .mapValues((RawArticle raw) -> preparer.prepare(raw), Named.as("clean-and-split"));

        // Both buffers hear from as many senders as articles.raw has partitions (ProcessorApp checks it).
        int senders = settings.partitions();
        DedupPartitions dedupPartitions = new DedupPartitions(settings.partitions());
        KStream<String, ParagraphBatch> verdicts = prepared
                .process(() -> new ParagraphRouter(dedupPartitions, senders, ProcessorSettings.ARRIVAL_LATENESS,
                        ProcessorSettings.PROGRESS_EVERY), Named.as("key-by-fingerprint"))
                .repartition(Repartitioned.with(keys, batchSerde).withStreamPartitioner(dedupPartitions)
                        .withName(StoreNames.PARAGRAPHS_BY_FINGERPRINT))
                .process(() -> new ParagraphOrderProcessor(senders, ProcessorSettings.ORDER_STALL, settings.progressEvery()),
                        Named.as("order-paragraphs"),
                        StoreNames.PENDING_PARAGRAPHS)
                .process(() -> new ParagraphDedupProcessor(settings.dedupWindow()), Named.as("dedup-paragraphs"),
                        StoreNames.PARAGRAPH_SIGHTINGS, StoreNames.PARAGRAPH_CANDIDATES);

        KStream<String, ArticlePart> shells = prepared
                .map((key, article) -> KeyValue.pair(article.clean().getId(), article.clean()), Named.as("article-shell"))
                .repartition(Repartitioned.with(keys, RecordSerdes.cleanArticle()).withName(StoreNames.ARTICLE_SHELLS_BY_ID))
                .mapValues(ArticlePart::shell, Named.as("shell-part"));
        verdicts
                .filterNot((articleId, batch) -> ProgressMarks.isMark(batch), Named.as("verdicts-only"))
                .repartition(Repartitioned.with(keys, batchSerde).withName(StoreNames.PARAGRAPH_VERDICTS_BY_ARTICLE))
                .mapValues(ArticlePart::verdicts, Named.as("verdict-part"))
                .merge(shells, Named.as("article-parts"))
                .process(() -> new CleanArticleGatherer(ProcessorSettings.CLEAN_ARTICLE_TIMEOUT), Named.as("gather-clean-article"),
                        StoreNames.ARTICLE_GATHERING)
                .to(topics.clean(), Produced.<String, CleanArticle>with(keys, RecordSerdes.cleanArticle(out)).withName("write-clean-articles"));

        KStream<String, Paragraph> kept = verdicts
                .flatMapValues(ParagraphBatch::getParagraphs, Named.as("verdict-paragraphs"))
                .filterNot((articleId, verdict) -> ParagraphVerdicts.dropped(verdict), Named.as("kept-paragraphs"));
        kept.to(topics.paragraphs(), Produced.with(keys, RecordSerdes.paragraph(out)).withName("write-paragraphs"));

        KStream<String, ClaimBatch> articleClaims = verdicts
                .mapValues(claimRecords::of, Named.as("extract-claims"));
        KStream<String, Claim> claims = articleClaims.flatMap((articleId, batch) -> batch.getClaims().stream()
                .map(c -> KeyValue.pair(c.getMetric(), c)).toList(), Named.as("claims-by-metric"));
        claims.to(topics.claims(), Produced.with(keys, claimsOut).withName("write-claims"));
        claims.to(new ClaimsByCountType(topics),
                Produced.with(keys, claimsOut).withName("write-claims-by-type"));

        KStream<String, FigureBook.Update> updates = articleClaims
                .flatMap((articleId, batch) -> ReportFamilies.batches(batch), Named.as("key-by-count-type"))
                .repartition(Repartitioned.with(keys, RecordSerdes.claimBatch()).withStreamPartitioner(new ReportFamilies())
                        .withName(StoreNames.REPORTS_BY_COUNT_TYPE))
                .process(() -> new ReportOrderProcessor(senders, ProcessorSettings.ORDER_STALL, settings.progressEvery()),
                        Named.as("order-reports"),
                        StoreNames.PENDING_REPORTS)
                .process(() -> new KeyJoinProcessor(new KeyJoin(settings.keyJoinWindow())), Named.as("join-keys"), StoreNames.KEY_JOIN)
                .process(() -> new LatestFigureProcessor(book, settings.figureHistoryRetention(), settings.dedupWindow()), Named.as("latest-figure"),
                        StoreNames.LATEST_FIGURES, StoreNames.COUNTED_REPORTS);
        updates
                .mapValues(FigureBook.Update::figure, Named.as("figure-row"))
                .to(topics.figures(), Produced.with(keys, figuresOut).withName("write-figures"));
        updates
                .filter((metric, update) -> update.changed(), Named.as("figure-moved"))
                .mapValues(FigureBook.Update::change, Named.as("figure-change"))
                .to(topics.figureChanges(), Produced.<String, FigureChange>with(keys, RecordSerdes.figureChange(out)).withName("write-figure-changes"));

        // The queryable table the HTTP API lists and looks up (see StoreNames.FIGURES_VIEW). It keeps
        // the topic's bytes as they are: the API decodes the few rows it is asked for, while a typed
        // table decoded each row, decoded the row it replaced and encoded it again (8 % of the
        // stream thread, issue 12).
        builder.table(topics.figures(), Consumed.with(keys, Serdes.ByteArray()).withName("read-figures"),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(StoreNames.FIGURES_VIEW)
                        .withKeySerde(keys).withValueSerde(Serdes.ByteArray()));

        return builder.build(props);
    }

    /**
     * Streams' record cache in front of a store: of the writes to one key within one commit, only
     * the last reaches the changelog, at the commit. That collapses the gatherer's entry (updated
     * by each part of an article), the key-join map's rows (rewritten by every report of a
     * family) and counted reports; the buffers' entries mostly wait across a commit (what
     * releases them is another task's transaction) and keep their put and tombstone, but their
     * reads of recent entries skip RocksDB. bench --articles 1000 (issue 12, session 9): 84-86k →
     * 77-81k records written under exactly-once, key-join's changelog 1,480 → 598. The cache is
     * statestore.cache.max.bytes (Streams' default, 10 MB, shared by the stream threads); a full
     * cache writes its oldest entries early, which costs records, not correctness. The versioned
     * figures store and the sightings (a window store with duplicates) take no cache.
     */
    private static <S extends StateStore> StoreBuilder<S> cached(StoreBuilder<S> store) {
        return store.withCachingEnabled();
    }
}
