package io.figurewire.topology;

import org.apache.kafka.streams.TopologyTestDriver;

/** For tests on the test driver: let both reordering buffers (paragraphs, then claims) release what they hold. */
final class ArrivalBuffers {

    private ArrivalBuffers() {
    }

    static void flush(TopologyTestDriver driver) {
        // the first pause releases the paragraphs; their claims then wait one more pause in front of the table
        driver.advanceWallClockTime(ProcessorSettings.REPORT_ORDER_HOLD.plusSeconds(1));
        driver.advanceWallClockTime(ProcessorSettings.REPORT_ORDER_HOLD.plusSeconds(1));
    }
}
