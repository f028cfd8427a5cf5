package io.figurewire.topology;

import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** For tests on the test driver: let both reordering buffers (paragraphs, then claims) release what they hold. */
final class ArrivalBuffers {

    /** A release stops after its time budget (ArrivalBuffer.RELEASE_BUDGET), so a loaded machine needs several. */
    private static final int MAX_PAUSES = 200;

    private ArrivalBuffers() {
    }

    /** Pauses (wall clock) until both buffers are empty: paragraphs leave first, their claims then wait in front of the table. */
    static void flush(TopologyTestDriver driver) {
        for (int pause = 0; pause < 2 || (pause < MAX_PAUSES && held(driver) > 0); pause++) {
            driver.advanceWallClockTime(ProcessorSettings.ARRIVAL_LATENESS.plusSeconds(1));
        }
        if (held(driver) > 0) {
            throw new IllegalStateException(held(driver) + " record(s) still held after " + MAX_PAUSES + " pauses");
        }
    }

    private static long held(TopologyTestDriver driver) {
        long n = 0;
        for (String buffer : PendingReports.BUFFERS) {
            KeyValueStore<String, Object> store = driver.getKeyValueStore(buffer);
            try (KeyValueIterator<String, Object> all = store.all()) {
                for (; all.hasNext(); all.next()) {
                    n++;
                }
            }
        }
        return n;
    }
}
