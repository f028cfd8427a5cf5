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
import io.figurewire.topology.ProcessorSettings;
import java.io.IOException;
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

    /** What one app did with the whole backlog. */
    record Run(String name, String guarantee, double seconds, long articles, long bytes, long claims, long stateBytes,
               long deadLetters, String progress, Cpu cpu) {
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

    /** CPU seconds spent in the measured interval by the app's own threads and by the broker process. */
    record Cpu(double app, double broker) {
        static final Cpu NONE = new Cpu(0, 0);
    }

    private final String bootstrap;
    private final long brokerPid;
    private final Path home;
    private final Path wireFile;
    private final BenchArticles.Wire wire;
    private final int partitions;
    private final long commitIntervalMs;
    private final int threads;
    private final long timeoutMs;

    EndToEndBench(String bootstrap, long brokerPid, Path home, BenchArticles.Wire wire, int partitions, long commitIntervalMs,
                  int threads, long timeoutMs) throws IOException {
        this.bootstrap = bootstrap;
        this.brokerPid = brokerPid;
        this.home = home;
        this.wire = wire;
        this.partitions = partitions;
        this.commitIntervalMs = commitIntervalMs;
        this.threads = threads;
        this.timeoutMs = timeoutMs;
        this.wireFile = home.resolve("articles.jsonl");
        wire.writeJsonLines(wireFile);
    }

    long wireBytes() throws IOException {
        return Files.size(wireFile);
    }

    ProcessorSettings settings(String name, String guarantee) {
        return ProcessorSettings.builder(bootstrap, home.resolve("state-" + name)).applicationId("bench-" + name)
                .topics(new Topics(name + ".")).partitions(partitions).processingGuarantee(guarantee)
                .commitIntervalMs(commitIntervalMs).threads(threads).build();
    }

    /** Creates every run's topics and waits until each partition has a leader: producing sooner races the creation. */
    void createTopics(List<ProcessorSettings> runs) throws ExecutionException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (ProcessorSettings s : runs) {
            TopicAdmin.ensureTopics(bootstrap, s.topics(), partitions, (short) 1);
            names.addAll(s.topics().all());
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!allLed(admin, names)) {
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

    /** Publishes the articles to the run's articles.raw, {@code copies} times over. */
    void load(ProcessorSettings settings, int copies) {
        PublishRun.Summary s = PublishRun.publishQuietly(bootstrap, settings.topics().raw(),
                java.util.Collections.nCopies(copies, wireFile.toString()));
        if (s.published() != (long) copies * wire.articles().size()) {
            throw new IllegalStateException("published " + s.published() + " of " + copies * wire.articles().size() + " articles");
        }
    }

    /** @param copies how many times the articles were loaded: a pass-through run must last long enough to time */
    Run passThrough(ProcessorSettings settings, int copies) throws Exception {
        return measure(settings, PassThroughTopology.build(settings), "pass-through", copies, false);
    }

    Run fullTopology(ProcessorSettings settings) throws Exception {
        return measure(settings, FigurewireTopology.withDefaults(settings).build(), "full topology", 1, true);
    }

    private Run measure(ProcessorSettings settings, Topology topology, String what, int copies, boolean countClaims)
            throws Exception {
        double seconds;
        Cpu cpu;
        try (ProcessorApp app = new ProcessorApp(settings, topology)) {
            app.start();
            awaitRunning(app);
            long t0 = System.nanoTime();
            Map<Long, Long> appCpu0 = appThreadCpu(settings.applicationId());
            long brokerCpu0 = brokerCpuNanos();
            List<String> sources;
            try (ProcessingProbe probe = new ProcessingProbe(settings.bootstrap(), settings.applicationId(), app.topology())) {
                sources = probe.sourceTopics();
            }
            // the reordering buffers hold records whose offsets are committed: done only once they are empty too
            BooleanSupplier drained = countClaims ? () -> PendingReports.count(app.streams()) == 0 : () -> true;
            seconds = (awaitCaughtUp(app, sources, drained) - t0) / 1e9;
            cpu = new Cpu(cpuSince(appCpu0, appThreadCpu(settings.applicationId())) / 1e9, (brokerCpuNanos() - brokerCpu0) / 1e9);
        }
        long claims = countClaims ? count(settings.topics().claims()) : 0;
        return new Run(what, settings.processingGuarantee(), seconds, (long) copies * wire.articles().size(), copies * wireBytes(), claims,
                sizeOf(settings.stateDir()), count(settings.topics().dlq()), count(settings.topics().clean()) + " clean articles out", cpu);
    }

    private long count(String topic) {
        return TopicSnapshot.read(bootstrap, topic, new ByteArrayDeserializer()).size();
    }

    /** The extractor alone on this thread over every body paragraph, after one pass to warm it up. */
    Run extractorAlone() throws IOException {
        ClaimExtractor extractor = ClaimExtractor.withDefaultLexicon();
        extractAll(extractor);
        long t0 = System.nanoTime();
        long claims = extractAll(extractor);
        return new Run("extractor alone", "in-process", (System.nanoTime() - t0) / 1e9, wire.articles().size(), wireBytes(),
                claims, 0, 0, wire.paragraphs().stream().mapToInt(List::size).sum() + " paragraphs",
                new Cpu((System.nanoTime() - t0) / 1e9, 0));
    }

    private long extractAll(ClaimExtractor extractor) {
        long claims = 0;
        for (int a = 0; a < wire.paragraphs().size(); a++) {
            ArticleContext context = ArticleContext.of("bench-" + a);
            List<String> body = wire.paragraphs().get(a);
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
    private long awaitCaughtUp(ProcessorApp app, List<String> sourceTopics, BooleanSupplier drained) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        long settleNanos = (commitIntervalMs + 500) * 1_000_000L;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            OffsetsAt first = null;
            while (true) {
                if (app.fatalError() != null) {
                    throw new IllegalStateException("the app stopped: " + app.fatalError().getMessage(), app.fatalError());
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("not done within " + timeoutMs / 1000 + " s");
                }
                OffsetsAt now = OffsetsAt.read(admin, app.settings().applicationId(), sourceTopics);
                boolean done = now.caughtUp(app.settings().topics().raw()) && drained.getAsBoolean();
                first = done && now.sameAs(first) ? first : now;
                if (done && now.nanos() - first.nanos() > settleNanos) {
                    return first.nanos();
                }
                Thread.sleep(50);
            }
        }
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

    static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
