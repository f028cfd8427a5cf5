package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.api.HttpSettings;
import io.figurewire.producer.PublishRun;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
        Files.write(wire, articles());
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
        assertThat(claims(settings.topics())).isEqualTo(claims(reference.topics())).hasSizeGreaterThanOrEqualTo(ARTICLES);
        assertThat(table(settings.topics())).isEqualTo(table(reference.topics()));
    }

    static List<String> articles() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String[] places = {"Sudan", "Chad", "Yemen", "Haiti", "Peru", "Nepal", "Gaza", "Mali"};
        String[] events = {"Floods", "A landslide", "Fighting", "A fire", "A storm", "An earthquake"};
        Instant base = Instant.now().minus(Duration.ofDays(2));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            lines.add(json.writeValueAsString(Map.of("id", "b-" + i, "source", "Wire " + (i % 3),
                    "published", base.plus(Duration.ofMinutes(i)).toString(),
                    "body", events[i % 6] + " killed " + (10 + i) + " people in " + places[i % 8] + " on day " + i
                            + ", officials said.\nConvoy " + i + " brought aid to " + (100 + 3 * i) + " families in "
                            + places[(i + 3) % 8] + " district " + i + ".")));
        }
        return lines;
    }

    /** Every committed claim as one line, counted: a duplicate shows as a count of 2. */
    static Map<String, Long> claims(Topics topics) {
        return TopicSnapshot.read(KAFKA.bootstrap(), topics.claims(), RecordSerdes.claim().deserializer()).stream()
                .map(r -> {
                    Claim c = r.value();
                    return r.key() + "|" + c.getArticleId() + "|" + c.getParagraphIndex() + "|" + c.getSpanStart() + "|" + c.getValue();
                })
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }

    static Map<String, String> table(Topics topics) {
        Map<String, String> rows = new TreeMap<>();
        TopicSnapshot.latestByKey(TopicSnapshot.read(KAFKA.bootstrap(), topics.figures(), RecordSerdes.figure().deserializer()))
                .forEach((metric, f) -> rows.put(metric, row(f)));
        return rows;
    }

    private static String row(Figure f) {
        return f.getCurrent().getValue() + " " + f.getCurrent().getQualifier() + " " + f.getCurrent().getArticleId()
                + " reports=" + f.getReportCount() + " flags=" + f.getFlags();
    }
}
