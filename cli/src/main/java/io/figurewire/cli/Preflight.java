package io.figurewire.cli;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.figurewire.settings.KafkaConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Checks the cluster before a command starts work, so that a wrong address or a missing topic
 * is one clear sentence now instead of a minute of client retries and a timeout later.
 */
final class Preflight {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private Preflight() {
    }

    /** @throws IllegalStateException naming what is wrong and what to do about it */
    static void requireReachable(KafkaConnection kafka) {
        topicsOn(kafka, TIMEOUT);
    }

    /** @throws IllegalStateException when a topic is missing, saying how to create it */
    static void requireTopics(KafkaConnection kafka, List<String> topics) {
        requireTopics(kafka, topics, TIMEOUT);
    }

    static void requireTopics(KafkaConnection kafka, List<String> topics, Duration timeout) {
        Set<String> existing = topicsOn(kafka, timeout);
        List<String> missing = topics.stream().filter(t -> !existing.contains(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("topic(s) " + missing + " do not exist on " + kafka.bootstrap()
                    + "; start './figurewire process' once (it creates every figurewire topic) or check --topic-prefix");
        }
    }

    private static Set<String> topicsOn(KafkaConnection kafka, Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(kafka.applyTo(props))) {
            return admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("cannot reach Kafka at " + kafka.bootstrap() + " within " + timeout.toSeconds()
                    + " s; is a broker running there? (start one with './figurewire broker', or set --bootstrap / FIGUREWIRE_BOOTSTRAP)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while contacting " + kafka.bootstrap(), e);
        }
    }
}
