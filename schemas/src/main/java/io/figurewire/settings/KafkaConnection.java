package io.figurewire.settings;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How to reach the cluster: the bootstrap servers and the Kafka client settings passed through
 * from the configuration ({@code kafka.*} keys, {@code KAFKA_*} variables), such as
 * {@code security.protocol} or {@code sasl.jaas.config}. Every producer, consumer, admin client
 * and Streams instance figurewire creates is configured through {@link #applyTo}, so a secured
 * cluster works everywhere or nowhere. {@link #toString} masks secrets: this value may be logged.
 */
public record KafkaConnection(String bootstrap, Map<String, String> clientProperties) {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";

    public KafkaConnection {
        clientProperties = Map.copyOf(clientProperties);
        if (clientProperties.containsKey(BOOTSTRAP_SERVERS)) {
            throw new IllegalArgumentException("bootstrap.servers is set by the 'bootstrap' setting, not as a client property");
        }
    }

    /** A cluster that needs no client settings beyond its address (tests, the local broker). */
    public static KafkaConnection plain(String bootstrap) {
        return new KafkaConnection(bootstrap, Map.of());
    }

    /**
     * Adds the bootstrap servers and the passed-through client settings to a client's own
     * properties. The passed-through ones are applied last, so an operator can tune any client
     * setting (timeouts, buffer sizes); one that figurewire's guarantees rest on (isolation.level,
     * acks, enable.idempotence) is theirs to break.
     */
    public Properties applyTo(Properties own) {
        own.put(BOOTSTRAP_SERVERS, bootstrap);
        own.putAll(clientProperties);
        return own;
    }

    /** Bootstrap servers and passed-through settings alone. */
    public Properties properties() {
        return applyTo(new Properties());
    }

    @Override
    public String toString() {
        String shown = new TreeMap<>(clientProperties).entrySet().stream()
                .map(e -> e.getKey() + "=" + SecretKeys.shown(e.getKey(), e.getValue())).collect(Collectors.joining(", "));
        return "KafkaConnection[" + bootstrap + (shown.isEmpty() ? "" : "; " + shown) + "]";
    }
}
