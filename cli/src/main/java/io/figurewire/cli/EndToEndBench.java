package io.figurewire.cli;

import io.figurewire.extract.ArticleContext;
import io.figurewire.extract.ClaimExtractor;
import io.figurewire.producer.PublishRun;
import io.figurewire.runtime.ProcessingProbe;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicAdmin;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.Topics;
import io.figurewire.topology.FigurewireTopology;
import io.figurewire.topology.PendingReports;
import io.figurewire.topology.StoreNames;
import io.figurewire.topology.ProcessorSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * One benchmark run against a broker: every measured app gets its own copy of the generated
 * articles on its own topics (loaded before any app starts, so loading is not measured), reads
 * them as a backlog, and is timed from RUNNING until its committed offsets reach the end of every
 * source topic and stay there for longer than a commit interval (so an open transaction cannot
 * pass for the end).
 */
final class EndToEndBench {

    /**
     * What one app did with the whole backlog; {@code truth}: its final table against the wire's
     * truth (full topology only, else null); {@code samples}: memory and state as the input went.
     */
    record Run(String name, String guarantee, double seconds, long articles, long bytes, long claims, long stateBytes,
               long deadLetters, String progress, Cpu cpu, MemorySampler.Memory memory, TruthCheck truth, List<Sample> samples) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        double claimsPerSecond() {
            return claims / seconds;
        }
    }

    /** Taken at each progress line: seconds into the run, the process's RSS and the state directory's size. */
    record Sample(double seconds, long rss, long stateBytes) {
    }

    /**
     * CPU seconds spent in the measured interval by the app's own threads and by the broker process,
     * and the part of the broker's that its JIT compiler threads took: a broker started for the
     * bench compiles its request paths while the first runs go, and that cost (most of the broker's
     * CPU in a cold run, issue 12) is not one a long-running broker pays per article.
     */
    record Cpu(double app, double broker, double brokerJit) {
        static final Cpu NONE = new Cpu(0, 0, 0);
    }

    static final long PROGRESS_SECONDS = 10;

    private final String bootstrap;
    private final long brokerPid;
    private final Path home;
    private final BenchWire wire;
    private final PrintStream say;
    private final int partitions;
    private final long commitIntervalMs;
    private final int threads;
    private final long timeoutMs;

    EndToEndBench(String bootstrap, long brokerPid, Path home, BenchWire wire, int partitions, long commitIntervalMs,
                  int threads, long timeoutMs, PrintStream say) {
        this.bootstrap = bootstrap;
        this.brokerPid = brokerPid;
        this.home = home;
        this.wire = wire;
        this.partitions = partitions;
        this.commitIntervalMs = commitIntervalMs;
        this.threads = threads;
        this.timeoutMs = timeoutMs;
        this.say = say;
    }

    long wireBytes() {
        return wire.bytes();
    }

    ProcessorSettings settings(String name, String guarantee) {
        return ProcessorSettings.builder(bootstrap, home.resolve("state-" + name)).applicationId("bench-" + name)
                .topics(new Topics(name + ".")).partitions(partitions).processingGuarantee(guarantee)
                .commitIntervalMs(commitIntervalMs).threads(threads).build();
    }

    /**
     * Creates every run's topics and waits until each partition of every topic on the broker has a
     * leader (the claims-by-type topics too, which {@code Topics.all()} does not list): producing
     * while the broker is still creating logs met NotLeaderOrFollower, then OutOfOrderSequence, and
     * the batch expired.
     */
    void createTopics(List<ProcessorSettings> runs) throws ExecutionException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (ProcessorSettings s : runs) {
            TopicAdmin.ensureTopics(bootstrap, s.topics(), partitions, (short) 1);
            names.addAll(s.topics().all());
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!allLed(admin, names) || !allLed(admin, new ArrayList<>(admin.listTopics().names().get()))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("topics still without leaders after 60 s");
                }
                Thread.sleep(100);
            }
        }
    }

    private static boolean allLed(Admin admin, List<String> names) throws InterruptedException {
        try {
            Collection<TopicDescription> topics = admin.describeTopics(names).allTopicNames().get().values();
            return topics.stream().allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null && !p.isr().isEmpty()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false; // created, not yet in this broker's metadata
            }
            throw new IllegalStateException("cannot describe the bench topics", e.getCause());
        }
    }

    /**
     * Publishes the articles to the run's articles.raw, {@code copies} times over, as {@code produce}
     * does; with {@code malformed}, also the lines no reader takes, as they are, for the processor to dead-letter.
     */
    void load(ProcessorSettings settings, int copies, boolean malformed) {
        PublishRun.Summary s = PublishRun.publishQuietly(bootstrap, settings.topics().raw(),
                java.util.Collections.nCopies(copies, wire.articles().toString()));
        if (s.published() != copies * wire.count()) {
            throw new IllegalStateException("published " + s.published() + " of " + copies * wire.count() + " articles");
        }
        if (malformed) {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                    new StringSerializer(), new ByteArraySerializer())) {
                wire.malformed().forEach(line -> producer.send(new ProducerRecord<>(settings.topics().raw(), line.getBytes(StandardCharsets.UTF_8))));
            }
        }
    }

    /** @param copies how many times the articles were loaded: a pass-through run must last long enough to time */
    Run passThrough(ProcessorSettings settings, int copies) throws Exception {
        return measure(settings, PassThroughTopology.build(settings), "pass-through", copies, false, settings.applicationId());
    }

    Run fullTopology(ProcessorSettings settings, String label) throws Exception {
        return measure(settings, FigurewireTopology.withDefaults(settings).build(), "full topology", 1, true, label);
    }

    private Run measure(ProcessorSettings settings, Topology topology, String what, int copies, boolean countClaims, String label)
            throws Exception {
        double seconds;
        Cpu cpu;
        MemorySampler.Memory memory;
        List<Sample> samples = new ArrayList<>();
        try (MemorySampler sampler = new MemorySampler(); ProcessorApp app = new ProcessorApp(settings, topology)) {
            app.start();
            awaitRunning(app);
            long t0 = System.nanoTime();
            Map<Long, Long> appCpu0 = appThreadCpu(settings.applicationId());
            long brokerCpu0 = brokerCpuNanos();
            long brokerJit0 = brokerJitNanos();
            List<String> sources;
            try (ProcessingProbe probe = new ProcessingProbe(settings.bootstrap(), settings.applicationId(), app.topology())) {
                sources = probe.sourceTopics();
            }
            // the reordering buffers hold records whose offsets are committed: done only once they are empty too
            BooleanSupplier drained = countClaims ? () -> PendingReports.count(app.streams()) == 0 : () -> true;
            Progress progress = new Progress(label, t0, sampler, settings.stateDir(), samples, new LoopShares(app.streams(), settings.applicationId(), brokerPid));
            seconds = (awaitCaughtUp(app, sources, drained, progress) - t0) / 1e9;
            cpu = new Cpu(cpuSince(appCpu0, appThreadCpu(settings.applicationId())) / 1e9, (brokerCpuNanos() - brokerCpu0) / 1e9,
                    Math.max(0, brokerJitNanos() - brokerJit0) / 1e9);
            memory = sampler.finish(sampler.liveHeapAfterGc());
        }
        long claims = countClaims ? count(settings.topics().claims()) : 0;
        TruthCheck truth = countClaims ? TruthCheck.of(wire.truth().figures(), DemoOutputs.read(bootstrap, settings.topics()).figures()) : null;
        return new Run(what, settings.processingGuarantee(), seconds, copies * wire.count(), copies * wireBytes(), claims,
                sizeOf(settings.stateDir()), count(settings.topics().dlq()), count(settings.topics().clean()) + " clean articles out", cpu,
                memory, truth, List.copyOf(samples));
    }

    /** Prints a line every {@value #PROGRESS_SECONDS} s while an app works through its backlog, and keeps a sample each time. */
    private final class Progress {
        private final String label;
        private final long t0;
        private final MemorySampler sampler;
        private final Path stateDir;
        private final List<Sample> samples;
        private final LoopShares loop;
        private long next;

        Progress(String label, long t0, MemorySampler sampler, Path stateDir, List<Sample> samples, LoopShares loop) {
            this.label = label;
            this.t0 = t0;
            this.sampler = sampler;
            this.stateDir = stateDir;
            this.samples = samples;
            this.loop = loop;
            this.next = t0 + PROGRESS_SECONDS * 1_000_000_000L;
        }

        void maybePrint(OffsetsAt now, String rawTopic, String applicationId) throws IOException {
            if (now.nanos() < next) {
                return;
            }
            next += PROGRESS_SECONDS * 1_000_000_000L;
            long done = now.committedOf(rawTopic);
            long all = Math.max(1, now.endOf(rawTopic));
            double seconds = (now.nanos() - t0) / 1e9;
            Sample s = new Sample(seconds, MemorySampler.rss(), sizeOf(stateDir));
            samples.add(s);
            say.printf(Locale.ROOT, "    ... %s: %,d of %,d input records committed in %.0f s (%.0f/s), %,d behind on internal topics, "
                    + "heap %.0f MB, RSS %.0f MB, state %.1f MB%n      behind: %s%n      %s%n", label, done, all, seconds, done / seconds,
                    now.behindOutside(rawTopic), sampler.heapNow() / 1e6, s.rss() / 1e6, s.stateBytes() / 1e6,
                    now.behindByTopic(rawTopic, applicationId), loop.sinceLast());
        }
    }

    private long count(String topic) {
        return TopicSnapshot.read(bootstrap, topic, new ByteArrayDeserializer()).size();
    }

    /** The extractor alone on this thread over every body paragraph, after one pass to warm it up. */
    Run extractorAlone() throws IOException {
        ClaimExtractor extractor = ClaimExtractor.withDefaultLexicon();
        List<List<String>> paragraphs = wire.paragraphs();
        extractAll(extractor, paragraphs);
        long t0 = System.nanoTime();
        long claims = extractAll(extractor, paragraphs);
        return new Run("extractor alone", "in-process", (System.nanoTime() - t0) / 1e9, wire.count(), wireBytes(),
                claims, 0, 0, paragraphs.stream().mapToInt(List::size).sum() + " paragraphs",
                new Cpu((System.nanoTime() - t0) / 1e9, 0, 0), MemorySampler.Memory.NONE, null, List.of());
    }

    private static long extractAll(ClaimExtractor extractor, List<List<String>> paragraphs) {
        long claims = 0;
        for (int a = 0; a < paragraphs.size(); a++) {
            ArticleContext context = ArticleContext.of("bench-" + a);
            List<String> body = paragraphs.get(a);
            for (int i = 0; i < body.size(); i++) {
                claims += extractor.extract(body.get(i), i, context).size();
            }
        }
        return claims;
    }

    static void awaitRunning(ProcessorApp app) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (app.streams().state() != KafkaStreams.State.RUNNING) {
            if (app.fatalError() != null || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the app did not start (state " + app.streams().state() + ")", app.fatalError());
            }
            Thread.sleep(10);
        }
    }

    /**
     * @return System.nanoTime() of the first of the checks that found everything processed: the
     *     committed offsets at the end of every source partition (one short of it where the log
     *     ends in a transaction marker) and {@code drained}, with nothing moving for longer than a
     *     commit interval.
     */
    private long awaitCaughtUp(ProcessorApp app, List<String> sourceTopics, BooleanSupplier drained, Progress progress) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        long settleNanos = (commitIntervalMs + 500) * 1_000_000L;
        String raw = app.settings().topics().raw();
        boolean marks = hasProgressMarks(app.topology());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
                ProcessingProbe probe = new ProcessingProbe(bootstrap, app.settings().applicationId(), app.topology())) {
            OffsetsAt first = null;
            while (true) {
                if (app.fatalError() != null) {
                    throw new IllegalStateException("the app stopped: " + app.fatalError().getMessage(), app.fatalError());
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("not done within " + timeoutMs / 1000 + " s");
                }
                OffsetsAt now = OffsetsAt.read(admin, app.settings().applicationId(), sourceTopics);
                progress.maybePrint(now, raw, app.settings().applicationId());
                boolean done;
                if (marks) {
                    // progress marks keep the internal offsets moving: the offsets never stand still, so
                    // the probe, which skips marks, says when every record is through (read only then: it reads logs)
                    done = now.inputCaughtUp(raw) && drained.getAsBoolean() && probe.check().settled();
                    first = done && first != null ? first : now;
                } else {
                    done = now.caughtUp(raw) && drained.getAsBoolean();
                    first = done && now.sameAs(first) ? first : now;
                }
                if (done && now.nanos() - first.nanos() > settleNanos) {
                    return first.nanos();
                }
                Thread.sleep(probePauseMs(System.nanoTime() - progress.t0));
            }
        }
    }

    /** Whether a topology's internal topics carry the reordering buffers' progress marks (the full topology's do). */
    private static boolean hasProgressMarks(Topology topology) {
        return topology.describe().toString().contains(StoreNames.PARAGRAPHS_BY_FINGERPRINT);
    }

    /**
     * The pause between two reads of the offsets: 1/200 of the time so far, within 50 ms and 1 s,
     * so the run's end is found to within 0.5 % of its length. Each read is three admin requests
     * (metadata, end offsets of every source partition, the group's offsets) that the broker
     * serves on the cores the app needs; at a fixed 50 ms that was 60 requests a second for the
     * whole of a minute-long run.
     */
    static long probePauseMs(long elapsedNanos) {
        return Math.max(50, Math.min(1000, elapsedNanos / 1_000_000 / 200));
    }

    /** CPU time so far of every live thread of the app (its stream threads and its clients' network threads). */
    private static Map<Long, Long> appThreadCpu(String applicationId) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new java.util.HashMap<>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains(applicationId + "-")) {
                out.put(t.getThreadId(), Math.max(0, threads.getThreadCpuTime(t.getThreadId())));
            }
        }
        return out;
    }

    private static long cpuSince(Map<Long, Long> before, Map<Long, Long> after) {
        return after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
    }

    private long brokerCpuNanos() {
        return ProcessHandle.of(brokerPid).flatMap(h -> h.info().totalCpuDuration()).map(java.time.Duration::toNanos).orElse(0L);
    }

    /**
     * CPU time so far of the broker's live JIT compiler threads (HotSpot names them "C1/C2
     * CompilerThread<n>"). A compiler thread that ends within the interval takes its time with it,
     * so this is a lower bound of the JIT's share.
     */
    private long brokerJitNanos() {
        return JIT_THREADS.stream().mapToLong(prefix -> RunQueue.of(brokerPid, prefix).runNanos()).sum();
    }

    /** How HotSpot names its JIT compiler threads. */
    static final List<String> JIT_THREADS = List.of("C1 CompilerThread", "C2 CompilerThread");

    static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
