package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.figurewire.producer.PublishRun;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Qualifier;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import io.figurewire.testing.SharedFiles;
import io.figurewire.topology.ProcessorSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles through the whole pipeline on a real broker, in file order (which is not
 * publication order), plus records that must end in the dead-letter topic.
 */
class SeedsPipelineIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @TempDir
    static Path state;

    static ProcessorApp app;
    static Topics topics;
    static Map<String, Figure> figures;
    static List<FigureChange> changes;
    static List<Claim> claims;
    static List<ConsumerRecord<String, byte[]>> deadLetters;

    @BeforeAll
    static void runSeedsThroughThePipeline() throws Exception {
        Path seeds = SharedFiles.require("seeds/articles.jsonl");
        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), state, "seeds.");
        topics = settings.topics();
        app = Pipelines.startAndAwaitRunning(settings);
        assertThat(PublishRun.publishQuietly(KAFKA.bootstrap(), topics.raw(), List.of(seeds.toString())).published()).isEqualTo(5);
        RawRecords.sendRaw(KAFKA.bootstrap(), topics.raw(), "bad-json", "{\"id\": \"x\", \"body\": ");
        RawRecords.sendRaw(KAFKA.bootstrap(), topics.raw(), "empty-body", "{\"id\": \"y\", \"body\": \"   \"}");
        RawRecords.sendRaw(KAFKA.bootstrap(), topics.raw(), "not-utf8", new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        Pipelines.awaitProcessed(app);

        figures = TopicSnapshot.latestByKey(TopicSnapshot.read(KAFKA.bootstrap(), topics.figures(), RecordSerdes.figure().deserializer()));
        changes = TopicSnapshot.read(KAFKA.bootstrap(), topics.figureChanges(), RecordSerdes.figureChange().deserializer())
                .stream().map(ConsumerRecord::value).toList();
        claims = TopicSnapshot.read(KAFKA.bootstrap(), topics.claims(), RecordSerdes.claim().deserializer())
                .stream().map(ConsumerRecord::value).toList();
        deadLetters = TopicSnapshot.read(KAFKA.bootstrap(), topics.dlq(), new ByteArrayDeserializer());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theGazaDeathTollIsTheNewestReportNotTheLastToArrive() {
        Figure killed = figures.get("killed/gaza");
        assertThat(killed).as("killed/gaza in %s", figures.keySet()).isNotNull();
        assertThat(killed.getCurrent().getValue()).isEqualTo(57_000.0);
        assertThat(killed.getCurrent().getQualifier()).isEqualTo(Qualifier.more_than);
        assertThat(killed.getCurrent().getArticleId()).isEqualTo("seed-004");
        assertThat(killed.getHistory()).extracting(FigureReport::getArticleId).contains("seed-000", "seed-002", "seed-004");
        // a period count ("over 30 reported recently") has its own key and never touches the cumulative one
        assertThat(changes).filteredOn(c -> c.getMetric().equals("killed/gaza"))
                .noneMatch(c -> c.getTo().getValue() != null && c.getTo().getValue() == 30.0);
        assertThat(figures.get("killed/gaza@recent").getCurrent().getValue()).isEqualTo(30.0);
    }

    @Test
    void hostageAndOctoberSeventhFiguresMatchTheEval() {
        assertThat(figures.get("hostages-held/gaza").getCurrent().getValue()).isEqualTo(50.0);
        assertThat(figures.get("hostages-held/gaza").getCurrent().getArticleId()).isEqualTo("seed-004");
        assertThat(figures.get("hostages-taken/oct7").getCurrent().getValue()).isEqualTo(250.0);
        assertThat(figures.get("hostages-taken/oct7").getCurrent().getQualifier()).isEqualTo(Qualifier.about);
        assertThat(figures.get("killed/israel@oct7").getCurrent().getValue()).isEqualTo(1200.0);
    }

    @Test
    void mostExpectedFiguresAppearWithTheirValueQualifierAndArticle() {
        JsonNode expected = SharedFiles.json(SharedFiles.require("eval/seeds.latest.json")).get("expected");
        int found = 0;
        StringBuilder missing = new StringBuilder();
        for (JsonNode e : expected) {
            boolean match = figures.values().stream().map(Figure::getCurrent).anyMatch(r ->
                    r.getArticleId().equals(e.get("from").asText()) && r.getValue() != null
                            && r.getValue() == e.get("value").asDouble()
                            && r.getQualifier().name().equals(e.get("qualifier").asText()));
            if (match) {
                found++;
            } else {
                missing.append(e.get("metric").asText()).append(' ');
            }
        }
        assertThat(found).as("expected figures found (missing: %s)", missing).isGreaterThanOrEqualTo((int) Math.ceil(expected.size() * 0.8));
    }

    @Test
    void seed003SaysNothingAndRepeatedParagraphsClaimOnce() {
        assertThat(claims).noneMatch(c -> c.getArticleId().equals("seed-003"));
        long tollClaims = claims.stream().filter(c -> c.getArticleId().equals("seed-000") && c.getValue() != null
                && c.getValue() == 57_338.0).count();
        assertThat(tollClaims).isEqualTo(1);
    }

    @Test
    void everyBadRecordIsInTheDeadLetterTopicWithItsReason() {
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("bad-json", "empty-body", "not-utf8");
        for (ConsumerRecord<String, byte[]> r : deadLetters) {
            List<String> names = java.util.stream.StreamSupport.stream(r.headers().spliterator(), false).map(Header::key).toList();
            assertThat(names).as("headers of %s", r.key()).anyMatch(h -> h.startsWith("__streams.errors."));
        }
        String reasons = deadLetters.stream().flatMap(r -> java.util.stream.StreamSupport.stream(r.headers().spliterator(), false))
                .filter(h -> h.key().contains("message")).map(h -> new String(h.value(), StandardCharsets.UTF_8))
                .reduce("", (a, b) -> a + " | " + b);
        assertThat(reasons).contains("malformed JSON").contains("empty body").contains("invalid UTF-8");
    }
}
