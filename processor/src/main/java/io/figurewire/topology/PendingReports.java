package io.figurewire.topology;

import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Paragraphs and claims still waiting in this instance's reordering buffers. Committed offsets
 * cannot tell that a record was read but not yet passed on, so "everything processed" (demo,
 * tests) also needs this to be zero.
 */
public final class PendingReports {

    /** The reordering buffers' stores. */
    public static final List<String> BUFFERS = List.of(StoreNames.PENDING_PARAGRAPHS, StoreNames.PENDING_REPORTS);

    private PendingReports() {
    }

    /** Waiting records on this instance's tasks, or -1 while a buffer cannot be read (rebalancing, restoring). */
    public static long count(KafkaStreams streams) {
        long n = 0;
        for (String buffer : BUFFERS) {
            try {
                ReadOnlyKeyValueStore<String, Object> store = streams.store(
                        StoreQueryParameters.fromNameAndType(buffer, QueryableStoreTypes.<String, Object>keyValueStore()));
                try (KeyValueIterator<String, Object> all = store.all()) {
                    for (; all.hasNext(); all.next()) {
                        n++;
                    }
                }
            } catch (InvalidStateStoreException e) {
                return -1;
            }
        }
        return n;
    }
}
