package io.figurewire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.figurewire.records.ClaimKind;
import io.figurewire.records.ClaimRole;
import io.figurewire.records.CleanArticle;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphRef;
import io.figurewire.records.Qualifier;
import io.figurewire.records.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class RecordSerdesTest {

    static final Instant T = Instant.parse("2026-03-01T10:15:30Z");

    static RawArticle raw() {
        return RawArticle.newBuilder().setId("a1").setSource("Wire").setUrl("https://example.org/a1")
                .setTitle("Flood toll rises").setPublished(T).setReceived(T.plusSeconds(5))
                .setBody("At least 12 people died.").setLanguage("en").build();
    }

    static FigureReport report(double value) {
        return FigureReport.newBuilder().setValue(value).setQualifier(Qualifier.at_least).setKind(ClaimKind.count)
                .setCountType("killed").setSubject("people").setLocation("Valencia").setPeriod("cumulative")
                .setAttribution("officials").setArticleId("a1").setPublished(T).setSentence("At least 12 people died.")
                .build();
    }

    @Test
    void everyRecordRoundTrips() {
        roundTrip(RecordSerdes.rawArticle(), raw());
        ParagraphRef ref = new ParagraphRef("a0", 3);
        roundTrip(RecordSerdes.paragraph(), Paragraph.newBuilder().setArticleId("a1").setIndex(2).setParagraphCount(5)
                .setText("At least 12 people died.").setFingerprint("ab").setMaskedFingerprint("cd")
                .setDuplicateOf(null).setRevisionOf(ref).setTitle("t").setPublished(T).setLocation("Valencia").build());
        roundTrip(RecordSerdes.cleanArticle(), CleanArticle.newBuilder().setId("a1").setReceived(T).setPublished(T)
                .setParagraphs(List.of("one", "two")).setRemovedBoilerplate(2).setRemovedRepeatsWithin(1)
                .setRemovedRepeatsAcross(0).setBoilerplateByReason(Map.of("copyright", 1, "byline", 1)).build());
        roundTrip(RecordSerdes.claim(), Claim.newBuilder().setArticleId("a1").setParagraphIndex(0)
                .setSentence("At least 12 people died.").setSpanStart(0).setSpanEnd(22).setText("At least 12 people")
                .setMetric("killed/valencia").setKind(ClaimKind.count).setCountType("killed").setValue(12.0)
                .setQualifier(Qualifier.at_least).setRole(ClaimRole.current).setPublished(T).build());
        roundTrip(RecordSerdes.figure(), Figure.newBuilder().setMetric("killed/valencia").setCurrent(report(12))
                .setPrevious(report(9)).setReportCount(2).setFirstReported(T).setLastReported(T)
                .setFlags(List.of("CONFLICTING_SOURCES")).setHistory(List.of(report(9), report(12))).build());
        roundTrip(RecordSerdes.figureChange(), FigureChange.newBuilder().setMetric("killed/valencia").setFrom(report(9))
                .setTo(report(12)).setDelta(3.0).setDeltaPercent(33.3).setPublished(T).setArticleId("a1")
                .setFlags(List.of()).build());
    }

    @Test
    void valuesCarryTheWriterSchemaFingerprint() {
        byte[] bytes = RecordSerdes.rawArticle().serializer().serialize("t", raw());
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
    }

    @Test
    void rawArticleTopicAlsoAcceptsJson() {
        String json = "{\"id\":\"x\",\"title\":\"T\",\"published\":\"2026-03-01T10:15:30Z\",\"body\":\"Two people died.\"}";
        RawArticle article = RecordSerdes.rawArticle().deserializer().deserialize("articles.raw", json.getBytes(StandardCharsets.UTF_8));
        assertThat(article.getId()).isEqualTo("x");
        assertThat(article.getPublished()).isEqualTo(T);
        assertThat(article.getBody()).isEqualTo("Two people died.");
    }

    @Test
    void badRawInputFailsWithAReason() {
        var deserializer = RecordSerdes.rawArticle().deserializer();
        assertThatThrownBy(() -> deserializer.deserialize("articles.raw", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> deserializer.deserialize("articles.raw", "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("missing field \"body\"");
        assertThatThrownBy(() -> deserializer.deserialize("articles.raw", "{\"body\":\"  \"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("empty body");
        assertThatThrownBy(() -> deserializer.deserialize("articles.raw", new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("invalid UTF-8");
        String huge = "{\"body\":\"" + "x".repeat(RawArticleJson.MAX_BODY_CHARS + 1) + "\"}";
        assertThatThrownBy(() -> deserializer.deserialize("articles.raw", huge.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("body too large");
    }

    @Test
    void unknownWriterSchemaIsNamedInTheError() {
        byte[] bytes = RecordSerdes.claim().serializer().serialize("t", Claim.newBuilder().setArticleId("a").setParagraphIndex(0)
                .setSentence("s").setSpanStart(0).setSpanEnd(1).setText("s").setMetric("m").setKind(ClaimKind.count)
                .setCountType("killed").setQualifier(Qualifier.exact).setRole(ClaimRole.current).build());
        bytes[5] ^= 0x5A; // corrupt the fingerprint
        assertThatThrownBy(() -> RecordSerdes.claim().deserializer().deserialize("claims", bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown writer schema");
    }

    private static <T> void roundTrip(Serde<T> serde, T value) {
        byte[] bytes = serde.serializer().serialize("topic", value);
        assertThat(serde.deserializer().deserialize("topic", bytes)).isEqualTo(value);
    }
}
