package io.figurewire.cli;

import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordJson;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What {@code demo} reports and {@code demo --out} writes, read from the committed topics. One
 * place, so that the tests comparing runs byte for byte compare exactly the demo's files.
 *
 * @param changes in publication order; changes of one metric at one instant keep the order
 *                they were made in (the order of their partition)
 */
public record DemoOutputs(List<Claim> claims, Map<String, Figure> figures, List<FigureChange> changes) {

    /** The reports' ingest time: left out of the --out files (see withoutArrival). */
    private static final String ARRIVAL = "received";

    public static DemoOutputs read(String bootstrap, Topics topics) {
        List<Claim> claims = TopicSnapshot.read(bootstrap, topics.claims(), RecordSerdes.claim().deserializer())
                .stream().map(ConsumerRecord::value).toList();
        Map<String, Figure> figures = TopicSnapshot.latestByKey(
                TopicSnapshot.read(bootstrap, topics.figures(), RecordSerdes.figure().deserializer()));
        List<FigureChange> changes = TopicSnapshot.read(bootstrap, topics.figureChanges(), RecordSerdes.figureChange().deserializer())
                .stream().map(ConsumerRecord::value).sorted(Comparator.comparing(FigureChange::getPublished)
                        .thenComparing(FigureChange::getMetric)).toList();
        return new DemoOutputs(claims, figures, changes);
    }

    /** The figures by metric. */
    public List<Figure> sortedFigures() {
        return figures.values().stream().sorted(Comparator.comparing(Figure::getMetric)).toList();
    }

    /** The content of figures.json. */
    public String figuresJson() {
        return RecordJson.pretty(sortedFigures().stream().map(f -> withoutArrival(RecordJson.toMap(f))).toList()) + "\n";
    }

    /** The lines of changes.jsonl. */
    public List<String> changeLines() {
        return changes.stream().map(DemoOutputs::line).toList();
    }

    /** One record as a line of the --out files: its JSON without {@code received}. */
    public static String line(IndexedRecord record) {
        try {
            return RecordJson.mapper().writeValueAsString(withoutArrival(RecordJson.toMap(record)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A row without its reports' {@code received}: when this run ingested each article is
     * delivery, not figure, and differs between two runs of one wire, whose table and change
     * log must be the same files.
     */
    static JsonNode withoutArrival(Map<String, Object> row) {
        JsonNode tree = RecordJson.mapper().valueToTree(row);
        tree.findParents(ARRIVAL).forEach(parent -> ((ObjectNode) parent).remove(ARRIVAL));
        return tree;
    }

    public void write(Path out) throws IOException {
        Files.createDirectories(out);
        Files.write(out.resolve("claims.jsonl"), claims.stream().map(RecordJson::line).toList());
        Files.writeString(out.resolve("figures.json"), figuresJson());
        Files.write(out.resolve("changes.jsonl"), changeLines());
    }
}
