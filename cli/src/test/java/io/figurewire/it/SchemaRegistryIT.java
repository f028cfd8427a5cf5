package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.figurewire.cli.DemoOutputs;
import io.figurewire.producer.ArticlePublisher;
import io.figurewire.producer.ArticleReader;
import io.figurewire.producer.PublishRun;
import io.figurewire.records.Claim;
import io.figurewire.records.CleanArticle;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.Paragraph;
import io.figurewire.records.RawArticle;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.schemas.Topics;
import io.figurewire.settings.KafkaConnection;
import io.figurewire.topology.ProcessorSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --schema-registry}: Apicurio Registry on loopback (in memory, started and stopped here),
 * the tie wire through a plain Avro pipeline and a registry one (its articles published through
 * the registry, as {@code produce --schema-registry} does). Every topic of the registry
 * run carries registry-framed values whose schemas are registered as {@code <topic>-value} (the
 * claims.&lt;type&gt; topics reuse the one registered for claims); a
 * consumer with only Apicurio's deserializer and Avro's GenericRecord (no figurewire class) reads
 * every record; and what figurewire reads back is what the plain Avro run wrote.
 */
class SchemaRegistryIT {

    @RegisterExtension
    @Order(1)
    static final KafkaCluster KAFKA = new KafkaCluster();

    @RegisterExtension
    @Order(2)
    static final ApicurioRegistry REGISTRY = new ApicurioRegistry();

    @TempDir
    static Path dir;

    static Topics plain;
    static Topics registry;
    static SerdeOptions serdes;

    @BeforeAll
    static void runTheWireWithAndWithoutTheRegistry() throws Exception {
        Path wire = TieWire.write(dir.resolve("ties.jsonl"));
        serdes = SerdeOptions.registry(REGISTRY.url());
        plain = run(wire, "plain.", SerdeOptions.defaults());
        registry = run(wire, "reg.", serdes);
    }

    private static Topics run(Path wire, String prefix, SerdeOptions options) throws Exception {
        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("state-" + prefix), prefix).toBuilder()
                .serdes(options).build();
        try (ProcessorApp app = Pipelines.startAndAwaitRunning(settings)) {
            // the registry run's articles go through the registry too, as produce --schema-registry sends them
            try (ArticlePublisher publisher = new ArticlePublisher(KafkaConnection.plain(KAFKA.bootstrap()), settings.topics().raw(), options)) {
                new PublishRun(ArticleReader.systemClock(), publisher, new PrintStream(PrintStream.nullOutputStream()), System.err)
                        .run(List.of(wire.toString()), settings.topics().raw());
            }
            Pipelines.awaitProcessed(app);
        }
        return settings.topics();
    }

    static List<String> outputTopics(Topics t) {
        return List.of(t.raw(), t.paragraphs(), t.clean(), t.claims(), t.claimsOf("killed"), t.figures(), t.figureChanges());
    }

    @Test
    void everyOutputTopicIsRegistryFramedAndItsSchemaIsRegistered() {
        Map<String, Schema> written = Map.of(registry.raw(), RawArticle.getClassSchema(), registry.paragraphs(), Paragraph.getClassSchema(), registry.clean(),
                CleanArticle.getClassSchema(), registry.claims(), Claim.getClassSchema(), registry.figures(),
                Figure.getClassSchema(), registry.figureChanges(), FigureChange.getClassSchema());
        for (String topic : outputTopics(registry)) {
            List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.read(KAFKA.bootstrap(), topic, new ByteArrayDeserializer());
            assertThat(records).as(topic).isNotEmpty().allSatisfy(r -> assertThat(r.value()[0]).as("magic byte on %s", topic).isZero());
        }
        // claims.<type> share the claims serde, whose resolver finds the Claim schema it registered
        // for claims by content: their records carry that id (the generic read below resolves it).
        for (String topic : written.keySet()) {
            var content = Http.get(REGISTRY.port(), "/apis/registry/v3/groups/default/artifacts/" + topic
                    + "-value/versions/branch=latest/content?references=DEREFERENCE");
            assertThat(content.statusCode()).as("schema of %s registered: %s", topic, content.body()).isEqualTo(200);
            Schema registered = new Schema.Parser().parse(content.body());
            assertThat(SchemaNormalization.parsingFingerprint64(registered)).as("registered schema of %s", topic)
                    .isEqualTo(SchemaNormalization.parsingFingerprint64(written.get(topic)));
        }
    }

    /** One read of each topic's bytes (figures is compacted: two reads could see different records), two decoders. */
    @Test
    void aGenericConsumerWithoutFigurewiresClassesReadsEveryRecord() {
        Deserializer<Object> generic = genericDeserializer();
        for (String topic : outputTopics(registry)) {
            List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.read(KAFKA.bootstrap(), topic, new ByteArrayDeserializer());
            Deserializer<SpecificRecord> ours = figurewireDeserializer(topic);
            assertThat(records).as(topic).isNotEmpty();
            for (ConsumerRecord<String, byte[]> r : records) {
                Object g = generic.deserialize(topic, r.value());
                assertThat(g).as("a %s value", topic).isInstanceOf(GenericRecord.class).isNotInstanceOf(SpecificRecord.class);
                assertThat(plainValue(g)).as("%s-%d@%d", topic, r.partition(), r.offset()).isEqualTo(plainValue(ours.deserialize(topic, r.value())));
            }
        }
    }

    @Test
    void whatFigurewireReadsBackIsWhatThePlainAvroRunWrote() {
        DemoOutputs expected = DemoOutputs.read(KAFKA.bootstrap(), plain);
        Map<String, String> table = new LinkedHashMap<>();
        TopicSnapshot.latestByKey(TopicSnapshot.read(KAFKA.bootstrap(), registry.figures(), RecordSerdes.figure(serdes).deserializer()))
                .forEach((metric, f) -> table.put(metric, DemoOutputs.line(f)));
        Map<String, String> expectedTable = new LinkedHashMap<>();
        expected.figures().forEach((metric, f) -> expectedTable.put(metric, DemoOutputs.line(f)));
        assertThat(table).isNotEmpty().containsExactlyInAnyOrderEntriesOf(expectedTable);
        List<String> changes = TopicSnapshot.read(KAFKA.bootstrap(), registry.figureChanges(), RecordSerdes.figureChange(serdes).deserializer())
                .stream().map(r -> DemoOutputs.line(r.value())).sorted().toList();
        assertThat(changes).isEqualTo(expected.changeLines().stream().sorted().toList());
    }

    /** Apicurio's deserializer as any Java consumer would set it up: GenericRecord, schemas from the registry. */
    private static Deserializer<Object> genericDeserializer() {
        AvroKafkaDeserializer<Object> d = new AvroKafkaDeserializer<>();
        d.configure(Map.of(SchemaResolverConfig.REGISTRY_URL, REGISTRY.url()), false);
        return d;
    }

    @SuppressWarnings("unchecked")
    private static Deserializer<SpecificRecord> figurewireDeserializer(String topic) {
        Deserializer<? extends SpecificRecord> d;
        if (topic.equals(registry.raw())) {
            d = RecordSerdes.rawArticle(serdes).deserializer();
        } else if (topic.equals(registry.paragraphs())) {
            d = RecordSerdes.paragraph(serdes).deserializer();
        } else if (topic.equals(registry.clean())) {
            d = RecordSerdes.cleanArticle(serdes).deserializer();
        } else if (topic.equals(registry.figures())) {
            d = RecordSerdes.figure(serdes).deserializer();
        } else if (topic.equals(registry.figureChanges())) {
            d = RecordSerdes.figureChange(serdes).deserializer();
        } else {
            d = RecordSerdes.claim(serdes).deserializer();
        }
        return (Deserializer<SpecificRecord>) d;
    }

    /** A record as plain Java values: generic records carry times as epoch millis and strings as Utf8. */
    private static Object plainValue(Object v) {
        if (v instanceof IndexedRecord r) {
            Map<String, Object> out = new LinkedHashMap<>();
            r.getSchema().getFields().forEach(f -> out.put(f.name(), plainValue(r.get(f.pos()))));
            return out;
        }
        if (v instanceof Instant t) {
            return t.toEpochMilli();
        }
        if (v instanceof CharSequence || v instanceof GenericEnumSymbol<?> || v instanceof Enum<?>) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(x -> out.add(plainValue(x)));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put(k.toString(), plainValue(x)));
            return out;
        }
        return v;
    }
}
