package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.figurewire.it.KafkaCluster;
import io.figurewire.runtime.TopicAdmin;
import io.figurewire.schemas.Topics;
import io.figurewire.settings.KafkaConnection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A wrong address or a missing topic is one sentence that says what to do, not a minute of retries. */
class PreflightIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @Test
    void anUnreachableClusterIsNamedWithWhatToDo() {
        assertThatThrownBy(() -> Preflight.requireTopics(KafkaConnection.plain("127.0.0.1:1"), List.of("articles.raw"), Duration.ofSeconds(2)))
                .hasMessageContaining("cannot reach Kafka at 127.0.0.1:1").hasMessageContaining("./figurewire broker");
    }

    /** The reordering buffers count one sender per partition of articles.raw: a processor set for another count must not start. */
    @Test
    void aProcessorSetForAnotherPartitionCountThanArticlesRawRefusesToStart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path state)
            throws Exception {
        Topics topics = new Topics("width.");
        TopicAdmin.ensureTopics(KAFKA.bootstrap(), topics, 2, (short) 1);
        io.figurewire.topology.ProcessorSettings settings = io.figurewire.topology.ProcessorSettings.builder(KAFKA.bootstrap(), state)
                .applicationId("width-check").topics(topics).partitions(3).build();
        try (io.figurewire.runtime.ProcessorApp app = new io.figurewire.runtime.ProcessorApp(settings)) {
            assertThatThrownBy(app::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("width.articles.raw has 2 partitions").hasMessageContaining("set it to 2")
                    .hasMessageContaining("--partitions");
        }
    }

    @Test
    void aMissingTopicSaysHowToCreateIt() throws Exception {
        Topics topics = new Topics("preflight.");
        assertThatThrownBy(() -> Preflight.requireTopics(KafkaConnection.plain(KAFKA.bootstrap()), List.of(topics.raw())))
                .hasMessageContaining("preflight.articles.raw").hasMessageContaining("./figurewire process");
        TopicAdmin.ensureTopics(KAFKA.bootstrap(), topics, 1, (short) 1);
        assertThatCode(() -> Preflight.requireTopics(KafkaConnection.plain(KAFKA.bootstrap()), List.of(topics.raw()))).doesNotThrowAnyException();
    }

    @Test
    void anExistingTopicWithTheWrongCleanupPolicyIsNamed() throws Exception {
        Topics topics = new Topics("policy.");
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of("bootstrap.servers", KAFKA.bootstrap()))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topics.figures(), 1, (short) 1)
                    .configs(java.util.Map.of("cleanup.policy", "delete")))).all().get();
            // a new topic reaches the metadata a moment after its creation returns
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> admin.listTopics().names().get().contains(topics.figures()));
        }
        assertThatThrownBy(() -> StartupChecks.requireCleanupPolicies(KafkaConnection.plain(KAFKA.bootstrap()), topics))
                .hasMessageContaining("policy.figures has cleanup.policy=delete").hasMessageContaining("compact");
        Topics fresh = new Topics("fresh.");
        TopicAdmin.ensureTopics(KAFKA.bootstrap(), fresh, 1, (short) 1);
        assertThatCode(() -> StartupChecks.requireCleanupPolicies(KafkaConnection.plain(KAFKA.bootstrap()), fresh)).doesNotThrowAnyException();
    }
}
