package io.figurewire.topology;

import java.nio.file.Path;

/**
 * Settings for a topology on the test driver. The driver gives every topic one partition, so
 * each reordering buffer has one sender: the topology must be built for one partition, or its
 * buffers would wait for the progress marks of five senders that do not exist.
 */
public final class DriverSettings {

    private DriverSettings() {
    }

    public static ProcessorSettings.Builder builder(Path stateDir) {
        return ProcessorSettings.builder("dummy:9092", stateDir).partitions(1);
    }

    public static ProcessorSettings of(Path stateDir) {
        return builder(stateDir).build();
    }
}
