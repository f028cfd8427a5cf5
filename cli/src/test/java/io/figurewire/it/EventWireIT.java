package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.cli.DemoOutputs;
import io.figurewire.cli.EventWire;
import io.figurewire.figures.FigureFlags;
import io.figurewire.producer.PublishRun;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.stages.ClaimRecords;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's generated wire ({@link EventWire}: 18 concurrent events in invented towns named only
 * in datelines, syndicated copies, late deliveries, region and country mentions, past events)
 * through the whole pipeline on a real broker: each event's deaths and injuries meet on exactly
 * one key, the generator's, and every such key's latest figure is the one of the event's newest report.
 */
class EventWireIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @TempDir
    static Path dir;

    static final EventWire WIRE = EventWire.generate(2026, 18);
    static DemoOutputs run;

    @BeforeAll
    static void runTheWire() throws Exception {
        Path file = WIRE.write(dir.resolve("events.jsonl"));
        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("state"), "events.");
        try (ProcessorApp app = Pipelines.startAndAwaitRunning(settings)) {
            PublishRun.Summary sent = PublishRun.publishQuietly(KAFKA.bootstrap(), settings.topics().raw(), List.of(file.toString()));
            assertThat(sent.published()).isEqualTo(WIRE.articles().size());
            Pipelines.awaitProcessed(app);
            run = DemoOutputs.read(KAFKA.bootstrap(), settings.topics());
        }
    }

    @Test
    void eachEventAndCountTypeMeetsOnExactlyOneKeyTheTruthsKey() {
        Map<String, String> eventOf = new HashMap<>();
        for (EventWire.Article a : WIRE.articles()) eventOf.put(a.id(), a.eventId());
        Map<String, Set<String>> keys = new TreeMap<>();
        for (Claim c : run.claims()) {
            if (!ClaimRecords.movesTheTable(c) || !Set.of("killed", "injured").contains(c.getCountType())) continue;
            keys.computeIfAbsent(eventOf.get(c.getArticleId()) + " " + c.getCountType(), k -> new TreeSet<>()).add(tableKey(c));
        }
        Map<String, Set<String>> want = new TreeMap<>();
        for (EventWire.Truth t : WIRE.truth()) want.put(t.eventId() + " " + t.countType(), Set.of(t.key()));
        assertThat(keys).isEqualTo(want);
        assertThat(WIRE.articles()).as("the wire has reports that name only the region or the country")
                .anyMatch(a -> a.level() != EventWire.Level.TOWN);
    }

    /** No row is left on a region's or a country's key: each such report met its town's key, or the town's key adopted it. */
    @Test
    void noFigureIsLeftOnACoarserKeyOfAnEvent() {
        Set<String> coarse = new TreeSet<>();
        for (EventWire.Event e : WIRE.events()) {
            for (String place : List.of(e.region(), e.country())) coarse.add(place.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        }
        assertThat(run.figures().keySet()).noneMatch(k -> k.startsWith("killed/") && coarse.contains(k.substring("killed/".length())));
    }

    /**
     * The key the table put a claim's report on: the figures stage joins a region's or a country's
     * key to the one active town key inside it, so a claim's metric is where its article placed
     * the event, and the table row holding its article is where the report went.
     */
    private static String tableKey(Claim c) {
        String type = c.getMetric().substring(0, c.getMetric().indexOf('/') + 1);
        return run.figures().entrySet().stream()
                .filter(e -> e.getKey().startsWith(type) && !e.getKey().contains("@"))
                .filter(e -> e.getValue().getHistory().stream().anyMatch(r -> r.getArticleId().equals(c.getArticleId())))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(c.getMetric());
    }

    @Test
    void everyLatestFigureIsTheNewestReportsFigure() {
        List<String> wrong = new ArrayList<>();
        for (EventWire.Truth t : WIRE.truth()) {
            Figure f = run.figures().get(t.key());
            Double got = f == null ? null : f.getCurrent().getValue();
            if (got == null || got != t.value()) wrong.add(t.key() + ": want " + t.value() + " (" + t.articleId() + "), got " + got);
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The late deliveries did arrive late: each moved nothing, and each is flagged stale on its
     * event's key, unless a syndicated copy of it came first (its paragraphs are then repeats, and
     * the copy was on time).
     */
    @Test
    void lateDeliveriesAreFlaggedStaleAndMoveNothing() {
        List<EventWire.Article> sent = WIRE.articles();
        List<EventWire.Article> late = sent.stream().filter(EventWire.Article::late)
                .filter(a -> sent.stream().limit(sent.indexOf(a)).noneMatch(c -> a.id().equals(c.copyOf()))).toList();
        assertThat(late).isNotEmpty();
        for (EventWire.Article a : late) {
            String key = "killed/" + WIRE.events().stream().filter(e -> e.id().equals(a.eventId())).findFirst().orElseThrow().slug();
            assertThat(run.figures().get(key).getFlags()).as("flags of %s after late %s", key, a.id())
                    .contains(FigureFlags.STALE_REPORT_IGNORED);
            assertThat(run.changes()).as("changes to the late %s", a.id()).noneMatch(c -> c.getTo().getArticleId().equals(a.id())
                    && c.getFrom() != null && c.getFrom().getPublished().isAfter(a.published()));
        }
    }
}
