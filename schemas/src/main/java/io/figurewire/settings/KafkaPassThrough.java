package io.figurewire.settings;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Which Kafka client settings come from where. The file's {@code kafka.X} is client setting X,
 * passed on as written. A variable {@code KAFKA_A_B} is setting {@code a.b} (lower case,
 * underscores become dots: KAFKA_SASL_JAAS_CONFIG is sasl.jaas.config), passed on only when it
 * names a setting of Kafka's producer, consumer or admin client: KAFKA_HOME, KAFKA_OPTS or
 * KAFKA_HEAP_OPTS, which Kafka's own scripts read, are not client settings.
 */
final class KafkaPassThrough {

    static final String FILE_PREFIX = "kafka.";
    static final String ENV_PREFIX = "KAFKA_";
    private static final Set<String> CLIENT_KEYS = Stream.of(ProducerConfig.configNames(), ConsumerConfig.configNames(),
            AdminClientConfig.configNames()).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private KafkaPassThrough() {
    }

    /** Client key to the variable that sets it, for the KAFKA_* variables that name a client setting. */
    static Map<String, String> fromEnv(Map<String, String> env, List<String> ignored) {
        Map<String, String> out = new TreeMap<>();
        for (String name : new TreeMap<>(env).keySet()) {
            if (!name.startsWith(ENV_PREFIX) || name.length() == ENV_PREFIX.length()) continue;
            String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            if (CLIENT_KEYS.contains(key)) {
                out.put(key, name);
            } else {
                ignored.add(name + " (not a Kafka client setting)");
            }
        }
        return out;
    }

    /** bootstrap.servers has its own setting; a pass-through copy would be a second, conflicting one. */
    static List<String> refuseBootstrap(Collection<String> keys, List<String> ignored) {
        if (!keys.contains(KafkaConnection.BOOTSTRAP_SERVERS)) return List.of();
        ignored.add("kafka.bootstrap.servers / KAFKA_BOOTSTRAP_SERVERS (use bootstrap, FIGUREWIRE_BOOTSTRAP or --bootstrap)");
        return List.of(KafkaConnection.BOOTSTRAP_SERVERS);
    }
}
