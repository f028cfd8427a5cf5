package io.figurewire.topology;

import io.figurewire.errors.DeadLetteringDeserializationHandler;
import io.figurewire.errors.DeadLetteringProcessingHandler;
import io.figurewire.errors.RecordErrorWrapper;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.schemas.Topics;
import io.figurewire.settings.Configuration;
import io.figurewire.settings.KafkaConnection;
import io.figurewire.settings.Settings;
import io.figurewire.text.TextLimits;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Everything the processor can be told. The CLI fills it from the layered configuration
 * ({@link #from}); tests build it directly. Its defaults are the settings catalog's
 * ({@link Settings}). Streams properties are derived here and nowhere else.
 */
public record ProcessorSettings(
        KafkaConnection kafka,
        String applicationId,
        Topics topics,
        Path stateDir,
        int partitions,
        short replicationFactor,
        String processingGuarantee,
        Duration dedupWindow,
        Duration keyJoinWindow,
        Duration figureHistoryRetention,
        int threads,
        long commitIntervalMs,
        int standbyReplicas,
        String applicationServer,
        TextLimits textLimits,
        SerdeOptions serdes) {

    public static final String DEFAULT_BOOTSTRAP = Settings.BOOTSTRAP.defaultValue();
    public static final String DEFAULT_APPLICATION_ID = Settings.APPLICATION_ID.defaultValue();
    public static final int DEFAULT_PARTITIONS = Settings.defaultInt(Settings.PARTITIONS);
    public static final Duration DEFAULT_DEDUP_WINDOW = Duration.ofDays(Settings.defaultInt(Settings.DEDUP_WINDOW_DAYS));
    public static final Duration DEFAULT_KEY_JOIN_WINDOW = Duration.ofDays(Settings.defaultInt(Settings.KEY_JOIN_WINDOW_DAYS));
    public static final Duration DEFAULT_FIGURE_HISTORY = Duration.ofDays(Settings.defaultInt(Settings.FIGURE_HISTORY_DAYS));
    public static final long DEFAULT_COMMIT_INTERVAL_MS = Settings.defaultInt(Settings.COMMIT_INTERVAL_MS);
    /** How long articles.clean waits for an article's last paragraph verdict before emitting what it has. */
    public static final Duration CLEAN_ARTICLE_TIMEOUT = Duration.ofMinutes(10);
    /**
     * How often each reader of articles.raw sends its progress to the reordering buffers (see
     * ParagraphRouter). Not the commit interval: two variants that sent a reader's mark at most
     * once per commit and only when it moved doubled the latency at 10 articles/s (p50 about
     * 2 s to 4-5.6 s, with ten times the CONCURRENT_TRANSACTIONS retries; bench, session 8).
     */
    public static final Duration PROGRESS_EVERY = Duration.ofMillis(100);
    /**
     * How late an article may reach the processor after its producer stamped it and still be
     * handled in arrival order: an idle reader of articles.raw vouches for arrivals up to this
     * long ago (see SourceProgress). It is also the latency a quiet partition adds.
     */
    public static final Duration ARRIVAL_LATENESS = Duration.ofSeconds(3);
    /**
     * The streams-config entry through which the running app hands the readers of articles.raw its
     * {@link InputEnds} (an object, not a setting users give); without it the readers assume
     * every quiet partition is read to its end (TopologyTestDriver).
     */
    public static final String INPUT_ENDS_CONFIG = "figurewire.input.ends";
    /** How often the running app looks up where articles.raw ends (three admin requests), for the readers' idle marks. */
    public static final Duration INPUT_ENDS_EVERY = Duration.ofMillis(250);
    /** How long a record waits in a reordering buffer for its senders' progress before it leaves anyway (see ArrivalBuffer). */
    public static final Duration ORDER_STALL = Duration.ofSeconds(60);
    /** How often the table forgets which articles it counted, once they were received a dedup window ago (see CountedReports). */
    public static final Duration COUNTED_REPORTS_EXPIRY_EVERY = Duration.ofSeconds(60);
    /** How many counted-reports entries one expiry step looks at, so that a punctuation never scans the whole store. */
    public static final int COUNTED_REPORTS_EXPIRY_STEP = 10_000;

    /** The app's producer batch limit (see streamsProperties): a batch is allocated whole, and ~150 partitions × 64 KB stay well inside the 32 MB buffer.memory. */
    static final int PRODUCER_BATCH_BYTES = 64 * 1024;

    /** The processor's settings from a command's configuration: cluster, Streams and cleaning limits. */
    public static ProcessorSettings from(Configuration c) {
        return builder(c.string(Settings.BOOTSTRAP), c.path(Settings.STATE_DIR)).kafka(c.connection())
                .applicationId(c.string(Settings.APPLICATION_ID)).topics(new Topics(c.string(Settings.TOPIC_PREFIX)))
                .partitions(c.integer(Settings.PARTITIONS)).replicationFactor((short) c.integer(Settings.REPLICATION_FACTOR))
                .processingGuarantee(c.string(Settings.PROCESSING_GUARANTEE)).threads(c.integer(Settings.THREADS))
                .commitIntervalMs(c.longValue(Settings.COMMIT_INTERVAL_MS))
                .standbyReplicas(c.integer(Settings.STANDBY_REPLICAS))
                .dedupWindow(Duration.ofDays(c.integer(Settings.DEDUP_WINDOW_DAYS)))
                .keyJoinWindow(Duration.ofDays(c.integer(Settings.KEY_JOIN_WINDOW_DAYS)))
                .figureHistoryRetention(Duration.ofDays(c.integer(Settings.FIGURE_HISTORY_DAYS)))
                .textLimits(TextLimits.from(c)).serdes(SerdeOptions.from(c)).build();
    }

    /**
     * How often, at most, the paragraph buffer sends its progress on to the table's buffer, when
     * it moved: once per commit interval. Under exactly-once a mark is readable only when its
     * transaction commits, so more than one per commit is never read sooner; under
     * at-least-once it is the latency a mark may add (see ArrivalBuffer).
     */
    public Duration progressEvery() {
        return Duration.ofMillis(commitIntervalMs);
    }

    public String bootstrap() {
        return kafka.bootstrap();
    }

    public static ProcessorSettings defaults(String bootstrap, Path stateDir) {
        return builder(bootstrap, stateDir).build();
    }

    /** Every setting at its default but the two that have none. */
    public static Builder builder(String bootstrap, Path stateDir) {
        return new Builder(bootstrap, stateDir);
    }

    /** These settings, to change a few: {@code settings.toBuilder().stateDir(other).build()}. */
    public Builder toBuilder() {
        return new Builder(kafka.bootstrap(), stateDir).kafka(kafka).applicationId(applicationId).topics(topics).partitions(partitions)
                .replicationFactor(replicationFactor).processingGuarantee(processingGuarantee).dedupWindow(dedupWindow)
                .keyJoinWindow(keyJoinWindow).figureHistoryRetention(figureHistoryRetention).threads(threads).commitIntervalMs(commitIntervalMs)
                .standbyReplicas(standbyReplicas).applicationServer(applicationServer).textLimits(textLimits).serdes(serdes);
    }

    public static final class Builder {
        private KafkaConnection kafka;
        private Path stateDir;
        private String applicationId = DEFAULT_APPLICATION_ID;
        private Topics topics = Topics.unprefixed();
        private int partitions = DEFAULT_PARTITIONS;
        private short replicationFactor = (short) Settings.defaultInt(Settings.REPLICATION_FACTOR);
        private String processingGuarantee = Settings.PROCESSING_GUARANTEE.defaultValue();
        private Duration dedupWindow = DEFAULT_DEDUP_WINDOW;
        private Duration keyJoinWindow = DEFAULT_KEY_JOIN_WINDOW;
        private Duration figureHistoryRetention = DEFAULT_FIGURE_HISTORY;
        private int threads = Settings.defaultInt(Settings.THREADS);
        private long commitIntervalMs = DEFAULT_COMMIT_INTERVAL_MS;
        private int standbyReplicas = Settings.defaultInt(Settings.STANDBY_REPLICAS);
        private String applicationServer;
        private TextLimits textLimits = TextLimits.defaults();
        private SerdeOptions serdes = SerdeOptions.defaults();

        private Builder(String bootstrap, Path stateDir) {
            this.kafka = KafkaConnection.plain(bootstrap);
            this.stateDir = stateDir;
        }

        public Builder bootstrap(String v) { kafka = new KafkaConnection(v, kafka.clientProperties()); return this; }
        /** The cluster with its passed-through client settings (security, timeouts). */
        public Builder kafka(KafkaConnection v) { kafka = v; return this; }
        public Builder stateDir(Path v) { stateDir = v; return this; }
        public Builder applicationId(String v) { applicationId = v; return this; }
        public Builder topics(Topics v) { topics = v; return this; }
        public Builder partitions(int v) { partitions = v; return this; }
        public Builder replicationFactor(short v) { replicationFactor = v; return this; }
        public Builder processingGuarantee(String v) { processingGuarantee = v; return this; }
        public Builder dedupWindow(Duration v) { dedupWindow = v; return this; }
        /** how long a key stays active for the key join (see figures/KeyJoin) */
        public Builder keyJoinWindow(Duration v) { keyJoinWindow = v; return this; }
        public Builder figureHistoryRetention(Duration v) { figureHistoryRetention = v; return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder commitIntervalMs(long v) { commitIntervalMs = v; return this; }
        public Builder standbyReplicas(int v) { standbyReplicas = v; return this; }
        /** host:port of this instance's HTTP API, for interactive-query forwarding; null without one */
        public Builder applicationServer(String v) { applicationServer = v; return this; }
        /** max article size, paragraphs per article, numbers per paragraph (see {@link TextLimits}) */
        public Builder textLimits(TextLimits v) { textLimits = v; return this; }
        /** how the output topics are written: Avro (default), JSON, or Avro through a schema registry */
        public Builder serdes(SerdeOptions v) { serdes = v; return this; }

        public ProcessorSettings build() {
            return new ProcessorSettings(kafka, applicationId, topics, stateDir, partitions, replicationFactor,
                    processingGuarantee, dedupWindow, keyJoinWindow, figureHistoryRetention, threads, commitIntervalMs, standbyReplicas,
                    applicationServer, textLimits, serdes);
        }
    }

    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbyReplicas);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replicationFactor);
        // An unnamed store or repartition topic is a build error: internal names must never shift.
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // Nothing lost: unreadable or unprocessable records go to the DLQ with the error in headers.
        // The figures view restores from the compacted figures topic itself, not a second changelog.
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS);
        // The handlers cut oversized copies to fit (DeadLetterRecords); the wrapper turns an Error
        // (StackOverflowError) in a processor into an exception the handler sees.
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringDeserializationHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringProcessingHandler.class.getName());
        p.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, RecordErrorWrapper.class.getName());
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.dlq());
        // Kafka 5.0 turns this on by default; opting in now keeps behaviour the same across the upgrade.
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Claims and figures records are small, but a wire article can be large.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 2 * 1024 * 1024);
        // No compression: the app writes ~40 small records per article to ~20 topics, so batches are
        // small and many; LZ4 set up a 64 KB block per batch and the broker decompressed each to
        // validate it, which cost more CPU than the bytes saved (./figurewire bench, issue 12).
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "none");
        // Under exactly-once a record is readable only once its transaction commits, so batches
        // may as well close at the commit's flush rather than every 100 ms (Streams' linger) and
        // hold a commit interval's records: each new batch wakes the producer's sender thread and
        // becomes a produce request the broker handles. Two back-to-back A/B runs (bench
        // --articles 1500): exactly-once 17 -> 20 and 16 -> 19 articles/s, app + broker CPU per
        // article 9 % lower. Not under at-least-once, where a sent record is readable at once and
        // the same change cost 17-35 % (downstream stages saw their input later).
        if (!StreamsConfig.AT_LEAST_ONCE.equals(processingGuarantee)) {
            p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), (int) Math.max(100, commitIntervalMs));
            p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
        }
        // Under exactly-once a send that follows a commit can meet the previous transaction's
        // markers still being written (CONCURRENT_TRANSACTIONS) and is retried: at the default
        // 100 ms doubling to 1 s, on a busy broker every commit stalled behind such retries
        // (./figurewire bench, issue 12). The broker retries for up to 100 ms itself first.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), 20);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG), 200);
        if (applicationServer != null) {
            p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        // Static membership: a restart after kill -9 takes the dead member's place at once instead
        // of waiting out its session (session.timeout.ms, 45 s), which was the restart outage.
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), groupInstanceId());
        // Last, so that the operator's client settings (security first of all) reach every client Streams creates.
        return kafka.applyTo(p);
    }

    /**
     * The group member this instance is across restarts: application, host and state directory.
     * Two instances never share a state directory on one host, and one keeps it across restarts.
     * The cost: an instance that is gone for good (or restarts with another state directory)
     * holds its partitions until its session times out, as a dynamic member does.
     */
    public String groupInstanceId() {
        String dir = stateDir.toAbsolutePath().normalize().toString();
        UUID where = UUID.nameUUIDFromBytes((HostName.NAME + "\u0000" + dir).getBytes(StandardCharsets.UTF_8));
        return applicationId + "-" + HostName.NAME + "-" + where.toString().substring(0, 8);
    }

    /** Looked up once: a slow resolver must not slow every settings read. */
    private static final class HostName {
        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "_");
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }
    }
}
