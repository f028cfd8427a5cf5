package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.records.Claim;
import io.figurewire.records.ClaimKind;
import io.figurewire.records.ClaimRole;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Qualifier;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key join wired in the topology (join-keys, figures/KeyJoin): reports of one event anchored
 * at the country, the region and the town end on the town's key, the coarse rows are deleted,
 * concurrent events in two towns keep their keys, and the table does not depend on the order the
 * claims reached the figures stage.
 */
class KeyJoinTopologyTest {

    static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    static final List<String> NORWAY = List.of("norway");
    static final List<String> VESTLAND = List.of("norway", "vestland");
    static final List<String> KARSK = List.of("norway", "vestland", "karsk");
    static final List<String> DALBY = List.of("norway", "vestland", "dalby");

    @TempDir
    Path state;
    final Topics topics = Topics.unprefixed();

    /** A claim of article {@code article} on {@code metric}, published {@code hour} hours after T0 and arrived in that order. */
    static Claim claim(String article, String metric, List<String> path, int hour, double value) {
        return Claim.newBuilder().setArticleId(article).setParagraphIndex(0).setSentence("s " + value).setSentenceStart(0)
                .setSpanStart(0).setSpanEnd(1).setText(String.valueOf(value)).setMetric(metric).setKind(ClaimKind.count)
                .setCountType("killed").setValue(value).setQualifier(Qualifier.exact).setRole(ClaimRole.current)
                .setPublished(T0.plusSeconds(3600L * hour)).setSource("Wire " + article)
                .setReceived(T0.plusSeconds(3600L * hour + 60)).setPlacePath(path).build();
    }

    record Outcome(Map<String, Figure> table, List<KeyValue<String, Figure>> rows, List<FigureChange> changes) {
    }

    Outcome run(List<Claim> claims) {
        ProcessorSettings settings = DriverSettings.of(state.resolve("run-" + System.nanoTime()));
        try (TopologyTestDriver driver = new TopologyTestDriver(FigurewireTopology.withDefaults(settings).build(),
                settings.streamsProperties(), T0)) {
            ReportInput in = new ReportInput(driver, settings);
            claims.forEach(in::pipe);
            in.markPastAll();
            List<KeyValue<String, Figure>> rows = driver.createOutputTopic(topics.figures(), new StringDeserializer(),
                    RecordSerdes.figure().deserializer()).readKeyValuesToList();
            Map<String, Figure> table = new LinkedHashMap<>();
            for (KeyValue<String, Figure> kv : rows) {
                if (kv.value == null) table.remove(kv.key);
                else table.put(kv.key, kv.value);
            }
            List<FigureChange> changes = driver.createOutputTopic(topics.figureChanges(), new StringDeserializer(),
                    RecordSerdes.figureChange().deserializer()).readValuesToList();
            return new Outcome(table, rows, changes);
        }
    }

    static double value(Figure f) {
        return f.getCurrent().getValue();
    }

    @Test
    void countryAndRegionReportsMeetTheTownsKey() {
        Outcome o = run(List.of(claim("a", "killed/karsk", KARSK, 0, 10), claim("b", "killed/norway", NORWAY, 2, 14),
                claim("c", "killed/vestland", VESTLAND, 3, 15)));
        assertThat(o.table()).containsOnlyKeys("killed/karsk");
        assertThat(value(o.table().get("killed/karsk"))).isEqualTo(15);
        assertThat(o.table().get("killed/karsk").getHistory()).extracting(FigureReport::getArticleId).containsExactly("a", "b", "c");
        assertThat(o.changes()).extracting(FigureChange::getMetric).containsOnly("killed/karsk");
    }

    @Test
    void aTownReportAdoptsTheCoarseRowsOfItsEventAndDeletesThem() {
        Outcome o = run(List.of(claim("a", "killed/norway", NORWAY, 0, 5), claim("b", "killed/karsk", KARSK, 1, 8),
                claim("c", "killed/norway", NORWAY, 2, 9)));
        assertThat(o.table()).containsOnlyKeys("killed/karsk");
        Figure karsk = o.table().get("killed/karsk");
        assertThat(value(karsk)).isEqualTo(9);
        assertThat(karsk.getReportCount()).isEqualTo(3);
        assertThat(o.rows()).as("the country's row is deleted with a tombstone")
                .anyMatch(kv -> kv.key.equals("killed/norway") && kv.value == null);
        assertThat(o.changes()).extracting(c -> c.getMetric() + " " + (c.getFrom() == null ? "-" : c.getFrom().getValue()) + "→" + c.getTo().getValue())
                .containsExactly("killed/norway -→5.0", "killed/karsk -→5.0", "killed/karsk 5.0→8.0", "killed/karsk 8.0→9.0");
    }

    /**
     * An article that names the country in its lede and the town further down reports on both
     * keys; its country report reaches the table first (metrics leave in name order), so the
     * country's row counts it when the town's key adopts that row. It is one article: the adopted
     * row must not count it again.
     */
    @Test
    void anArticleOnBothTheTownAndTheAdoptedCountryRowCountsOnce() {
        List<String> vik = List.of("norway", "vestland", "vik");
        Outcome o = run(List.of(claim("a", "killed/norway", NORWAY, 0, 5), claim("b", "killed/norway", NORWAY, 1, 8),
                claim("b", "killed/vik", vik, 1, 8)));
        assertThat(o.table()).containsOnlyKeys("killed/vik");
        assertThat(o.table().get("killed/vik").getReportCount()).as("articles a and b").isEqualTo(2);
    }

    @Test
    void concurrentEventsInTwoTownsOfOneRegionNeverShareAKey() {
        Outcome o = run(List.of(claim("a", "killed/karsk", KARSK, 0, 10), claim("b", "killed/dalby", DALBY, 1, 3),
                claim("c", "killed/vestland", VESTLAND, 2, 13), claim("d", "killed/karsk", KARSK, 3, 12),
                claim("e", "killed/dalby", DALBY, 4, 4)));
        assertThat(o.table()).containsOnlyKeys("killed/karsk", "killed/dalby", "killed/vestland");
        assertThat(value(o.table().get("killed/karsk"))).isEqualTo(12);
        assertThat(value(o.table().get("killed/dalby"))).isEqualTo(4);
        assertThat(value(o.table().get("killed/vestland"))).isEqualTo(13);
    }

    @Test
    void theTableDoesNotDependOnTheOrderClaimsReachTheFiguresStage() {
        List<Claim> claims = List.of(claim("a", "killed/norway", NORWAY, 0, 5), claim("b", "killed/vestland", VESTLAND, 1, 6),
                claim("c", "killed/karsk", KARSK, 2, 8), claim("d", "killed/dalby", DALBY, 3, 2),
                claim("e", "killed/vestland", VESTLAND, 4, 11), claim("f", "killed/karsk", KARSK, 5, 12));
        Outcome inOrder = run(claims);
        List<Claim> shuffled = new ArrayList<>(claims);
        Collections.shuffle(shuffled, new Random(7));
        Outcome scrambled = run(shuffled);
        // Avro's equals cannot compare the timestamps inside arrays: compare the records' JSON text
        assertThat(scrambled.table().toString()).isEqualTo(inOrder.table().toString());
        assertThat(scrambled.changes().toString()).isEqualTo(inOrder.changes().toString());
        assertThat(inOrder.table()).containsOnlyKeys("killed/karsk", "killed/dalby", "killed/vestland");
    }
}
