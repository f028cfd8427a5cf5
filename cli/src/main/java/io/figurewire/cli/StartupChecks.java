package io.figurewire.cli;

import io.figurewire.schemas.Topics;
import io.figurewire.settings.KafkaConnection;
import io.figurewire.topology.TopicConfigs;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * What {@code process} checks before it starts, so that a wrong setting is one sentence naming the
 * setting and the fix, and a non-zero exit, instead of a stack trace or a minute of retries: a
 * bootstrap string that is no list of host:port, a state directory it cannot write, an HTTP port
 * in use, and existing topics whose cleanup policy would lose or keep the wrong records.
 */
final class StartupChecks {

    private StartupChecks() {
    }

    /** @throws IllegalArgumentException unless every entry is host:port with a port in 1..65535 */
    static void requireBootstrapList(String bootstrap) {
        if (bootstrap == null || bootstrap.isBlank()) throw new IllegalArgumentException("--bootstrap is empty; give host:port[,host:port...]");
        for (String entry : bootstrap.split(",")) {
            String e = entry.strip();
            int colon = e.lastIndexOf(':');
            String host = colon > 0 ? e.substring(0, colon) : "";
            int port = colon > 0 ? portOf(e.substring(colon + 1)) : -1;
            if (host.isBlank() || host.contains(" ") || port < 1 || port > 65535) {
                throw new IllegalArgumentException("bad --bootstrap entry '" + e + "': expected host:port, e.g. 127.0.0.1:9092");
            }
        }
    }

    private static int portOf(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @throws IllegalStateException when the directory cannot be created or written */
    static void requireWritableDir(Path dir, String option) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".figurewire-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalStateException("cannot write the state directory " + dir + " (" + e.getClass().getSimpleName()
                    + "); choose another with " + option);
        }
    }

    /** @throws IllegalStateException when nothing can listen on host:port */
    static void requireFreePort(String host, int port, String option) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another process using it? choose another port with " + option + " (0 turns the API off)");
        }
    }

    /**
     * Existing figurewire topics must have the cleanup policy figurewire would create them with: a
     * compacted {@code figures} keeps one row per metric, and a compacted input or claims topic would
     * silently drop reports. Topics that do not exist yet are created right, so they pass.
     */
    static void requireCleanupPolicies(KafkaConnection kafka, Topics topics) {
        List<String> wrong = new ArrayList<>();
        Map<ConfigResource, Config> configs = describe(kafka, topics.all());
        for (Map.Entry<ConfigResource, Config> e : configs.entrySet()) {
            String name = e.getKey().name();
            String want = TopicConfigs.of(topics, name).getOrDefault(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
            var entry = e.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG);
            String have = entry == null ? TopicConfig.CLEANUP_POLICY_DELETE : entry.value();
            if (!want.equals(have)) wrong.add(name + " has cleanup.policy=" + have + " (figurewire needs " + want + ")");
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(String.join("; ", wrong) + "; fix it with kafka-configs.sh --alter --entity-type topics"
                    + " --add-config cleanup.policy=..., or use another --topic-prefix");
        }
    }

    private static Map<ConfigResource, Config> describe(KafkaConnection kafka, Collection<String> names) {
        Properties props = new Properties();
        long timeout = Preflight.TIMEOUT.toMillis();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout);
        try (Admin admin = Admin.create(kafka.applyTo(props))) {
            var existing = admin.listTopics().names().get(timeout, TimeUnit.MILLISECONDS);
            List<ConfigResource> resources = names.stream().filter(existing::contains)
                    .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
            return resources.isEmpty() ? Map.of() : admin.describeConfigs(resources).all().get(timeout, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("cannot read the topic configs on " + kafka.bootstrap() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading topic configs on " + kafka.bootstrap(), e);
        }
    }
}
