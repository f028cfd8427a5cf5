package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.figurewire.api.HttpSettings;
import io.figurewire.producer.PublishRun;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.topology.ProcessorSettings;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stops while the processor runs: {@code /health} says so (503, the broker named) though
 * Streams still reports RUNNING, and once the broker is back the processor resumes on its own,
 * health is ready again and an article sent after the outage is processed.
 */
class BrokerOutageIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @TempDir
    Path dir;

    @Test
    void healthReportsTheOutageAndTheProcessorResumesAfterIt() throws Exception {
        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("state"), "outage.");
        try (ProcessorApp app = new ProcessorApp(settings, HttpSettings.anyFreePort()).start()) {
            int port = app.api().port();
            await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(port, "/health").statusCode() == 200);
            assertThat(Http.json(Http.get(port, "/health")).get("broker").asText()).isEqualTo("reachable");

            KAFKA.stopBroker();
            await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(port, "/health").statusCode() == 503);
            HttpResponse<String> down = Http.get(port, "/health");
            assertThat(Http.json(down).get("broker").asText()).startsWith("broker unreachable");

            KAFKA.startBroker();
            await().atMost(Duration.ofSeconds(90)).until(() -> Http.get(port, "/health").statusCode() == 200
                    && app.streams().state() == KafkaStreams.State.RUNNING);
            Path wire = dir.resolve("after.jsonl");
            Files.writeString(wire, "{\"id\":\"after-outage\",\"body\":\"A landslide killed 9 people, officials said.\"}\n");
            assertThat(PublishRun.publishQuietly(KAFKA.bootstrap(), settings.topics().raw(), List.of(wire.toString())).published()).isEqualTo(1);
            Pipelines.awaitProcessed(app);
            assertThat(TopicSnapshot.read(KAFKA.bootstrap(), settings.topics().clean(), RecordSerdes.cleanArticle().deserializer()))
                    .extracting(r -> r.key()).contains("after-outage");
            assertThat(app.fatalError()).isNull();
        }
    }
}
