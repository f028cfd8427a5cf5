package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.settings.Configuration;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standby replicas: on by default (free with one instance), set like any other setting. */
class StandbyReplicasTest {

    @TempDir
    Path home;

    @Test
    void streamsKeepsOneWarmCopyByDefault() {
        ProcessorSettings settings = ProcessorSettings.from(Configuration.load(Map.of(), home, null, Map.of()));
        assertThat(settings.streamsProperties().get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG)).isEqualTo(1);
    }

    @Test
    void theSettingReachesStreamsFromTheEnvironmentOrAFlag() {
        ProcessorSettings fromEnv = ProcessorSettings.from(Configuration.load(Map.of("FIGUREWIRE_STANDBY_REPLICAS", "0"), home, null, Map.of()));
        assertThat(fromEnv.streamsProperties().get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG)).isEqualTo(0);
        ProcessorSettings fromFlag = ProcessorSettings.from(Configuration.load(Map.of("FIGUREWIRE_STANDBY_REPLICAS", "0"), home, null,
                Map.of("standby.replicas", "2")));
        assertThat(fromFlag.streamsProperties().get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG)).isEqualTo(2);
    }
}
