package io.figurewire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.figurewire.records.Claim;
import io.figurewire.records.ClaimKind;
import io.figurewire.records.ClaimRole;
import io.figurewire.records.CleanArticle;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphRef;
import io.figurewire.records.Qualifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The output topics written as JSON: the same text as {@link RecordJson}, and read back to the same record. */
class JsonTopicsTest {

    static final SerdeOptions JSON = SerdeOptions.json();

    static Claim claim() {
        return Claim.newBuilder().setArticleId("a1").setParagraphIndex(0).setSentence("At least 12 people died.")
                .setSpanStart(0).setSpanEnd(22).setText("At least 12 people").setMetric("killed/valencia").setKind(ClaimKind.count)
                .setCountType("killed").setValue(12.0).setLow(null).setQualifier(Qualifier.at_least).setRole(ClaimRole.current)
                .setPublished(RecordSerdesTest.T).build();
    }

    static Figure figure() {
        return Figure.newBuilder().setMetric("killed/valencia").setCurrent(RecordSerdesTest.report(12))
                .setPrevious(RecordSerdesTest.report(9.5)).setReportCount(2).setFirstReported(RecordSerdesTest.T)
                .setLastReported(RecordSerdesTest.T).setFlags(List.of("CONFLICTING_SOURCES"))
                .setHistory(List.of(RecordSerdesTest.report(9.5), RecordSerdesTest.report(12))).build();
    }

    @Test
    void everyOutputRecordIsWrittenAsItsJsonViewAndReadBack() {
        Paragraph paragraph = Paragraph.newBuilder().setArticleId("a1").setIndex(2).setParagraphCount(5).setText("Twelve died.")
                .setFingerprint("ab").setMaskedFingerprint("cd").setDuplicateOf(null).setRevisionOf(new ParagraphRef("a0", 3))
                .setTitle("t").setPublished(RecordSerdesTest.T).setLocation("Valencia").build();
        CleanArticle clean = CleanArticle.newBuilder().setId("a1").setReceived(RecordSerdesTest.T).setPublished(null)
                .setParagraphs(List.of("one", "two")).setRemovedBoilerplate(2).setRemovedRepeatsWithin(1)
                .setRemovedRepeatsAcross(0).setBoilerplateByReason(Map.of("copyright", 1)).build();
        FigureChange change = FigureChange.newBuilder().setMetric("killed/valencia").setFrom(null).setTo(RecordSerdesTest.report(12))
                .setDelta(3.0).setDeltaPercent(33.3).setPublished(RecordSerdesTest.T).setArticleId("a1").setFlags(List.of()).build();
        assertJsonRoundTrip(RecordSerdes.paragraph(JSON), paragraph);
        assertJsonRoundTrip(RecordSerdes.cleanArticle(JSON), clean);
        assertJsonRoundTrip(RecordSerdes.claim(JSON), claim());
        assertJsonRoundTrip(RecordSerdes.figure(JSON), figure());
        assertJsonRoundTrip(RecordSerdes.figureChange(JSON), change);
    }

    @Test
    void fieldsAreSnakeCaseWithIsoTimesAndPlainUnions() throws Exception {
        byte[] bytes = RecordSerdes.figure(JSON).serializer().serialize("figures", figure());
        JsonNode node = RecordJson.mapper().readTree(bytes);
        assertThat(node.get("report_count").asInt()).isEqualTo(2);
        assertThat(node.get("first_reported").asText()).isEqualTo("2026-03-01T10:15:30Z");
        assertThat(node.get("current").get("value").isIntegralNumber()).as("12.0 written as 12").isTrue();
        assertThat(node.get("previous").get("value").asDouble()).isEqualTo(9.5);
        assertThat(node.get("current").get("qualifier").asText()).isEqualTo("at_least");
    }

    @Test
    void theDefaultReadersReadJsonTooSoToolsNeedNoFlag() {
        byte[] json = RecordSerdes.claim(JSON).serializer().serialize("claims", claim());
        byte[] avro = RecordSerdes.claim().serializer().serialize("claims", claim());
        assertThat(json[0]).isEqualTo((byte) '{');
        assertThat(RecordSerdes.claim().deserializer().deserialize("claims", json)).isEqualTo(claim());
        assertThat(RecordSerdes.claim(JSON).deserializer().deserialize("claims", avro)).isEqualTo(claim());
    }

    @Test
    void aMissingFieldTakesItsDefaultAndOneWithoutADefaultIsNamed() {
        String noLocation = RecordJson.line(claim()).replace(",\"location\":null", "");
        assertThat(noLocation).doesNotContain("\"location\"");
        assertThat(read(noLocation).getLocation()).isNull();
        String noMetric = RecordJson.line(claim()).replace("\"metric\":\"killed/valencia\",", "");
        assertThatThrownBy(() -> read(noMetric)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("$.metric: missing");
    }

    @Test
    void jsonThatDoesNotFitTheSchemaFailsWithWhereAndWhy() {
        String badEnum = RecordJson.line(claim()).replace("\"qualifier\":\"at_least\"", "\"qualifier\":\"roughly\"");
        assertThatThrownBy(() -> read(badEnum)).isInstanceOf(SerializationException.class).hasMessageContaining("$.qualifier");
        String badTime = RecordJson.line(claim()).replace("2026-03-01T10:15:30Z", "yesterday");
        assertThatThrownBy(() -> read(badTime)).isInstanceOf(SerializationException.class).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> read("{\"article_id\":")).isInstanceOf(SerializationException.class).hasMessageContaining("as JSON");
        String deep = "{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThatThrownBy(() -> read(deep)).as("nesting bounded before the walk").isInstanceOf(SerializationException.class);
    }

    @Test
    void aRegistryRecordWithoutARegistryIsAClearError() {
        byte[] registryFramed = {0, 0, 0, 0, 0, 0, 0, 0, 7, 2, 'a'};
        assertThatThrownBy(() -> RecordSerdes.figure().deserializer().deserialize("figures", registryFramed))
                .isInstanceOf(SerializationException.class).hasMessageContaining("--schema-registry");
    }

    @Test
    void aRegistryIsAvroAndCannotBeCombinedWithJson() {
        assertThatThrownBy(() -> new SerdeOptions(WireFormat.json, "http://127.0.0.1:8080/apis/registry/v3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--output-format json");
        assertThat(new SerdeOptions(WireFormat.avro, " ").usesRegistry()).isFalse();
    }

    @Test
    void aBareRegistryAddressGetsTheV3Api() {
        assertThat(SerdeOptions.registryApi("http://127.0.0.1:8081/")).isEqualTo("http://127.0.0.1:8081/apis/registry/v3");
        assertThat(SerdeOptions.registryApi("http://r:8080/apis/registry/v3")).isEqualTo("http://r:8080/apis/registry/v3");
        assertThat(SerdeOptions.registryApi("  ")).isNull();
        assertThat(SerdeOptions.registryApi(null)).isNull();
    }

    private static Claim read(String json) {
        return RecordSerdes.claim(JSON).deserializer().deserialize("claims", json.getBytes(StandardCharsets.UTF_8));
    }

    private static <T extends SpecificRecord> void assertJsonRoundTrip(Serde<T> serde, T value) {
        byte[] bytes = serde.serializer().serialize("topic", value);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(RecordJson.line(value));
        assertThat(serde.deserializer().deserialize("topic", bytes)).isEqualTo(value);
    }
}
