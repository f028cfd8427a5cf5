package io.figurewire.cli;

import io.figurewire.cli.broker.LocalBroker;
import io.figurewire.settings.Configuration;
import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import io.figurewire.topology.ProcessorSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: the end-to-end benchmark. One local broker, one generated wire, and in one run
 * the limit (a pass-through Streams app, before and after the rest, so drift shows), the full
 * topology under exactly-once and at-least-once, and the extractor alone. The machine may be
 * shared: only the ratios within one run mean much.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"End to end on a real local broker: a pass-through Streams app (the limit), the full topology",
                "with exactly_once_v2 and with at_least_once, and the extractor alone, on the same generated articles;",
                "prints articles/s, MB/s, claims/s, memory and the full topology's share of the pass-through.",
                "The articles are a 'synth' wire (written to $FIGUREWIRE_HOME/bench/synth.jsonl with its truth); after each",
                "full-topology run the final figures table is checked against that truth (wrong or missing metrics: must be 0).",
                "--scale N1,N2,...: instead, the full topology (exactly_once_v2) alone on wires of each size, one table.",
                "The subcommands benchmark single stages. None of this is a test."},
        subcommands = {DedupBenchCommand.class, ExtractBenchCommand.class})
final class BenchCommand implements Callable<Integer>, Configurable {

    @Option(names = "--articles", defaultValue = "3000", description = "generated articles of about 3 KB (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seed", defaultValue = "12", description = "random seed of the generated wire (default: ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Option(names = "--pass-through-copies", defaultValue = "10",
            description = "the pass-through reads the articles this many times over, to last long enough to time (default: ${DEFAULT-VALUE})")
    int passThroughCopies;

    @Option(names = "--latency-rate", defaultValue = "10",
            description = "articles/s offered for the latency run, below the topology's throughput (default: ${DEFAULT-VALUE}; 0: none)")
    double latencyRate;

    @Option(names = "--latency-articles", defaultValue = "200", description = "articles sent in the latency run (default: ${DEFAULT-VALUE})")
    int latencyArticles;

    @Option(names = "--scale", split = ",", paramLabel = "N",
            description = "scale runs instead: the full topology with exactly_once_v2 on a wire of each size, e.g. 10000,100000")
    List<Integer> scale;

    @Option(names = "--timeout", defaultValue = "900", description = "seconds one app may take for the backlog (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    private final PrintStream say = System.out;

    /** bench runs its own broker: the topology's shape applies, as process would use it. */
    @Override
    public List<Setting> settings() {
        return List.of(Settings.PARTITIONS, Settings.COMMIT_INTERVAL_MS, Settings.THREADS);
    }

    @Override
    public Integer call() throws Exception {
        Configuration config = SettingOptions.of(spec);
        int partitions = config.integer(Settings.PARTITIONS);
        long commitIntervalMs = config.longValue(Settings.COMMIT_INTERVAL_MS);
        int threads = config.integer(Settings.THREADS);
        Path home = Main.Workspace.home().resolve("bench");
        DemoCommand.deleteRecursively(home);
        Files.createDirectories(home);
        if (scale != null) {
            return ScaleRuns.run(this, home, partitions, commitIntervalMs, threads);
        }
        BenchWire wire = wire(home, articles);
        try (LocalBroker broker = startBroker(home)) {
            EndToEndBench bench = new EndToEndBench(broker.bootstrap(), brokerPid(broker), home, wire, partitions, commitIntervalMs,
                    threads, timeoutSeconds * 1000L, say);
            say.printf(Locale.ROOT, "bench: %,d articles (%.1f MB of JSON, seed %d) and %d malformed records, %d partitions, "
                    + "%d stream thread(s), commit interval %d ms, broker %s (logs: %s)%n", wire.count(), bench.wireBytes() / 1e6, seed,
                    wire.malformed().size(), partitions, threads, commitIntervalMs, broker.bootstrap(),
                    System.getProperty("figurewire.log.file", "stderr"));
            String eos = StreamsConfig.EXACTLY_ONCE_V2;
            ProcessorSettings warm = bench.settings("warmup", eos);
            ProcessorSettings warmFull = bench.settings("warmfull", eos);
            ProcessorSettings before = bench.settings("pass1", eos);
            ProcessorSettings full = bench.settings("eos", eos);
            ProcessorSettings atLeastOnce = bench.settings("alos", StreamsConfig.AT_LEAST_ONCE);
            ProcessorSettings after = bench.settings("pass2", eos);
            ProcessorSettings latency = bench.settings("latency", eos);
            List<ProcessorSettings> all = List.of(warm, warmFull, before, full, atLeastOnce, after, latency);
            bench.createTopics(all);
            all.stream().filter(s -> s != latency).forEach(s -> {
                boolean isFull = s == full || s == atLeastOnce || s == warmFull;
                bench.load(s, isFull ? 1 : passThroughCopies, isFull);
            });
            say.println("loaded; warming the broker and this JVM with one pass-through and one full-topology run (not counted) ...");
            bench.passThrough(warm, passThroughCopies);
            // Without it the first full run (exactly-once) paid for compiling the broker's and the
            // app's transaction and store paths: most of its broker CPU was JIT (issue 12).
            progress(bench.fullTopology(warmFull, "warm-up"));
            List<EndToEndBench.Run> runs = new ArrayList<>();
            runs.add(progress(bench.passThrough(before, passThroughCopies)));
            runs.add(progress(bench.fullTopology(full, "eos")));
            runs.add(progress(bench.fullTopology(atLeastOnce, "alos")));
            runs.add(progress(bench.passThrough(after, passThroughCopies)));
            runs.add(progress(bench.extractorAlone()));
            print(runs);
            if (latencyRate > 0) {
                say.printf(Locale.ROOT, "%nlatency: %d articles offered at %.0f/s to an idle full topology (exactly_once_v2) ...%n",
                        latencyArticles, latencyRate);
                LatencyRun.Result r = LatencyRun.run(latency, wire.first(latencyArticles), latencyRate, latencyArticles,
                        Duration.ofMillis(3 * commitIntervalMs + 5000));
                say.printf(Locale.ROOT, "from an article's send to each of its claims committed: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms "
                        + "(%d claims)%n", r.p50(), r.p95(), r.p99(), r.samples());
            }
        }
        return 0;
    }

    /** Writes a synth wire of about {@code n} articles under {@code dir} and splits it for the runs. */
    BenchWire wire(Path dir, int n) throws java.io.IOException {
        Files.createDirectories(dir);
        Path synth = dir.resolve("synth.jsonl");
        SynthWire.write(seed, n, synth);
        return BenchWire.split(synth, dir.resolve("articles.jsonl"));
    }

    LocalBroker startBroker(Path home) throws Exception {
        LocalBroker broker = new LocalBroker(home.resolve("broker"), Main.Workspace.brokerTemplate(), LocalBroker.freePort(),
                LocalBroker.freePort());
        broker.start(Duration.ofSeconds(90));
        return broker;
    }

    static long brokerPid(LocalBroker broker) throws java.io.IOException {
        return Long.parseLong(Files.readString(broker.pidFile()).strip());
    }

    PrintStream say() {
        return say;
    }

    EndToEndBench.Run progress(EndToEndBench.Run run) {
        say.printf(Locale.ROOT, "  %s (%s): %,d articles in %.1f s, %s, %d in the dead-letter topic%n", run.name(),
                run.guarantee(), run.articles(), run.seconds(), run.progress(), run.deadLetters());
        if (run.truth() != null) {
            say.printf(Locale.ROOT, "    final figures against the wire's truth: %s%n", run.truth().summary());
            run.truth().wrong().stream().limit(10).forEach(w -> say.println("      wrong: " + w));
            run.truth().missing().stream().limit(10).forEach(m -> say.println("      missing: " + m));
        }
        return run;
    }

    private void print(List<EndToEndBench.Run> runs) {
        double limit = (runs.get(0).megabytesPerSecond() + runs.get(3).megabytesPerSecond()) / 2;
        say.println();
        TextTable table = new TextTable(200, "run", "guarantee", "seconds", "articles/s", "MB/s", "claims/s", "state MB",
                "of the limit", "CPU ms/article", "heap MB", "live MB", "RSS MB", "wrong/missing");
        for (EndToEndBench.Run r : runs) {
            table.row(r.name(), r.guarantee(), fmt("%.1f", r.seconds()), fmt("%,.0f", r.articlesPerSecond()),
                    fmt("%.2f", r.megabytesPerSecond()), fmt("%,.0f", r.claimsPerSecond()), fmt("%.1f", r.stateBytes() / 1e6),
                    fmt("%.1f%%", 100 * r.megabytesPerSecond() / limit), cpu(r), mb(r.memory().peakHeap()),
                    mb(r.memory().liveHeap()), mb(r.memory().peakRss()), r.truth() == null ? "" : r.truth().wrong().size() + " / "
                    + r.truth().missing().size());
        }
        table.printMarkdown(say, "llrrrrrrrrrrr");
        say.printf(Locale.ROOT, "full topology with exactly_once_v2 / pass-through (MB/s, mean of both pass-through runs): %.3f%n",
                runs.get(1).megabytesPerSecond() / limit);
        say.println("MB = the articles' JSON as published; state MB = the app's state directory after the run;");
        say.println("CPU ms/article = CPU time of the app's threads + of the broker process (of it, its JIT compiler threads), per article,");
        say.println("over the timed interval");
        say.println("(what other load on a shared machine inflates least); the extractor runs on this thread over the body");
        say.println("paragraphs, without cleaning or dedup.");
        say.println("heap MB = peak heap in use, live MB = heap in use after a full GC at the end, RSS MB = peak VmRSS: all of this JVM,");
        say.println("which runs the processor (the broker is a process of its own); RSS seldom shrinks, so a peak covers earlier runs too.");
        say.println("wrong/missing = truth metrics the final figures table has wrong or lacks (must be 0 / 0).");
    }

    static String fmt(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }

    static String mb(long bytes) {
        return bytes == 0 ? "" : String.format(Locale.ROOT, "%.0f", bytes / 1e6);
    }

    static String cpu(EndToEndBench.Run r) {
        double perArticle = 1000.0 / r.articles();
        return r.cpu().broker() == 0 ? String.format(Locale.ROOT, "%.2f", r.cpu().app() * perArticle)
                : String.format(Locale.ROOT, "%.2f + %.2f (JIT %.2f)", r.cpu().app() * perArticle, r.cpu().broker() * perArticle,
                        r.cpu().brokerJit() * perArticle);
    }
}
