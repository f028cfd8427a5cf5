package io.figurewire.runtime;

import io.figurewire.api.FigureApi;
import io.figurewire.api.HttpSettings;
import io.figurewire.settings.Settings;
import io.figurewire.topology.FigurewireTopology;
import io.figurewire.topology.ProcessorSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running processor: topics ensured, topology built, Streams started and closed cleanly.
 * Used by {@code process}, by {@code demo} and by the integration tests alike.
 */
public final class ProcessorApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorApp.class);

    private final ProcessorSettings settings;
    private final FigureApi api;
    private final Topology topology;
    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final RestoreProgress restores = new RestoreProgress();
    /** Where articles.raw ends, for the readers' progress marks (see InputEnds); handed to them through the streams config. */
    private final InputEndsWatcher inputEnds;
    private volatile Throwable fatal;

    public ProcessorApp(ProcessorSettings settings) {
        this(settings, FigurewireTopology.withDefaults(settings).build());
    }

    public ProcessorApp(ProcessorSettings settings, Topology topology) {
        this(settings, topology, (FigureApi) null);
    }

    /** With the HTTP API: its port is bound first so that {@code application.server} can name it. */
    public ProcessorApp(ProcessorSettings settings, HttpSettings http) throws IOException {
        this(settings, FigurewireTopology.withDefaults(settings).build(), http);
    }

    public ProcessorApp(ProcessorSettings settings, Topology topology, HttpSettings http) throws IOException {
        this(settings, topology, http == null ? null : FigureApi.bind(http));
    }

    private ProcessorApp(ProcessorSettings settings, Topology topology, FigureApi api) {
        this.settings = api == null ? settings : settings.toBuilder().applicationServer(api.advertised()).build();
        this.api = api;
        this.topology = topology;
        this.inputEnds = new InputEndsWatcher(this.settings.kafka(), this.settings.topics().raw(), this.settings.applicationId(),
                this.settings.partitions());
        Properties props = this.settings.streamsProperties();
        props.put(ProcessorSettings.INPUT_ENDS_CONFIG, inputEnds);
        this.streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            // Bad records never get here (they go to the DLQ); this is a broken environment.
            // Stopping beats a crash loop that replays the same failure forever.
            fatal = e;
            LOG.error("processor stopping after an unexpected error", e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setGlobalStateRestoreListener(restores);
        streams.setStateListener((now, before) -> {
            LOG.info("streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
    }

    public ProcessorApp start() throws InterruptedException {
        var created = TopicAdmin.ensureTopics(settings.kafka(), settings.topics(), settings.partitions(),
                settings.replicationFactor());
        if (!created.isEmpty()) {
            LOG.info("created topics {}", created);
        }
        TopicAdmin.requirePartitions(settings.kafka(), settings.topics().raw(), settings.partitions(), Settings.PARTITIONS.flag() + ", " + Settings.PARTITIONS.envName());
        LOG.info("topology:\n{}", topology.describe());
        inputEnds.start(ProcessorSettings.INPUT_ENDS_EVERY);
        streams.start();
        if (api != null) {
            api.start(streams, settings.topics(), settings.kafka(), settings.serdes());
        }
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The HTTP API, or null when this processor runs without one. */
    public FigureApi api() {
        return api;
    }

    public Topology topology() {
        return topology;
    }

    public ProcessorSettings settings() {
        return settings;
    }

    /** Blocks until Streams stops; returns the error that stopped it, if any. */
    public Throwable awaitStop() throws InterruptedException {
        stopped.await();
        return fatal;
    }

    public Throwable fatalError() {
        return fatal;
    }

    /** Records restored from changelogs since start: 0 after a clean restart that kept its local state. */
    public long restoredRecords() {
        return restores.restored();
    }

    @Override
    public void close() {
        if (api != null) {
            api.close();
        }
        // Leaving the group on a clean stop lets the next start rebalance at once instead of
        // waiting out the old member's session (45 s by default): that wait was the restart outage.
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30)).withGroupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP));
        inputEnds.close();
    }
}
