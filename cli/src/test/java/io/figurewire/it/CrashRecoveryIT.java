package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.figurewire.producer.PublishRun;
import io.figurewire.runtime.ProcessingProbe;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicAdmin;
import io.figurewire.schemas.Topics;
import io.figurewire.topology.FigurewireTopology;
import io.figurewire.topology.ProcessorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./figurewire process} as its own JVM, killed with SIGKILL three times while it works
 * through a backlog, then run to the end: its read_committed claims and figures table equal those
 * of an in-process run that never crashed: no duplicate, no gap, the same table. The processor
 * is a static group member, so a restart does not wait out the killed member's session; each
 * life's time from start to first commit is printed.
 */
class CrashRecoveryIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    static final int ARTICLES = 2_000;
    static final int KILLS = 3;
    /** The processors' logs outlive the test (the temporary directory does not), for a failure to be read. */
    static final Path LOGS = Path.of("target", "crash-recovery");

    @TempDir
    Path dir;

    @Test
    void threeKillsLoseAndDoubleNothing() throws Exception {
        Files.createDirectories(LOGS);
        Path wire = dir.resolve("wire.jsonl");
        Files.write(wire, Outputs.variedWire("k-", ARTICLES));
        // created before the reference run: an idempotent producer that writes to topics created a
        // moment ago on a loaded broker had batches refused (OutOfOrderSequence) and lost 74 of 2,000
        Topics topics = new Topics("crash.");
        TopicAdmin.ensureTopics(KAFKA.bootstrap(), topics, 3, (short) 1);
        ProcessorSettings reference = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("ref-state"), "ref.");
        try (ProcessorApp app = Pipelines.startAndAwaitRunning(reference)) {
            assertThat(PublishRun.publishQuietly(KAFKA.bootstrap(), reference.topics().raw(), List.of(wire.toString())).published())
                    .isEqualTo(ARTICLES);
            Pipelines.awaitProcessed(Duration.ofSeconds(600), app);
        }

        String appId = "it-crash-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(PublishRun.publishQuietly(KAFKA.bootstrap(), topics.raw(), List.of(wire.toString())).published()).isEqualTo(ARTICLES);
        Path state = dir.resolve("state");
        ProcessorSettings same = ProcessorSettings.builder(KAFKA.bootstrap(), state).applicationId(appId).topics(topics)
                .partitions(3).build();
        try (ProcessingProbe probe = new ProcessingProbe(KAFKA.bootstrap(), appId, FigurewireTopology.withDefaults(same).build())) {
            long before = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                long started = System.nanoTime();
                Process p = startProcessor(appId, state, kill);
                long from = before;
                // killed at this life's first commit (over every source topic, internal ones included):
                // it made progress, and work is still in flight
                await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200))
                        .until(() -> probe.check().processed() > from || !p.isAlive());
                System.out.printf("life %d: first commit %.1f s after the start%s%n", kill, (System.nanoTime() - started) / 1e9,
                        kill == 1 ? "" : " (a restart after kill -9)");
                assertThat(p.isAlive()).as("processor %d still running", kill).isTrue();
                // in flight: input not yet read, or read into a reordering buffer and not yet passed on
                boolean inFlight = !probe.check().settled();
                p.destroyForcibly().waitFor();
                before = probe.check().processed();
                System.out.printf("kill -9 #%d with %d of %d articles read (%d records over all source topics), work in flight: %s%n",
                        kill, committedInput(appId, topics), ARTICLES, before, inFlight);
                assertThat(inFlight).as("kill %d interrupted work", kill).isTrue();
            }
            long started = System.nanoTime();
            Process last = startProcessor(appId, state, KILLS + 1);
            try {
                // Settled twice in a row: every source topic committed to its end AND nothing held in
                // the reordering buffers, read from their changelogs (this JVM cannot ask the
                // processor's stores). Committed offsets alone said "done" while the buffers still
                // held 4,012 of the paragraphs (24 of 3,799 claims written): that was the failure.
                int[] settled = {0};
                await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    settled[0] = probe.check().settled() ? settled[0] + 1 : 0;
                    return settled[0] >= 2;
                });
                System.out.printf("last life: settled %.1f s after the start%n", (System.nanoTime() - started) / 1e9);
            } finally {
                last.destroy();
                last.waitFor();
            }
        }
        assertThat(Outputs.claims(KAFKA.bootstrap(), topics)).isEqualTo(Outputs.claims(KAFKA.bootstrap(), reference.topics()))
                .hasSizeGreaterThanOrEqualTo(ARTICLES);
        // Every flag included: staleness is judged on the arrival times the reports carry, so it
        // does not depend on the order a buffer released them in after a crash.
        var crashed = Outputs.table(KAFKA.bootstrap(), topics);
        var uncrashed = Outputs.table(KAFKA.bootstrap(), reference.topics());
        // On a difference, say which rows and which articles came to the table in parts (the
        // processors' "later part" lines): the whole maps alone named no article.
        assertThat(crashed).as(() -> differences(crashed, uncrashed)).hasSizeGreaterThan(0).isEqualTo(uncrashed);
    }

    /** The rows that differ (crashed vs uncrashed) and every processor's lines about articles that reached the table in parts. */
    private static String differences(Map<String, String> crashed, Map<String, String> uncrashed) {
        StringBuilder out = new StringBuilder("rows that differ (crashed | uncrashed):\n");
        new TreeSet<>(union(crashed.keySet(), uncrashed.keySet())).stream()
                .filter(m -> !Objects.equals(crashed.get(m), uncrashed.get(m)))
                .forEach(m -> out.append("  ").append(m).append(": ").append(crashed.get(m)).append(" | ").append(uncrashed.get(m)).append('\n'));
        out.append("articles that reached the table in parts, per life (").append(LOGS.toAbsolutePath()).append("):\n");
        for (int life = 1; life <= KILLS + 1; life++) {
            Path log = LOGS.resolve("processor-" + life + ".out");
            try (var lines = Files.lines(log)) {
                int n = life;
                lines.filter(l -> l.contains("a later part of article")).forEach(l -> out.append("  life ").append(n).append(": ").append(l).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                out.append("  life ").append(life).append(": ").append(log).append(" unreadable: ").append(e).append('\n');
            }
        }
        return out.toString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private Process startProcessor(String appId, Path state, int life) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfigurewire.log.file=" + LOGS.resolve("processor-" + life + ".log").toAbsolutePath(), "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.figurewire.records",
                "-cp", System.getProperty("java.class.path"), "io.figurewire.cli.Main", "process",
                "--bootstrap", KAFKA.bootstrap(), "--topic-prefix", "crash.", "--application-id", appId,
                "--state-dir", state.toString(), "--partitions", "3", "--http-port", "0"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(LOGS.resolve("processor-" + life + ".out").toFile()).start();
    }

    private static long committedInput(String appId, Topics topics) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrap());
        try (Admin admin = Admin.create(p)) {
            return admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topics.raw()) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }
}
