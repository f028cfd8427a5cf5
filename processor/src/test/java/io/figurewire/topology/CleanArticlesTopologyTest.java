package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.records.ParagraphRef;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** articles.clean gathered from paragraph verdicts, in the wired topology (no broker). */
class CleanArticlesTopologyTest {

    static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    static final String LEDE = "KATHMANDU (Wire) - A bus plunged into a river gorge in central Nepal on Sunday, killing at least 17 passengers, police said.";
    static final String RESCUE = "Rescuers pulled 9 injured people from the wreckage and took them to a hospital in the nearby town, police said.";

    @TempDir
    Path state;

    ProcessorSettings settings;
    TopologyTestDriver driver;
    TestInputTopic<String, RawArticle> raw;
    final Topics topics = Topics.unprefixed();

    @BeforeEach
    void start() {
        settings = DriverSettings.of(state);
        driver = new TopologyTestDriver(FigurewireTopology.withDefaults(settings).build(), settings.streamsProperties(), T0);
        raw = driver.createInputTopic(topics.raw(), new StringSerializer(), RecordSerdes.rawArticle().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    void send(String id, Instant published, String... lines) {
        RawArticle a = RawArticle.newBuilder().setId(id).setSource("src-" + id).setUrl(null).setTitle("Bus crash")
                .setPublished(published).setReceived(published).setBody(String.join("\n", lines)).setLanguage(null).build();
        raw.pipeInput(id, a, published);
    }

    Map<String, CleanArticle> clean() {
        ArrivalBuffers.flush(driver);
        return driver.createOutputTopic(topics.clean(), new StringDeserializer(), RecordSerdes.cleanArticle().deserializer())
                .readKeyValuesToMap();
    }

    long pending(String store) {
        KeyValueStore<String, ValueAndTimestamp<Object>> s = driver.getTimestampedKeyValueStore(store);
        long n = 0;
        try (KeyValueIterator<String, ValueAndTimestamp<Object>> it = s.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }

    @Test
    void aCopyCountsItsCrossArticleRepeatsAndKeepsOnlyWhatIsNew() {
        send("bus-1", T0, LEDE, RESCUE);
        send("bus-2", T0.plusSeconds(900), "By Anil Shrestha", LEDE.replace(" - ", " \u2014 "), RESCUE,
                "The driver had been warned about the road's condition, a relative said.", LEDE, "Share this story");

        Map<String, CleanArticle> clean = clean();
        assertThat(clean.get("bus-1").getParagraphs()).containsExactly(LEDE, RESCUE);
        assertThat(clean.get("bus-1").getRemovedRepeatsAcross()).isZero();
        CleanArticle copy = clean.get("bus-2");
        assertThat(copy.getParagraphs()).containsExactly("The driver had been warned about the road's condition, a relative said.");
        assertThat(copy.getRemovedRepeatsAcross()).isEqualTo(2);
        assertThat(copy.getRemovedRepeatsWithin()).isEqualTo(1);
        assertThat(copy.getRemovedBoilerplate()).isEqualTo(2);
        assertThat(copy.getBoilerplateByReason()).containsEntry("byline", 1).containsEntry("share", 1);
        assertThat(copy.getSource()).isEqualTo("src-bus-2");
        // complete articles leave nothing behind
        assertThat(pending(StoreNames.ARTICLE_GATHERING)).isZero();
    }

    @Test
    void anArticleWithoutParagraphsStillGetsItsCleanArticle() {
        send("only-chrome", T0, "Home", "Share this story", "\u00a9 2026 Wire");
        CleanArticle a = clean().get("only-chrome");
        assertThat(a).isNotNull();
        assertThat(a.getParagraphs()).isEmpty();
        assertThat(a.getRemovedBoilerplate()).isEqualTo(3);
    }

    @Test
    void anArticleMissingVerdictsIsEmittedWithWhatItHasAfterTheTimeout() {
        // a shell whose verdicts never come (fed straight into its repartition topic)
        CleanArticle shell = CleanArticle.newBuilder().setId("stuck").setSource(null).setUrl(null).setTitle(null)
                .setPublished(T0).setReceived(T0).setLanguage(null).setParagraphs(List.of(LEDE, RESCUE))
                .setRemovedBoilerplate(0).setRemovedRepeatsWithin(0).setRemovedRepeatsAcross(0).setBoilerplateByReason(Map.of())
                .build();
        TestInputTopic<String, CleanArticle> shells = driver.createInputTopic(
                settings.applicationId() + "-" + StoreNames.ARTICLE_SHELLS_BY_ID + "-repartition",
                new StringSerializer(), RecordSerdes.cleanArticle().serializer());
        shells.pipeInput("stuck", shell, T0);
        assertThat(clean()).doesNotContainKey("stuck");

        driver.advanceWallClockTime(ProcessorSettings.CLEAN_ARTICLE_TIMEOUT.plus(Duration.ofMinutes(1)));
        CleanArticle flushed = clean().get("stuck");
        assertThat(flushed).isNotNull();
        assertThat(flushed.getParagraphs()).containsExactly(LEDE, RESCUE);
        assertThat(pending(StoreNames.ARTICLE_GATHERING)).isZero();
    }

    @Test
    void aVerdictBatchDeliveredTwiceCountsOnceTowardsACompleteArticle() {
        CleanArticle shell = CleanArticle.newBuilder().setId("twice").setSource(null).setUrl(null).setTitle(null)
                .setPublished(T0).setReceived(T0).setLanguage(null).setParagraphs(List.of(LEDE, RESCUE))
                .setRemovedBoilerplate(0).setRemovedRepeatsWithin(0).setRemovedRepeatsAcross(0).setBoilerplateByReason(Map.of())
                .build();
        driver.createInputTopic(settings.applicationId() + "-" + StoreNames.ARTICLE_SHELLS_BY_ID + "-repartition",
                new StringSerializer(), RecordSerdes.cleanArticle().serializer()).pipeInput("twice", shell, T0);
        TestInputTopic<String, ParagraphBatch> verdicts = driver.createInputTopic(
                settings.applicationId() + "-" + StoreNames.PARAGRAPH_VERDICTS_BY_ARTICLE + "-repartition",
                new StringSerializer(), RecordSerdes.paragraphBatch().serializer());
        verdicts.pipeInput("twice", DedupStage.batchOf(verdict("twice", 0, LEDE)), T0);
        verdicts.pipeInput("twice", DedupStage.batchOf(verdict("twice", 0, LEDE)), T0);
        assertThat(clean()).doesNotContainKey("twice");
        verdicts.pipeInput("twice", DedupStage.batchOf(verdict("twice", 1, RESCUE)), T0);
        assertThat(clean().get("twice").getParagraphs()).containsExactly(LEDE, RESCUE);
        assertThat(pending(StoreNames.ARTICLE_GATHERING)).isZero();
    }

    /**
     * One entry per article, updated in place and cached: the driver commits after each record,
     * so the shell and the first batch each reach the changelog as a put, and the last batch,
     * which completes the article, as the tombstone alone (its update and its removal fall in
     * one commit). Stored apart and uncached, the same article wrote three puts and three tombstones.
     */
    @Test
    void anArticleWritesOneEntryPerCommitToTheChangelog() {
        CleanArticle shell = CleanArticle.newBuilder().setId("quick").setSource(null).setUrl(null).setTitle(null)
                .setPublished(T0).setReceived(T0).setLanguage(null).setParagraphs(List.of(LEDE, RESCUE))
                .setRemovedBoilerplate(0).setRemovedRepeatsWithin(0).setRemovedRepeatsAcross(0).setBoilerplateByReason(Map.of())
                .build();
        driver.createInputTopic(settings.applicationId() + "-" + StoreNames.ARTICLE_SHELLS_BY_ID + "-repartition",
                new StringSerializer(), RecordSerdes.cleanArticle().serializer()).pipeInput("quick", shell, T0);
        TestInputTopic<String, ParagraphBatch> verdicts = driver.createInputTopic(
                settings.applicationId() + "-" + StoreNames.PARAGRAPH_VERDICTS_BY_ARTICLE + "-repartition",
                new StringSerializer(), RecordSerdes.paragraphBatch().serializer());
        verdicts.pipeInput("quick", DedupStage.batchOf(verdict("quick", 0, LEDE)), T0);
        verdicts.pipeInput("quick", DedupStage.batchOf(verdict("quick", 1, RESCUE)), T0);
        assertThat(clean().get("quick").getParagraphs()).containsExactly(LEDE, RESCUE);

        List<KeyValue<String, byte[]>> changelog = driver.createOutputTopic(
                settings.applicationId() + "-" + StoreNames.ARTICLE_GATHERING + "-changelog",
                new StringDeserializer(), new ByteArrayDeserializer()).readKeyValuesToList();
        assertThat(changelog).extracting(kv -> kv.key, kv -> kv.value == null)
                .containsExactly(tuple("quick", false), tuple("quick", false), tuple("quick", true));
    }

    @Test
    void verdictsBeforeTheShellAreAppliedWhenItComes() {
        TestInputTopic<String, ParagraphBatch> verdicts = driver.createInputTopic(
                settings.applicationId() + "-" + StoreNames.PARAGRAPH_VERDICTS_BY_ARTICLE + "-repartition",
                new StringSerializer(), RecordSerdes.paragraphBatch().serializer());
        Paragraph repeat = Paragraph.newBuilder(verdict("early", 1, RESCUE))
                .setDuplicateOf(ParagraphRef.newBuilder().setArticleId("other").setIndex(0).build()).build();
        verdicts.pipeInput("early", DedupStage.batchOf(repeat), T0);
        assertThat(clean()).doesNotContainKey("early");
        CleanArticle shell = CleanArticle.newBuilder().setId("early").setSource(null).setUrl(null).setTitle("Bus crash")
                .setPublished(T0).setReceived(T0).setLanguage(null).setParagraphs(List.of(LEDE, RESCUE))
                .setRemovedBoilerplate(0).setRemovedRepeatsWithin(0).setRemovedRepeatsAcross(0).setBoilerplateByReason(Map.of())
                .build();
        driver.createInputTopic(settings.applicationId() + "-" + StoreNames.ARTICLE_SHELLS_BY_ID + "-repartition",
                new StringSerializer(), RecordSerdes.cleanArticle().serializer()).pipeInput("early", shell, T0);
        assertThat(clean()).doesNotContainKey("early");
        verdicts.pipeInput("early", DedupStage.batchOf(verdict("early", 0, LEDE)), T0);
        CleanArticle done = clean().get("early");
        assertThat(done.getParagraphs()).containsExactly(LEDE);
        assertThat(done.getRemovedRepeatsAcross()).isEqualTo(1);
        assertThat(done.getTitle()).isEqualTo("Bus crash");
        assertThat(pending(StoreNames.ARTICLE_GATHERING)).isZero();
    }

    static Paragraph verdict(String id, int index, String text) {
        return Paragraph.newBuilder().setArticleId(id).setIndex(index).setParagraphCount(2).setText(text)
                .setFingerprint("f" + index).setMaskedFingerprint("m" + index).setDuplicateOf(null).setRevisionOf(null)
                .setTitle(null).setSource(null).setUrl(null).setPublished(T0).setLocation(null).build();
    }

    @Test
    void paragraphsCarryOnlyKeptOnesAndTheDroppedVerdictsPointAtTheFirstCopy() {
        send("bus-1", T0, LEDE);
        send("bus-2", T0.plusSeconds(60), LEDE.toUpperCase(java.util.Locale.ROOT));
        ArrivalBuffers.flush(driver);
        List<KeyValue<String, Paragraph>> paragraphs = driver.createOutputTopic(topics.paragraphs(), new StringDeserializer(),
                RecordSerdes.paragraph().deserializer()).readKeyValuesToList();
        assertThat(paragraphs).extracting(kv -> kv.key).containsExactly("bus-1");
        assertThat(clean().get("bus-2").getRemovedRepeatsAcross()).isEqualTo(1);
    }
}
