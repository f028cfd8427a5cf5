package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.figurewire.records.Figure;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.RecordJson;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.schemas.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output-format json} on the test driver: the same wire through a JSON pipeline and an
 * Avro one gives, topic by topic, JSON text equal to the Avro records' JSON view, and the figures
 * table the API queries (restored from the figures topic itself) still holds figures.
 */
class JsonOutputTopologyTest {

    static final Instant T0 = Instant.parse("2026-02-10T06:00:00Z");
    final Topics topics = Topics.unprefixed();

    @TempDir
    Path state;

    @Test
    void everyOutputTopicIsTheJsonViewOfWhatAvroWouldHaveCarried() {
        Map<String, List<String>> json = run(SerdeOptions.json(), state.resolve("json"), false);
        Map<String, List<String>> avroAsJson = run(SerdeOptions.defaults(), state.resolve("avro"), true);
        assertThat(json.get(topics.claims())).as("claims").isNotEmpty();
        assertThat(json.get(topics.figureChanges())).as("changes").isNotEmpty();
        assertThat(json).isEqualTo(avroAsJson);
        for (List<String> lines : json.values()) {
            for (String line : lines) {
                JsonNode node = readTree(line);
                assertThat(node.isObject()).isTrue();
                node.fieldNames().forEachRemaining(f -> assertThat(f).as("snake_case field").matches("[a-z][a-z0-9_]*"));
            }
        }
        JsonNode change = readTree(json.get(topics.figureChanges()).get(1));
        assertThat(change.get("to").get("value").asInt()).isEqualTo(22);
        assertThat(change.get("from").get("value").asInt()).isEqualTo(14);
        assertThat(change.get("published").asText()).isEqualTo("2026-02-10T08:00:00Z");
    }

    /** Each output topic's values, as JSON text: raw when the pipeline wrote JSON, else decoded and viewed. */
    private Map<String, List<String>> run(SerdeOptions serdes, Path dir, boolean decode) {
        ProcessorSettings settings = DriverSettings.builder(dir).serdes(serdes).build();
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(FigurewireTopology.withDefaults(settings).build(),
                settings.streamsProperties())) {
            var raw = driver.createInputTopic(topics.raw(), new StringSerializer(), RecordSerdes.rawArticle().serializer());
            send(raw, "r-1", T0, "At least 14 people were killed in the mine collapse in southern Peru, officials said on Tuesday.");
            send(raw, "r-2", T0.plusSeconds(7200), "At least 22 people were killed in the mine collapse in southern Peru, officials said on Tuesday.");
            ArrivalBuffers.flush(driver);
            read(driver, out, topics.paragraphs(), RecordSerdes.paragraph().deserializer(), decode);
            read(driver, out, topics.clean(), RecordSerdes.cleanArticle().deserializer(), decode);
            read(driver, out, topics.claims(), RecordSerdes.claim().deserializer(), decode);
            read(driver, out, topics.claimsOf("killed"), RecordSerdes.claim().deserializer(), decode);
            read(driver, out, topics.figures(), RecordSerdes.figure().deserializer(), decode);
            read(driver, out, topics.figureChanges(), RecordSerdes.figureChange().deserializer(), decode);
            KeyValueStore<String, Figure> view = driver.getKeyValueStore(StoreNames.FIGURES_VIEW);
            assertThat(view.approximateNumEntries()).as("figures view of %s", serdes).isPositive();
        }
        return out;
    }

    private static void send(org.apache.kafka.streams.TestInputTopic<String, RawArticle> raw, String id, Instant at, String text) {
        raw.pipeInput(id, RawArticle.newBuilder().setId(id).setSource("Wire").setUrl(null).setTitle("Mine collapse")
                .setPublished(at).setReceived(at.plusSeconds(60)).setBody(text).setLanguage(null).build(), at);
    }

    private static <V extends SpecificRecord> void read(TopologyTestDriver driver, Map<String, List<String>> out, String topic,
                                                        Deserializer<V> avro, boolean decode) {
        List<String> lines = decode
                ? driver.createOutputTopic(topic, new StringDeserializer(), avro).readValuesToList().stream().map(RecordJson::line).toList()
                : driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer()).readValuesToList();
        out.put(topic, lines);
    }

    private static JsonNode readTree(String line) {
        try {
            return RecordJson.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
