package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.figurewire.figures.KeyJoin;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key join's store layout and the decoded families kept beside it: what {@link StoredKeys#of}
 * gives is what the store holds (a fresh reader of the same store sees the same), and a new
 * {@link StoredKeys} (a processor init, as after an aborted transaction) reads the store again
 * rather than trusting what an earlier object kept.
 */
class StoredKeysTest {

    @TempDir
    Path state;
    KeyValueStore<String, String> store;

    @BeforeEach
    void open() {
        ProcessorSettings settings = DriverSettings.of(state);
        MockProcessorContext<String, String> context = new MockProcessorContext<>(settings.streamsProperties(), new TaskId(0, 0),
                state.toFile());
        store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.KEY_JOIN), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static KeyJoin.Known known(String metric, long published, String... among) {
        List<String> path = List.of(metric.substring(metric.indexOf('/') + 1).split("/"));
        return new KeyJoin.Known(metric, path, published, List.of(among));
    }

    /** Applies a change to the family as the processor does: a copy of what was read, changed, then written. */
    static void change(StoredKeys keys, String family, Consumer<SortedMap<String, KeyJoin.Known>> how) {
        SortedMap<String, KeyJoin.Known> before = keys.of(family);
        SortedMap<String, KeyJoin.Known> after = new TreeMap<>(before);
        how.accept(after);
        keys.update(family, before, after);
    }

    @Test
    void whatAFamilyGivesIsWhatTheStoreHoldsAfterEachWrite() {
        StoredKeys keys = new StoredKeys(store);
        assertThat(keys.of("killed")).isEmpty();
        change(keys, "killed", f -> f.put("killed/norway/karsk", known("killed/norway/karsk", 10)));
        change(keys, "killed", f -> f.put("killed/norway", known("killed/norway", 20, "killed/norway/karsk")));
        change(keys, "killed", f -> f.put("killed/norway/karsk", known("killed/norway/karsk", 30)));
        change(keys, "killed", f -> f.remove("killed/norway"));
        change(keys, "injured", f -> f.put("injured/chad", known("injured/chad", 5)));

        StoredKeys fresh = new StoredKeys(store);
        for (String family : List.of("killed", "injured", "missing")) {
            assertThat(keys.of(family)).as(family).isEqualTo(fresh.of(family));
        }
        assertThat(keys.of("killed")).containsOnlyKeys("killed/norway/karsk");
        assertThat(keys.of("killed").get("killed/norway/karsk").lastPublished()).isEqualTo(30L);
        assertThat(store.get("killed\u0001killed/norway")).as("the adopted key is deleted from the store").isNull();
    }

    @Test
    void aNewReaderReadsTheStoreAgainNotWhatAnEarlierOneKept() {
        StoredKeys first = new StoredKeys(store);
        change(first, "killed", f -> f.put("killed/norway/karsk", known("killed/norway/karsk", 10)));
        assertThat(first.of("killed")).containsOnlyKeys("killed/norway/karsk");
        // what a restore after an aborted transaction does to the store under the processor
        store.delete("killed\u0001killed/norway/karsk");
        store.put("killed\u0001killed/chad", StoredKeys.encoded(known("killed/chad", 7)));

        assertThat(new StoredKeys(store).of("killed")).containsOnlyKeys("killed/chad");
    }

    @Test
    void aFamilyAsReadCannotBeChangedInPlace() {
        StoredKeys keys = new StoredKeys(store);
        change(keys, "killed", f -> f.put("killed/norway", known("killed/norway", 10)));
        assertThatThrownBy(() -> keys.of("killed").remove("killed/norway")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> keys.of("missing").put("missing/chad", known("missing/chad", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
