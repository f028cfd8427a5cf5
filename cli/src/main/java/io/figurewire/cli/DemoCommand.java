package io.figurewire.cli;

import io.figurewire.cli.broker.LocalBroker;
import io.figurewire.figures.FigureText;
import io.figurewire.producer.PublishRun;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.runtime.ProcessingProbe;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordJson;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import io.figurewire.settings.Configuration;
import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import io.figurewire.topology.PendingReports;
import io.figurewire.topology.ProcessorSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole pipeline on a real local Kafka broker, start to finish:",
                "start a single-node broker (KRaft) on free loopback ports, create topics, start the processor,",
                "publish the bundled sample wire (or --input), wait until every record is processed (committed",
                "offsets, not sleeps), print the latest-figures table and the change log, and stop everything.",
                "Kafka's logs go to a file whose path is printed."})
final class DemoCommand implements Callable<Integer>, Configurable {

    static final String SAMPLE_WIRE = "/io/figurewire/cli/demo/sample-wire.jsonl";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Option(names = "--input", paramLabel = "FILE|DIR", description = "articles to replay instead of the sample wire (.jsonl, .json, .txt, or a directory)")
    Path input;

    @Option(names = "--out", paramLabel = "DIR", description = "also write claims.jsonl, figures.json and changes.jsonl here")
    Path out;

    @Spec
    CommandSpec spec;

    @Option(names = "--timeout", defaultValue = "180", description = "seconds to wait for processing before giving up (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--broker-config", paramLabel = "FILE", description = "broker properties template (default: config/broker.properties in the checkout)")
    Path brokerConfig;

    private final PrintStream say = System.out;

    /** The demo runs its own broker: only what shapes the pipeline applies, not where a cluster is. */
    @Override
    public List<Setting> settings() {
        return List.of(Settings.PARTITIONS, Settings.COMMIT_INTERVAL_MS);
    }

    @Override
    public Integer call() throws Exception {
        Configuration config = SettingOptions.of(spec);
        Path home = Main.Workspace.home().resolve("demo");
        deleteRecursively(home);
        Files.createDirectories(home);
        say.println("figurewire demo (Kafka's own logs: " + System.getProperty("figurewire.log.file", "stderr") + ")");
        Path articles = input != null ? input : extractSampleWire(home);
        if (!Files.exists(articles)) {
            throw new IllegalArgumentException("--input " + articles + ": no such file or directory");
        }

        long t0 = System.nanoTime();
        try (LocalBroker broker = new LocalBroker(home.resolve("broker"), templatePath(), LocalBroker.freePort(), LocalBroker.freePort())) {
            broker.start(Duration.ofSeconds(90));
            say.printf("[1/5] Kafka %s broker (KRaft) ready on %s in %.1f s%n",
                    org.apache.kafka.common.utils.AppInfoParser.getVersion(), broker.bootstrap(), seconds(t0));

            ProcessorSettings settings = ProcessorSettings.builder(broker.bootstrap(), home.resolve("state"))
                    .applicationId("figurewire-demo").partitions(config.integer(Settings.PARTITIONS))
                    .commitIntervalMs(config.longValue(Settings.COMMIT_INTERVAL_MS)).build();
            Topics topics = settings.topics();
            try (ProcessorApp app = new ProcessorApp(settings)) {
                app.start();
                awaitRunning(app);
                say.printf("[2/5] %d topics ready; processor RUNNING (exactly-once) in %.1f s%n", topics.all().size(), seconds(t0));

                PublishRun.Summary published = PublishRun.publishQuietly(broker.bootstrap(), topics.raw(), List.of(articles.toString()));
                say.printf("[3/5] published %d article(s) from %s (%d rejected)%n", published.published(),
                        input != null ? input : "the bundled sample wire", published.rejected());

                awaitProcessed(app, settings);
                say.printf("[4/5] every record processed in %.1f s%n", seconds(t0));

                report(broker.bootstrap(), topics);
            }
        }
        say.printf("[5/5] processor and broker stopped cleanly (total %.1f s)%n", seconds(t0));
        return 0;
    }

    private void awaitRunning(ProcessorApp app) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (app.streams().state() != KafkaStreams.State.RUNNING) {
            if (app.fatalError() != null || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the processor did not start (state " + app.streams().state() + ")",
                        app.fatalError());
            }
            Thread.sleep(100);
        }
    }

    private void awaitProcessed(ProcessorApp app, ProcessorSettings settings) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        try (ProcessingProbe probe = new ProcessingProbe(settings.bootstrap(), settings.applicationId(), app.topology())) {
            int cleanChecks = 0;
            while (cleanChecks < 2) {
                if (app.fatalError() != null) {
                    throw new IllegalStateException("the processor stopped: " + app.fatalError().getMessage(), app.fatalError());
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("processing did not finish within " + timeoutSeconds + " s");
                }
                ProcessingProbe.Progress p = probe.check();
                // committed offsets cannot see claims read but still waiting to be applied in arrival order
                long waiting = PendingReports.count(app.streams());
                cleanChecks = p.caughtUp() && p.total() > 0 && waiting == 0 ? cleanChecks + 1 : 0;
                say.printf("      processed %d of %d records on %d source topics%s%s%n", p.processed(), p.total(),
                        probe.sourceTopics().size(), p.caughtUp() ? " (caught up)" : "",
                        waiting > 0 ? "; " + waiting + " record(s) waiting in arrival-order buffers" : "");
                if (cleanChecks < 2) {
                    Thread.sleep(500);
                }
            }
        }
    }

    private void report(String bootstrap, Topics topics) throws IOException {
        DemoOutputs outputs = DemoOutputs.read(bootstrap, topics);
        List<FigureChange> changes = outputs.changes();
        int deadLetters = TopicSnapshot.read(bootstrap, topics.dlq(), new ByteArrayDeserializer()).size();

        say.println();
        say.printf("LATEST FIGURES  (%d metrics from %d claims; %d record(s) in %s)%n", outputs.figures().size(),
                outputs.claims().size(), deadLetters, topics.dlq());
        TextTable table = new TextTable(48, "METRIC", "LATEST", "CHANGE", "ARTICLE", "PUBLISHED (UTC)", "REPORTS", "FLAGS");
        outputs.sortedFigures().forEach(f -> table.row(
                f.getMetric(), FigureText.value(f.getCurrent()),
                FigureText.delta(f.getPrevious(), f.getCurrent()),
                f.getCurrent().getArticleId(), TIME.format(f.getCurrent().getPublished()), f.getReportCount(),
                String.join(",", f.getFlags())));
        table.print(say);

        say.println();
        say.printf("CHANGE LOG  (%d changes, by publication time)%n", changes.size());
        TextTable log = new TextTable(40, "PUBLISHED (UTC)", "METRIC", "FROM", "TO", "CHANGE", "ARTICLE", "FLAGS");
        changes.forEach(c -> log.row(TIME.format(c.getPublished()), c.getMetric(),
                c.getFrom() == null ? "" : FigureText.value(c.getFrom()), FigureText.value(c.getTo()), FigureText.delta(c),
                c.getArticleId(), String.join(",", c.getFlags())));
        log.print(say);
        say.println();

        if (out != null) {
            outputs.write(out);
            say.println("wrote " + out.resolve("claims.jsonl") + ", figures.json, changes.jsonl");
        }
    }

    private Path templatePath() {
        return brokerConfig != null ? brokerConfig : Main.Workspace.brokerTemplate();
    }

    private static Path extractSampleWire(Path home) throws IOException {
        Path file = home.resolve("sample-wire.jsonl");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_WIRE)) {
            if (in == null) {
                throw new IllegalStateException("the sample wire " + SAMPLE_WIRE + " is missing from the build");
            }
            Files.copy(in, file);
        }
        return file;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
