package io.figurewire.topology;

import io.figurewire.records.Claim;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Claims still waiting in this instance's reordering buffer. Committed offsets cannot tell that
 * a claim was read but not yet applied, so "everything processed" (demo, tests) also needs this
 * to be zero.
 */
public final class PendingReports {

    private PendingReports() {
    }

    /** Waiting claims on this instance's tasks, or -1 while the store cannot be read (rebalancing, restoring). */
    public static long count(KafkaStreams streams) {
        try {
            ReadOnlyKeyValueStore<String, Claim> store = streams.store(StoreQueryParameters.fromNameAndType(
                    StoreNames.PENDING_REPORTS, QueryableStoreTypes.<String, Claim>keyValueStore()));
            long n = 0;
            try (KeyValueIterator<String, Claim> all = store.all()) {
                for (; all.hasNext(); all.next()) {
                    n++;
                }
            }
            return n;
        } catch (InvalidStateStoreException e) {
            return -1;
        }
    }
}
