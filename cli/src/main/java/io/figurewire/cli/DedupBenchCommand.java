package io.figurewire.cli;

import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.stages.ParagraphVerdicts;
import io.figurewire.text.Fingerprints;
import io.figurewire.topology.DedupStage;
import io.figurewire.topology.ProcessorSettings;
import io.figurewire.topology.StoreNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Paragraph dedup at wire scale. Drives the dedup processor directly, with the production
 * store definition (RocksDB window store, retention = the dedup window) initialised through
 * Kafka's MockProcessorContext, and event time advancing evenly over the simulated days, so
 * retention drops old segments as it does in production. Not through TopologyTestDriver: it
 * commits (flushes RocksDB) after every record, which would measure the driver rather than
 * dedup. No broker and no changelog: this measures dedup, not Kafka's network.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Paragraphs/s of the dedup stage and the size of its store over simulated days:",
                "the store stops growing once the dedup window has passed."})
final class DedupBenchCommand implements Callable<Integer>, Configurable {

    @Option(names = "--paragraphs", defaultValue = "1000000", description = "synthetic paragraphs (default: ${DEFAULT-VALUE})")
    int paragraphs;

    @Option(names = "--days", defaultValue = "28", description = "simulated days they are spread over (default: ${DEFAULT-VALUE})")
    int days;

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", defaultValue = "14", description = "size reports along the way (default: ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--seed", defaultValue = "42", description = "random seed of the synthetic wire (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public List<Setting> settings() {
        return List.of(Settings.DEDUP_WINDOW_DAYS);
    }

    @Override
    public Integer call() throws IOException {
        int windowDays = SettingOptions.of(spec).integer(Settings.DEDUP_WINDOW_DAYS);
        PrintStream out = System.out;
        Path state = Files.createTempDirectory("figurewire-bench-dedup");
        ProcessorSettings settings = ProcessorSettings.builder("bench:9092", state).applicationId("bench-dedup").partitions(1)
                .processingGuarantee(StreamsConfig.AT_LEAST_ONCE).dedupWindow(Duration.ofDays(windowDays)).commitIntervalMs(30_000L).build();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        long stepMs = Duration.ofDays(days).toMillis() / paragraphs;
        SyntheticWire wire = new SyntheticWire(seed, 20_000);
        out.printf(Locale.ROOT, "dedup bench: %,d synthetic paragraphs over %d simulated days, dedup window %d days%n",
                paragraphs, days, windowDays);
        out.printf(Locale.ROOT, "%6s %12s %14s %14s %14s %12s%n", "day", "paragraphs", "store entries", "paragraphs/s",
                "per CPU-s", "dropped");
        long totalNanos = 0;
        // CPU time of this thread as well as wall time: the machine may be shared, and CPU
        // seconds are what other load does not inflate (RocksDB's own threads are not counted).
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long totalCpuNanos = 0;
        long dropped = 0;
        WindowStore<String, byte[]> store = DedupStage.sightingsStore(settings).withLoggingDisabled().build();
        MockProcessorContext<String, ParagraphBatch> context = new MockProcessorContext<>(settings.streamsProperties(),
                new org.apache.kafka.streams.processor.TaskId(0, 0), state.toFile());
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        WindowStore<String, byte[]> index = DedupStage.candidateIndexStore(settings).build();
        index.init(context.getStateStoreContext(), index);
        context.addStateStore(index);
        Processor<String, ParagraphBatch, String, ParagraphBatch> dedup = DedupStage.processor(settings);
        dedup.init(context);
        try {
            int every = Math.max(1, paragraphs / reports);
            long batchStart = System.nanoTime();
            long batchCpuStart = cpu.getCurrentThreadCpuTime();
            int batchCount = 0;
            for (int i = 0; i < paragraphs; i++) {
                Paragraph p = paragraph("b-" + i, wire.next().text());
                long ts = start.toEpochMilli() + i * stepMs;
                dedup.process(new Record<>(ParagraphVerdicts.routingKey(p), DedupStage.batchOf(p), ts));
                batchCount++;
                if ((i + 1) % every == 0 || i + 1 == paragraphs) {
                    long nanos = System.nanoTime() - batchStart;
                    long cpuNanos = cpu.getCurrentThreadCpuTime() - batchCpuStart;
                    totalNanos += nanos;
                    totalCpuNanos += cpuNanos;
                    dropped += context.forwarded().stream().flatMap(f -> f.record().value().getParagraphs().stream())
                            .filter(ParagraphVerdicts::dropped).count();
                    context.resetForwards();
                    double day = (ts - start.toEpochMilli()) / (double) Duration.ofDays(1).toMillis();
                    out.printf(Locale.ROOT, "%6.1f %,12d %,14d %,14.0f %,14.0f %,12d%n", day, i + 1, count(store),
                            batchCount / (nanos / 1e9), batchCount / (cpuNanos / 1e9), dropped);
                    batchStart = System.nanoTime();
                    batchCpuStart = cpu.getCurrentThreadCpuTime();
                    batchCount = 0;
                }
            }
        } finally {
            index.close();
            store.close();
            deleteQuietly(state);
        }
        out.printf(Locale.ROOT, "overall: %,.0f paragraphs/s, %,.0f per CPU-second of the bench thread (text generation "
                + "included, store counting excluded); %,d dropped as repeats (%.1f%%)%n",
                paragraphs / (totalNanos / 1e9), paragraphs / (totalCpuNanos / 1e9), dropped, 100.0 * dropped / paragraphs);
        out.println("synthetic wire: 60% new paragraphs, 20% exact repeats, 10% typo copies, 10% revisions of a recent one;");
        out.printf(Locale.ROOT, "store entries: sightings the store '%s' still serves, i.e. the kept paragraphs of the last %d days;%n",
                StoreNames.PARAGRAPH_SIGHTINGS, windowDays);
        out.println("on disk RocksDB holds at most one more segment (half a window) before dropping it whole.");
        return 0;
    }

    static Paragraph paragraph(String articleId, String text) {
        return Paragraph.newBuilder().setArticleId(articleId).setIndex(0).setParagraphCount(1).setText(text)
                .setFingerprint(Fingerprints.exact(text)).setMaskedFingerprint(Fingerprints.masked(text))
                .setDuplicateOf(null).setRevisionOf(null).setTitle(null).setSource("bench").setUrl(null)
                .setPublished(null).setLocation(null).build();
    }

    /** Sightings, not entries: an entry holds a batch's (and a store an older version wrote also holds candidate-key pointers). */
    private static long count(WindowStore<String, byte[]> store) {
        long n = 0;
        try (KeyValueIterator<Windowed<String>, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, byte[]> entry = it.next();
                n += DedupStage.sightingsIn(entry.key.key(), entry.value);
            }
        }
        return n;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
