package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** Static membership: one member per application, host and state directory, the same across restarts. */
class GroupInstanceIdTest {

    final ProcessorSettings one = ProcessorSettings.builder("b:9092", Path.of("state-a")).applicationId("app").build();

    @Test
    void theMainConsumerIsAStaticMemberThatARestartWithTheSameStateDirectoryReplaces() {
        Object id = one.streamsProperties().get(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
        assertThat(id).isEqualTo(one.groupInstanceId()).asString().startsWith("app-");
        ProcessorSettings restarted = ProcessorSettings.builder("other:9092", Path.of("state-a").toAbsolutePath()).applicationId("app").build();
        assertThat(restarted.groupInstanceId()).isEqualTo(one.groupInstanceId());
    }

    @Test
    void anotherStateDirectoryOrApplicationIsAnotherMember() {
        assertThat(one.toBuilder().stateDir(Path.of("state-b")).build().groupInstanceId()).isNotEqualTo(one.groupInstanceId());
        assertThat(one.toBuilder().applicationId("other").build().groupInstanceId()).isNotEqualTo(one.groupInstanceId());
    }
}
