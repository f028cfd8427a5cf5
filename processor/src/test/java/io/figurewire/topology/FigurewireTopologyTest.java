package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.records.Claim;
import io.figurewire.records.CleanArticle;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.Paragraph;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wired topology, fast and without a broker. Articles are the team's own synthetic wire copy. */
class FigurewireTopologyTest {

    static final Instant T0 = Instant.parse("2026-02-10T06:00:00Z");

    @TempDir
    Path state;

    TopologyTestDriver driver;
    TestInputTopic<String, RawArticle> raw;
    Topics topics = Topics.unprefixed();
    Topology topology;
    ProcessorSettings settings;

    @BeforeEach
    void start() {
        settings = DriverSettings.of(state);
        topology = FigurewireTopology.withDefaults(settings).build();
        driver = new TopologyTestDriver(topology, settings.streamsProperties());
        raw = driver.createInputTopic(topics.raw(), new StringSerializer(), RecordSerdes.rawArticle().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static RawArticle article(String id, String source, Instant published, String... lines) {
        return RawArticle.newBuilder().setId(id).setSource(source).setUrl(null).setTitle("Mine collapse")
                .setPublished(published).setReceived(published.plusSeconds(60)).setBody(String.join("\n", lines))
                .setLanguage(null).build();
    }

    /** Received in the order sent, one second apart, as a producer stamps a wire it reads in order. */
    void send(RawArticle a) {
        a.setReceived(T0.plusSeconds(sent++));
        raw.pipeInput(a.getId(), a, a.getPublished());
    }

    int sent;

    <V> List<V> values(String topic, org.apache.kafka.common.serialization.Deserializer<V> d) {
        ArrivalBuffers.flush(driver);
        return driver.createOutputTopic(topic, new StringDeserializer(), d).readValuesToList();
    }

    <V> Map<String, V> table(String topic, org.apache.kafka.common.serialization.Deserializer<V> d) {
        ArrivalBuffers.flush(driver);
        return driver.createOutputTopic(topic, new StringDeserializer(), d).readKeyValuesToMap();
    }

    @Test
    void everyNodeStoreAndInternalTopicIsNamedAndTheDescriptionIsStable() throws IOException {
        String description = topology.describe().toString();
        assertThat(description).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
        Path snapshot = Path.of("src/test/resources/topology-description.txt");
        Path actual = Path.of("target/topology-description.actual.txt");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, description);
        assertThat(Files.exists(snapshot)).as("snapshot %s missing: review %s and copy it there", snapshot, actual).isTrue();
        assertThat(description)
                .as("the topology changed: if intended, review %s and copy it to %s (internal names are a deployment contract)", actual, snapshot)
                .isEqualTo(Files.readString(snapshot));
    }

    @Test
    void aSyndicatedCopyAddsNoParagraphsOrClaimsAndBoilerplateIsCounted() {
        String lede = "LIMA, Peru (Wire) - At least 14 miners were killed when a gold mine collapsed in southern Peru on Monday, officials said.";
        String rescue = "Rescuers pulled 6 survivors from the tunnel overnight, the regional government said.";
        send(article("m-1", "Wire", T0, lede, rescue, "\u00a9 2026 Wire"));
        send(article("m-1-copy", "Daily Andes", T0.plusSeconds(1800), "Home", "By Rosa Quispe", lede, rescue, "Share this article"));

        List<Paragraph> paragraphs = values(topics.paragraphs(), RecordSerdes.paragraph().deserializer());
        assertThat(paragraphs).extracting(Paragraph::getArticleId).containsOnly("m-1").hasSize(2);
        List<Claim> claims = values(topics.claims(), RecordSerdes.claim().deserializer());
        assertThat(claims).extracting(Claim::getArticleId).containsOnly("m-1");
        assertThat(claims).anyMatch(c -> c.getValue() != null && c.getValue() == 14.0 && c.getCountType().equals("killed"));
        assertThat(values(topics.claimsOf("killed"), RecordSerdes.claim().deserializer())).isNotEmpty();

        Map<String, CleanArticle> clean = table(topics.clean(), RecordSerdes.cleanArticle().deserializer());
        assertThat(clean.get("m-1-copy").getRemovedBoilerplate()).isEqualTo(3);
        assertThat(clean.get("m-1").getParagraphs()).containsExactly(lede, rescue);
    }

    /**
     * The driver has one partition, so an article's paragraphs are one batch: its kept
     * paragraphs are one sightings record (they were one each), and a copy whose paragraphs are
     * all repeats writes none.
     */
    @Test
    void anArticlesKeptParagraphsAreOneSightingsRecordAndItsCopyWritesNone() {
        String lede = "QUITO (Wire) - At least 9 people were killed when a bus left the road in the Andes on Monday, police said.";
        String rescue = "Rescuers carried 21 injured passengers up the slope to waiting ambulances, the fire service said.";
        String road = "The road had been closed twice this year after landslides, residents said.";
        send(article("b-1", "Wire", T0, lede, rescue, road));
        send(article("b-1-copy", "Daily Andes", T0.plusSeconds(600), lede, rescue, road));

        assertThat(values(topics.paragraphs(), RecordSerdes.paragraph().deserializer())).hasSize(3);
        List<byte[]> changelog = driver.createOutputTopic(settings.applicationId() + "-" + StoreNames.PARAGRAPH_SIGHTINGS + "-changelog",
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer()).readValuesToList();
        assertThat(changelog).hasSize(1);
    }

    @Test
    void aRevisedParagraphIsKeptAndMovesTheFigure() {
        String before = "At least 14 people were killed in the mine collapse in southern Peru, officials said on Tuesday.";
        String after = "At least 22 people were killed in the mine collapse in southern Peru, officials said on Tuesday.";
        send(article("r-1", "Wire", T0, before));
        send(article("r-2", "Wire", T0.plusSeconds(7200), after));

        List<Paragraph> paragraphs = values(topics.paragraphs(), RecordSerdes.paragraph().deserializer());
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(1).getRevisionOf()).isNotNull();
        assertThat(paragraphs.get(1).getRevisionOf().getArticleId()).isEqualTo("r-1");

        List<FigureChange> changes = values(topics.figureChanges(), RecordSerdes.figureChange().deserializer());
        assertThat(changes).isNotEmpty();
        FigureChange last = changes.get(changes.size() - 1);
        assertThat(last.getTo().getValue()).isEqualTo(22.0);
        assertThat(last.getFrom().getValue()).isEqualTo(14.0);
        assertThat(last.getDelta()).isEqualTo(8.0);
    }

    @Test
    void aLateOlderReportIsHistoryNotTheLatestFigure() {
        send(article("n-2", "Wire", T0.plusSeconds(86_400), "At least 40 people were killed in the floods in Kenya, the Red Cross said."));
        send(article("n-1", "Other", T0, "At least 25 people were killed in the floods in Kenya, the Red Cross said on Monday."));

        Map<String, Figure> figures = table(topics.figures(), RecordSerdes.figure().deserializer());
        Figure killed = figures.values().stream().filter(f -> f.getCurrent().getCountType().equals("killed")).findFirst().orElseThrow();
        assertThat(killed.getCurrent().getArticleId()).isEqualTo("n-2");
        assertThat(killed.getHistory()).hasSize(2);
        assertThat(killed.getFlags()).contains("STALE_REPORT_IGNORED");
        List<FigureChange> changes = values(topics.figureChanges(), RecordSerdes.figureChange().deserializer());
        assertThat(changes).hasSize(1);
    }

    @Test
    void aFigureNoPlaceIsKnownForStaysOnTheClaimsTopicAndOffTheTable() {
        // two unrelated articles that name no place would otherwise meet on one row, killed/unknown
        send(article("u-1", "Wire", T0, "At least 25 people were killed, the Red Cross said."));
        send(article("u-2", "Other", T0.plusSeconds(3_600), "At least 156 people were killed, police said."));

        List<Claim> claims = values(topics.claims(), RecordSerdes.claim().deserializer());
        assertThat(claims).extracting(Claim::getMetric).containsExactly("killed/unknown", "killed/unknown");
        assertThat(table(topics.figures(), RecordSerdes.figure().deserializer())).isEmpty();
    }
}
