package io.figurewire.it;

import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real single-node KRaft cluster (Kafka's own test kit, in-process) for one test class.
 * Register with {@code @RegisterExtension static final KafkaCluster KAFKA = new KafkaCluster();}.
 */
public final class KafkaCluster implements BeforeAllCallback, AfterAllCallback {

    private final Map<String, String> brokerProps;
    private KafkaClusterTestKit cluster;

    public KafkaCluster() {
        this(Map.of());
    }

    /** With extra broker settings, e.g. a short {@code log.retention.check.interval.ms}. */
    public KafkaCluster(Map<String, String> brokerProps) {
        this.brokerProps = Map.copyOf(brokerProps);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        var builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                // one broker: exactly-once needs its transaction log to accept a single replica
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false");
        brokerProps.forEach(builder::setConfigProp);
        cluster = builder.build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    public String bootstrap() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker (the controller keeps running), as in an outage; {@link #startBroker} brings it back on the same port. */
    public void stopBroker() {
        cluster.brokers().values().forEach(b -> b.shutdown());
    }

    public void startBroker() throws Exception {
        for (var b : cluster.brokers().values()) {
            b.startup();
        }
        cluster.waitForReadyBrokers();
    }
}
