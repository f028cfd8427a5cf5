package io.figurewire.cli;

import io.figurewire.cli.broker.LocalBroker;
import io.figurewire.topology.ProcessorSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsConfig;

/**
 * {@code bench --scale}: the full topology with exactly-once on synth wires of growing size, one
 * broker, each wire on topics and state of its own, and one table: whether throughput holds and
 * whether memory and state level off once the wire is longer than the dedup window (samples at
 * a quarter, half and three quarters of each run's time show it within one run: the input is
 * read well before the work on it is done, so its offsets would not).
 */
final class ScaleRuns {

    private static final double[] QUARTERS = {0.25, 0.5, 0.75};

    private ScaleRuns() {
    }

    static int run(BenchCommand command, Path home, int partitions, long commitIntervalMs, int threads) throws Exception {
        PrintStream say = command.say();
        List<EndToEndBench.Run> runs = new ArrayList<>();
        try (LocalBroker broker = command.startBroker(home)) {
            say.printf(Locale.ROOT, "bench --scale %s: full topology with exactly_once_v2, %d partitions, %d stream thread(s), "
                    + "commit interval %d ms, broker %s (logs: %s)%n", command.scale, partitions, threads, commitIntervalMs,
                    broker.bootstrap(), System.getProperty("figurewire.log.file", "stderr"));
            for (int n : command.scale) {
                say.printf(Locale.ROOT, "%,d articles: writing the wire ...%n", n);
                Path dir = home.resolve("scale-" + n);
                BenchWire wire = command.wire(dir, n);
                // at least 5 articles/s, however long that makes a large wire
                long timeoutMs = Math.max(command.timeoutSeconds, n / 5L) * 1000L;
                EndToEndBench bench = new EndToEndBench(broker.bootstrap(), BenchCommand.brokerPid(broker), dir, wire, partitions,
                        commitIntervalMs, threads, timeoutMs, say);
                ProcessorSettings settings = bench.settings("scale" + n, StreamsConfig.EXACTLY_ONCE_V2);
                bench.createTopics(List.of(settings));
                say.printf(Locale.ROOT, "  loading %,d articles (%.1f MB) and %d malformed records ...%n", wire.count(), wire.bytes() / 1e6,
                        wire.malformed().size());
                bench.load(settings, 1, true);
                runs.add(command.progress(bench.fullTopology(settings, String.format(Locale.ROOT, "%,d", n))));
            }
        }
        print(say, runs);
        return 0;
    }

    private static void print(PrintStream say, List<EndToEndBench.Run> runs) {
        double first = runs.get(0).articlesPerSecond();
        say.println();
        TextTable table = new TextTable(200, "articles", "seconds", "articles/s", "MB/s", "vs first", "heap MB", "live MB",
                "RSS MB", "state MB", "RSS MB at 1/4 1/2 3/4", "state MB at 1/4 1/2 3/4", "wrong/missing", "DLQ");
        for (EndToEndBench.Run r : runs) {
            table.row(BenchCommand.fmt("%,d", r.articles()), BenchCommand.fmt("%.0f", r.seconds()),
                    BenchCommand.fmt("%,.1f", r.articlesPerSecond()), BenchCommand.fmt("%.2f", r.megabytesPerSecond()),
                    BenchCommand.fmt("%.0f%%", 100 * r.articlesPerSecond() / first), BenchCommand.mb(r.memory().peakHeap()),
                    BenchCommand.mb(r.memory().liveHeap()), BenchCommand.mb(r.memory().peakRss()),
                    BenchCommand.fmt("%.1f", r.stateBytes() / 1e6), quarters(r, true), quarters(r, false),
                    r.truth().wrong().size() + " / " + r.truth().missing().size(), r.deadLetters());
        }
        table.printMarkdown(say, "rrrrrrrrrllrr");
        say.println("vs first = articles/s against the first size's; heap, live, RSS as in 'bench' (this JVM runs the processor;");
        say.println("RSS seldom shrinks, so later sizes carry the earlier ones' peak); RSS and state at 1/4 1/2 3/4 = sampled at that");
        say.println("share of the run's time (- : no sample yet); DLQ = records in the dead-letter topic.");
    }

    /** The first sample at or past each quarter of the run's time, in MB. */
    private static String quarters(EndToEndBench.Run r, boolean rss) {
        List<String> out = new ArrayList<>();
        for (double q : QUARTERS) {
            out.add(r.samples().stream().filter(s -> s.seconds() >= q * r.seconds()).findFirst()
                    .map(s -> String.format(Locale.ROOT, "%.0f", (rss ? s.rss() : s.stateBytes()) / 1e6)).orElse("-"));
        }
        return out.stream().collect(Collectors.joining(" "));
    }
}
