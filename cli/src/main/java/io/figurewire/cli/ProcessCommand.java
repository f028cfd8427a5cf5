package io.figurewire.cli;

import io.figurewire.api.HttpSettings;
import io.figurewire.extract.ClaimExtractor;
import io.figurewire.figures.FigureBook;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.topology.FigurewireTopology;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "process", mixinStandardHelpOptions = true,
        description = {"Run the figurewire Kafka Streams application until Ctrl-C.",
                "Creates missing topics, then: clean -> paragraphs -> dedup -> claims -> latest figures.",
                "Records that cannot be read or processed go to articles.dlq with the error in headers."})
final class ProcessCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--application-id", defaultValue = "${env:FIGUREWIRE_APPLICATION_ID:-figurewire}",
            description = "Streams application.id: consumer group and internal topic prefix (default: ${DEFAULT-VALUE})")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "${env:FIGUREWIRE_STATE_DIR}",
            description = "local state stores (default: $FIGUREWIRE_HOME/state)")
    Path stateDir;

    @Option(names = "--partitions", defaultValue = "6", description = "partitions for topics created at startup (default: ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", description = "replication for created and internal topics (default: ${DEFAULT-VALUE})")
    short replication;

    @Option(names = "--threads", defaultValue = "1", description = "stream threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--processing-guarantee", defaultValue = StreamsConfig.EXACTLY_ONCE_V2,
            description = "exactly_once_v2 or at_least_once (default: ${DEFAULT-VALUE})")
    String guarantee;

    @Option(names = "--dedup-window-days", defaultValue = "7", description = "how long a paragraph is remembered for dedup (default: ${DEFAULT-VALUE})")
    int dedupDays;

    @Option(names = "--http-port", defaultValue = "${env:FIGUREWIRE_HTTP_PORT:-8080}",
            description = "HTTP API and dashboard port; 0 turns the API off (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--http-host", defaultValue = "${env:FIGUREWIRE_HTTP_HOST:-127.0.0.1}",
            description = "address the HTTP API binds to; it has no authentication (default: ${DEFAULT-VALUE})")
    String httpHost;

    @Option(names = "--http-allowed-hosts", paramLabel = "NAME[,NAME...]", split = ",",
            defaultValue = "${env:FIGUREWIRE_HTTP_ALLOWED_HOSTS:-}",
            description = "host names accepted in the Host header besides localhost, IP addresses and the bind/advertised name "
                    + "(a defence against DNS rebinding; env FIGUREWIRE_HTTP_ALLOWED_HOSTS)")
    List<String> httpAllowedHosts;

    @Mixin
    CleaningOptions cleaning;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        StartupChecks.requireBootstrapList(kafka.bootstrap());
        Path state = stateDir != null ? stateDir : Main.Workspace.home().resolve("state");
        StartupChecks.requireWritableDir(state, "--state-dir");
        if (httpPort != 0) StartupChecks.requireFreePort(httpHost, httpPort, "--http-port");
        Preflight.requireReachable(kafka.bootstrap());
        StartupChecks.requireCleanupPolicies(kafka.bootstrap(), kafka.topics());
        ProcessorSettings settings = ProcessorSettings.builder(kafka.bootstrap(), state).applicationId(applicationId)
                .topics(kafka.topics()).partitions(partitions).replicationFactor(replication).processingGuarantee(guarantee)
                .dedupWindow(Duration.ofDays(dedupDays)).threads(threads).textLimits(cleaning.limits())
                .serdes(output.serdes()).build();
        var topology = new FigurewireTopology(settings, ClaimExtractor.withDefaultLexicon(), cleaning.cleaner(),
                FigureBook.defaults()).build();
        try (ProcessorApp app = new ProcessorApp(settings, topology, httpPort == 0 ? null : new HttpSettings(httpHost, httpPort, allowedHosts()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "processor-stop"));
            app.start();
            Throwable fatal = app.awaitStop();
            return fatal == null ? 0 : 1;
        }
    }

    private List<String> allowedHosts() {
        return httpAllowedHosts == null ? List.of() : httpAllowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
    }
}
