package io.figurewire.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every figurewire setting and its default: the one place a default is written. Commands take
 * the groups they use; a new setting is one entry here (and its use). Kafka client settings are
 * not listed: any {@code kafka.*} key of the file or {@code KAFKA_*} variable passes through
 * (see {@link Configuration}).
 */
public final class Settings {

    public static final Setting BOOTSTRAP = new Setting("bootstrap", "127.0.0.1:9092", "HOST:PORT[,HOST:PORT...]",
            "Kafka bootstrap servers");
    public static final Setting TOPIC_PREFIX = new Setting("topic.prefix", "", "PREFIX",
            "prefix for every topic name, e.g. 'staging.'");

    public static final Setting APPLICATION_ID = new Setting("application.id", "figurewire", "ID",
            "Streams application.id: consumer group and internal topic prefix");
    public static final Setting STATE_DIR = new Setting("state.dir", Setting.HOME_PLACEHOLDER + "/state", "DIR",
            "local state stores");
    /** Partitions of the topics figurewire creates: process, demo and bench all start from this. */
    public static final Setting PARTITIONS = new Setting("partitions", "6", "N",
            "partitions for topics created at startup; articles.raw must have this many");
    public static final Setting REPLICATION_FACTOR = new Setting("replication.factor", "1", "N",
            "replication for created and internal topics");
    public static final Setting THREADS = new Setting("threads", "1", "N", "stream threads");
    public static final Setting PROCESSING_GUARANTEE = new Setting("processing.guarantee", "exactly_once_v2", "GUARANTEE",
            "exactly_once_v2 or at_least_once");
    /**
     * Under exactly-once each repartition hop waits for the upstream commit, so a claim lags its
     * article by a few intervals: 1000 ms gave p99 6.1 s, 200 ms p99 0.85 s at no measured cost
     * in throughput (./figurewire bench, issue 12).
     */
    public static final Setting COMMIT_INTERVAL_MS = new Setting("commit.interval.ms", "200", "MS",
            "Streams commit interval");
    /**
     * A standby keeps a warm copy of another instance's state, so that a task moving after a crash
     * resumes without replaying its changelogs. With one instance nothing is assigned (a standby
     * never sits beside its active task), so 1 costs nothing until a second instance runs; then it
     * doubles state writes.
     */
    public static final Setting STANDBY_REPLICAS = new Setting("standby.replicas", "1", "N",
            "warm copies of each task's state on other instances (Streams num.standby.replicas)");
    public static final Setting DEDUP_WINDOW_DAYS = new Setting("dedup.window.days", "7", "DAYS",
            "how long a paragraph is remembered for dedup");
    /**
     * Longer than the dedup window: an event's toll is revised for weeks ("a month after the
     * floods"), and an outlet naming only the country may come days before the first to name the town.
     */
    public static final Setting KEY_JOIN_WINDOW_DAYS = new Setting("key.join.window.days", "30", "DAYS",
            "how long a figure's key stays active for the key join: a coarser key of its event reported within it joins it");
    public static final Setting FIGURE_HISTORY_DAYS = new Setting("figure.history.days", "365", "DAYS",
            "how long superseded figures stay in a metric's history");

    public static final Setting HTTP_PORT = new Setting("http.port", "8080", "PORT",
            "HTTP API and dashboard port; 0 turns the API off");
    public static final Setting HTTP_HOST = new Setting("http.host", "127.0.0.1", "HOST",
            "address the HTTP API binds to; it has no authentication");
    public static final Setting HTTP_ALLOWED_HOSTS = new Setting("http.allowed.hosts", "", "NAME[,NAME...]",
            "host names accepted in the Host header besides localhost, IP addresses and the bind/advertised name"
                    + " (a defence against DNS rebinding)");

    public static final Setting BOILERPLATE_RULES = new Setting("boilerplate.rules", "", "FILE",
            "extra boilerplate rules (same JSON format as the built-in boilerplate.json), tried before the built-in ones");
    /** The input contract's own limit (RawArticleJson.MAX_BODY_CHARS): JSON input can never exceed it. */
    public static final Setting MAX_ARTICLE_CHARS = new Setting("max.article.chars", "524288", "CHARS",
            "an article with a longer body is dead-lettered");
    /** A long live blog has a few hundred paragraphs. */
    public static final Setting MAX_PARAGRAPHS = new Setting("max.paragraphs", "2000", "N",
            "an article with more non-blank lines is dead-lettered");
    /** A dense wire paragraph has a dozen numbers; hundreds is a table. */
    public static final Setting MAX_NUMBERS_PER_PARAGRAPH = new Setting("max.numbers.per.paragraph", "200", "N",
            "a paragraph with more numbers is a table: removed as 'too-many-numbers' boilerplate");

    public static final Setting FEED_TIMEOUT = new Setting("feed.timeout", "20", "SECONDS",
            "connect and response timeout for each feed request");
    public static final Setting FEED_STATE = new Setting("feed.state", Setting.HOME_PLACEHOLDER + "/feed-state.json", "FILE",
            "what the feed poller has published, kept across restarts; 'none' keeps nothing");

    public static final Setting OUTPUT_FORMAT = new Setting("output.format", "avro", "avro|json",
            "how paragraphs, articles.clean, claims*, figures and figure-changes are written: Avro single-object encoding,"
                    + " or one JSON object per record with snake_case fields");
    public static final Setting SCHEMA_REGISTRY = new Setting("schema.registry", "", "URL",
            "Apicurio Registry, e.g. http://127.0.0.1:8081 (its /apis/registry/v3 is added): Avro through Apicurio's serdes,"
                    + " schemas registered as <topic>-value; readers need it to read such records");

    /** Where the cluster is and what its topics are called: every command that talks to Kafka. */
    public static final List<Setting> CLUSTER = List.of(BOOTSTRAP, TOPIC_PREFIX);
    /** The Streams application and the topics it creates. */
    public static final List<Setting> STREAMS = List.of(APPLICATION_ID, STATE_DIR, PARTITIONS, REPLICATION_FACTOR, THREADS,
            PROCESSING_GUARANTEE, COMMIT_INTERVAL_MS, STANDBY_REPLICAS, DEDUP_WINDOW_DAYS, KEY_JOIN_WINDOW_DAYS, FIGURE_HISTORY_DAYS);
    public static final List<Setting> HTTP = List.of(HTTP_PORT, HTTP_HOST, HTTP_ALLOWED_HOSTS);
    /** Cleaning: the same rules and limits in process and extract. */
    public static final List<Setting> TEXT = List.of(BOILERPLATE_RULES, MAX_ARTICLE_CHARS, MAX_PARAGRAPHS, MAX_NUMBERS_PER_PARAGRAPH);
    public static final List<Setting> FEEDS = List.of(FEED_TIMEOUT, FEED_STATE);
    /** How the output topics are written, for the processor and for the commands that read them. */
    public static final List<Setting> OUTPUT = List.of(OUTPUT_FORMAT, SCHEMA_REGISTRY);

    public static final List<Setting> ALL = Stream.of(CLUSTER, STREAMS, HTTP, TEXT, FEEDS, OUTPUT).flatMap(List::stream).toList();

    private static final Map<String, Setting> BY_KEY = ALL.stream().collect(Collectors.toMap(Setting::key, Function.identity()));

    private Settings() {
    }

    public static Optional<Setting> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** A default as a number, for code that needs one before any configuration is read (tests, builders). */
    public static int defaultInt(Setting s) {
        return Integer.parseInt(s.defaultValue());
    }
}
