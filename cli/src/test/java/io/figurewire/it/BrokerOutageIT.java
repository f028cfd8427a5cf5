package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.figurewire.api.HttpSettings;
import io.figurewire.producer.PublishRun;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stops mid-stream while the processor runs: {@code /health} says so (503, the broker
 * named) though Streams still reports RUNNING; once the broker is back the processor resumes on
 * its own, and its committed claims and figures equal those of a run that saw no outage: no
 * duplicate, no gap, the same table.
 */
class BrokerOutageIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    static final int ARTICLES = 300;

    @TempDir
    Path dir;

    @Test
    void healthReportsTheOutageAndTheOutputsEqualARunWithout() throws Exception {
        Path wire = dir.resolve("wire.jsonl");
        Files.write(wire, Outputs.variedWire("b-", ARTICLES));
        ProcessorSettings reference = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("ref-state"), "ref.");
        try (ProcessorApp app = Pipelines.startAndAwaitRunning(reference)) {
            assertThat(PublishRun.publishQuietly(KAFKA.bootstrap(), reference.topics().raw(), List.of(wire.toString())).published())
                    .isEqualTo(ARTICLES);
            Pipelines.awaitProcessed(app);
        }

        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("state"), "outage.");
        try (ProcessorApp app = new ProcessorApp(settings, HttpSettings.anyFreePort()).start()) {
            int port = app.api().port();
            await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(port, "/health").statusCode() == 200);
            assertThat(Http.json(Http.get(port, "/health")).get("broker").asText()).isEqualTo("reachable");
            assertThat(PublishRun.publishQuietly(KAFKA.bootstrap(), settings.topics().raw(), List.of(wire.toString())).published())
                    .isEqualTo(ARTICLES);

            KAFKA.stopBroker(); // mid-stream: the processor is still working through the articles
            await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(port, "/health").statusCode() == 503);
            assertThat(Http.json(Http.get(port, "/health")).get("broker").asText()).startsWith("broker unreachable");
            assertThat(app.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);

            KAFKA.startBroker();
            await().atMost(Duration.ofSeconds(90)).until(() -> Http.get(port, "/health").statusCode() == 200);
            Pipelines.awaitProcessed(app);
            assertThat(app.fatalError()).isNull();
        }
        assertThat(Outputs.claims(KAFKA.bootstrap(), settings.topics())).isEqualTo(Outputs.claims(KAFKA.bootstrap(), reference.topics()))
                .hasSizeGreaterThanOrEqualTo(ARTICLES);
        assertThat(Outputs.table(KAFKA.bootstrap(), settings.topics())).isEqualTo(Outputs.table(KAFKA.bootstrap(), reference.topics()));
    }
}
