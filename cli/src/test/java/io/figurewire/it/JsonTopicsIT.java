package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.figurewire.cli.DemoOutputs;
import io.figurewire.producer.PublishRun;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordJson;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.schemas.Topics;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output-format json} on a real broker: the tie wire through an Avro pipeline and a JSON
 * one. A plain String consumer with Jackson reads every output topic of the JSON run and finds
 * the records of the Avro run, field for field; the figures table and the change log (the demo's
 * files) are byte for byte the same; and the processor's own readers take the JSON topics.
 */
class JsonTopicsIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @TempDir
    static Path dir;

    static final ObjectMapper JSON = new ObjectMapper();
    static Topics avroTopics;
    static Topics jsonTopics;

    @BeforeAll
    static void runTheWireAsAvroAndAsJson() throws Exception {
        Path wire = TieWire.write(dir.resolve("ties.jsonl"));
        avroTopics = run(wire, "avro.", SerdeOptions.defaults());
        jsonTopics = run(wire, "json.", SerdeOptions.json());
    }

    private static Topics run(Path wire, String prefix, SerdeOptions serdes) throws Exception {
        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("state-" + prefix), prefix).toBuilder()
                .serdes(serdes).build();
        try (ProcessorApp app = Pipelines.startAndAwaitRunning(settings)) {
            PublishRun.Summary sent = PublishRun.publishQuietly(KAFKA.bootstrap(), settings.topics().raw(), List.of(wire.toString()));
            assertThat(sent.published()).isEqualTo(TieWire.articles().size());
            Pipelines.awaitProcessed(app);
        }
        return settings.topics();
    }

    @Test
    void aPlainConsumerReadsEveryOutputTopicAsTheAvroRunsRecords() throws Exception {
        assertSameRecords(jsonTopics.paragraphs(), avroTopics.paragraphs(), RecordSerdes.paragraph().deserializer());
        assertSameRecords(jsonTopics.clean(), avroTopics.clean(), RecordSerdes.cleanArticle().deserializer());
        assertSameRecords(jsonTopics.claims(), avroTopics.claims(), RecordSerdes.claim().deserializer());
        assertSameRecords(jsonTopics.claimsOf("killed"), avroTopics.claimsOf("killed"), RecordSerdes.claim().deserializer());
        assertSameTable(jsonTopics.figures(), avroTopics.figures());
        assertSameRecords(jsonTopics.figureChanges(), avroTopics.figureChanges(), RecordSerdes.figureChange().deserializer());
    }

    @Test
    void theTableAndChangeLogAreTheDemosFilesByteForByte() {
        DemoOutputs avro = DemoOutputs.read(KAFKA.bootstrap(), avroTopics);
        DemoOutputs json = DemoOutputs.read(KAFKA.bootstrap(), jsonTopics);
        assertThat(json.figures()).isNotEmpty();
        assertThat(json.figuresJson()).isEqualTo(avro.figuresJson());
        assertThat(json.changeLines()).isEqualTo(avro.changeLines());
    }

    @Test
    void aChangeReadsAsDocumented() throws Exception {
        List<String> changes = values(jsonTopics.figureChanges());
        JsonNode change = JSON.readTree(changes.get(0));
        assertThat(change.get("metric").asText()).contains("/");
        assertThat(change.get("to").get("value").isNumber()).isTrue();
        assertThat(change.get("to").get("qualifier").isTextual()).isTrue();
        assertThat(change.get("published").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?Z");
    }

    /**
     * The JSON topic, parsed by Jackson, holds the Avro topic's records seen as JSON: the same
     * multiset, without {@code received} (when the producer stamped each article: per run), wherever it is.
     */
    private static <V extends SpecificRecord> void assertSameRecords(String jsonTopic, String avroTopic, Deserializer<V> avro)
            throws Exception {
        List<String> expected = new ArrayList<>();
        for (ConsumerRecord<String, V> r : TopicSnapshot.read(KAFKA.bootstrap(), avroTopic, avro)) {
            expected.add(comparable(JSON.readTree(RecordJson.line(r.value()))));
        }
        List<String> actual = new ArrayList<>();
        for (String value : values(jsonTopic)) {
            JsonNode node = JSON.readTree(value);
            assertThat(node.isObject()).as("a JSON object on %s", jsonTopic).isTrue();
            node.fieldNames().forEachRemaining(f -> assertThat(f).as("field of %s", jsonTopic).matches("[a-z][a-z0-9_]*"));
            actual.add(comparable(node));
        }
        assertThat(actual).as(jsonTopic).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    /** figures is a table: its last row per metric is what both runs agree on (DeterministicTableIT). */
    private static void assertSameTable(String jsonTopic, String avroTopic) throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        TopicSnapshot.latestByKey(TopicSnapshot.read(KAFKA.bootstrap(), avroTopic, RecordSerdes.figure().deserializer()))
                .forEach((metric, f) -> expected.put(metric, withoutArrival(RecordJson.line(f))));
        Map<String, String> actual = new LinkedHashMap<>();
        for (var e : TopicSnapshot.latestByKey(TopicSnapshot.read(KAFKA.bootstrap(), jsonTopic, new StringDeserializer())).entrySet()) {
            actual.put(e.getKey(), withoutArrival(e.getValue()));
        }
        assertThat(actual).as(jsonTopic).isNotEmpty().containsExactlyInAnyOrderEntriesOf(expected);
    }

    private static List<String> values(String topic) {
        return TopicSnapshot.read(KAFKA.bootstrap(), topic, new StringDeserializer()).stream().map(ConsumerRecord::value).toList();
    }

    private static String comparable(JsonNode node) throws Exception {
        node.findParents("received").forEach(parent -> ((ObjectNode) parent).remove("received"));
        return JSON.writeValueAsString(node);
    }

    /** received is when the producer stamped each article: per run, at the top and in every report. */
    private static String withoutArrival(String json) {
        try {
            return comparable(JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
