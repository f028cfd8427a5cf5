package io.figurewire.topology;

import io.figurewire.figures.KeyJoin;
import io.figurewire.figures.ReportGroup;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts each article's reports of a metric on the key {@link KeyJoin} chooses, in the order
 * {@link ReportOrderProcessor} releases them (article arrival), so the choice is the same for
 * every partitioning and run. Reports are partitioned by metric name upstream, so every key of a
 * family is decided in one task; the family's known keys live in {@link StoreNames#KEY_JOIN}.
 */
final class KeyJoinProcessor implements Processor<String, ReportGroup, String, ReportGroup> {

    private final KeyJoin join;
    private ProcessorContext<String, ReportGroup> context;
    private StoredKeys known;

    KeyJoinProcessor(KeyJoin join) {
        this.join = join;
    }

    @Override
    public void init(ProcessorContext<String, ReportGroup> context) {
        this.context = context;
        KeyValueStore<String, String> store = context.getStateStore(StoreNames.KEY_JOIN);
        this.known = new StoredKeys(store);
    }

    @Override
    public void process(Record<String, ReportGroup> record) {
        ReportGroup group = record.value();
        String family = KeyJoin.family(group.metric());
        if (family == null || group.placePath() == null) {
            context.forward(record);
            return;
        }
        SortedMap<String, KeyJoin.Known> before = known.of(family);
        SortedMap<String, KeyJoin.Known> keys = new TreeMap<>(before);
        KeyJoin.Decision decision = join.decide(group.metric(), group.placePath(), record.timestamp(), keys);
        known.update(family, before, keys);
        context.forward(record.withKey(decision.target()).withValue(group.joined(decision)));
    }
}
