package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.extract.ClaimExtractor;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import io.figurewire.stages.ArticlePreparer;
import io.figurewire.stages.ParagraphVerdicts;
import io.figurewire.text.ArticleCleaner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buffer in front of dedup: of two copies of a paragraph, the one whose article arrived
 * first is kept, even when the other copy reaches the dedup task first.
 */
class ParagraphOrderTopologyTest {

    static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    static final String TEXT = "Floods in Assam have killed 17 people and displaced more than 40,000, the state disaster authority said.";

    @TempDir
    Path state;
    TopologyTestDriver driver;
    TestInputTopic<String, ParagraphBatch> byFingerprint;
    final Topics topics = Topics.unprefixed();
    final ArticlePreparer preparer = new ArticlePreparer(ArticleCleaner.withDefaultRules(), ClaimExtractor.withDefaultLexicon());

    @BeforeEach
    void start() {
        open(1);
    }

    /** The topology built for {@code partitions} readers of articles.raw; the driver runs the first one. */
    void open(int partitions) {
        if (driver != null) {
            driver.close();
        }
        ProcessorSettings settings = DriverSettings.builder(state.resolve("p" + partitions)).partitions(partitions).build();
        driver = new TopologyTestDriver(FigurewireTopology.withDefaults(settings).build(), settings.streamsProperties(), T0);
        byFingerprint = driver.createInputTopic(settings.applicationId() + "-" + StoreNames.PARAGRAPHS_BY_FINGERPRINT + "-repartition",
                new StringSerializer(), RecordSerdes.paragraphBatch().serializer());
    }

    /** The progress mark of the second reader of articles.raw (the driver runs only the first). */
    void secondReaderMarks(Instant upTo) {
        byFingerprint.pipeInput(ProgressMarks.KEY, ProgressMarks.paragraphs(ProgressMarks.of(1, 2, upTo.toEpochMilli())), T0);
    }

    List<String> kept() {
        return driver.createOutputTopic(topics.paragraphs(), new StringDeserializer(), RecordSerdes.paragraph().deserializer())
                .readValuesToList().stream().map(Paragraph::getArticleId).toList();
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    Paragraph paragraphOf(String id, Instant published, Instant received) {
        RawArticle raw = RawArticle.newBuilder().setId(id).setSource(id).setUrl(null).setTitle("Assam floods")
                .setPublished(published).setReceived(received).setBody(TEXT).setLanguage(null).build();
        return preparer.prepare(raw).paragraphs().get(0);
    }

    @Test
    void theCopyWhoseArticleArrivedFirstIsKeptWhicheverReachesDedupFirst() {
        // the original arrived first but was published later; its paragraph reaches dedup second
        Paragraph original = paragraphOf("z-original", T0.plusSeconds(600), T0);
        Paragraph copy = paragraphOf("a-copy", T0, T0.plusSeconds(1));
        byFingerprint.pipeInput(ParagraphVerdicts.routingKey(copy), DedupStage.batchOf(copy), copy.getPublished());
        byFingerprint.pipeInput(ParagraphVerdicts.routingKey(original), DedupStage.batchOf(original), original.getPublished());
        ArrivalBuffers.flush(driver);

        assertThat(kept()).containsExactly("z-original");
    }

    /**
     * The original's paragraph sits behind a backlog on another reader of articles.raw and
     * reaches dedup ten seconds after its copy's. A 3 s wall-clock hold let the copy go first,
     * and it was kept; the marks keep it waiting until the other reader has passed its arrival.
     */
    @Test
    void aCopyThatReachesDedupSecondsBeforeItsOriginalStillLoses() {
        open(2);
        Paragraph original = paragraphOf("z-original", T0.plusSeconds(600), T0);
        Paragraph copy = paragraphOf("a-copy", T0, T0.plusSeconds(1));
        byFingerprint.pipeInput(ParagraphVerdicts.routingKey(copy), DedupStage.batchOf(copy), copy.getPublished());
        secondReaderMarks(T0.minusSeconds(1));
        driver.advanceWallClockTime(Duration.ofSeconds(10));
        assertThat(kept()).as("the copy waits for the slow reader").isEmpty();

        byFingerprint.pipeInput(ParagraphVerdicts.routingKey(original), DedupStage.batchOf(original), original.getPublished());
        secondReaderMarks(T0.plusSeconds(5));
        assertThat(kept()).containsExactly("z-original");
    }
}
