package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.producer.PublishRun;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean stop and start of the processor with its state directory: the second start keeps the
 * local state (nothing is restored from the changelogs, so no task was found corrupted and wiped)
 * and, having left the group on the way out, does not wait out the old member's session. The time
 * to RUNNING is printed, not asserted.
 */
class CleanRestartIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @TempDir
    Path dir;

    @Test
    void aCleanRestartKeepsItsLocalState() throws Exception {
        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("state"), "restart.");
        Path wire = dir.resolve("wire.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        String[] places = {"Sudan", "Chad", "Yemen", "Haiti", "Peru", "Nepal"};
        String[] events = {"Floods", "A landslide", "Fighting", "A fire", "A storm"};
        for (int i = 0; i < 30; i++) {
            // different wording per article, so paragraphs route to every partition's dedup store
            lines.add(json.writeValueAsString(Map.of("id", "r-" + i, "published", Instant.now().minusSeconds(3600 - i).toString(),
                    "body", events[i % 5] + " killed " + (40 + i) + " people in " + places[i % 6] + " on day " + i
                            + ", officials said.\nAid convoy " + i + " reached " + (i + 2) + " camps near " + places[(i + 1) % 6] + ".")));
        }
        Files.write(wire, lines);
        try (ProcessorApp first = Pipelines.startAndAwaitRunning(settings)) {
            assertThat(PublishRun.publishQuietly(KAFKA.bootstrap(), settings.topics().raw(), List.of(wire.toString())).published()).isEqualTo(30);
            Pipelines.awaitProcessed(first);
        }
        long t0 = System.nanoTime();
        try (ProcessorApp second = new ProcessorApp(settings).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> second.streams().state() == KafkaStreams.State.RUNNING);
            double running = (System.nanoTime() - t0) / 1e9;
            // restoration runs beside processing (the state updater): a record processed now means it is over
            Files.writeString(wire, json.writeValueAsString(Map.of("id", "after", "body", "A quake killed 3 people in Fiji.")) + "\n");
            PublishRun.publishQuietly(KAFKA.bootstrap(), settings.topics().raw(), List.of(wire.toString()));
            Pipelines.awaitProcessed(second);
            System.out.printf("clean restart: RUNNING in %.1f s, %d records restored from changelogs%n", running, second.restoredRecords());
            assertThat(second.restoredRecords()).as("records restored after a clean restart").isZero();
        }
    }
}
