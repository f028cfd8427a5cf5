package io.figurewire.runtime;

import io.figurewire.settings.KafkaConnection;
import io.figurewire.schemas.Topics;
import io.figurewire.topology.TopicConfigs;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates figurewire's topics when they are missing, with the configs of {@link TopicConfigs}.
 * Existing topics are left alone.
 */
public final class TopicAdmin {

    private TopicAdmin() {
    }

    /** How long a new topic may take to have a leader on every partition. */
    static final long LEADER_WAIT_MS = 30_000;

    /**
     * Waits, bounded, until every partition of the new topics has a leader: a producer that starts
     * at once otherwise meets NOT_LEADER_OR_FOLLOWER, and under load its first batches can expire.
     */
    private static void awaitLeaders(Admin admin, List<String> names) throws InterruptedException {
        long deadline = System.currentTimeMillis() + LEADER_WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            try {
                boolean ready = admin.describeTopics(names).allTopicNames().get().values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                if (ready) return;
            } catch (ExecutionException e) {
                // metadata not there yet: ask again
            }
            Thread.sleep(100);
        }
    }

    /** @return the topics this call created */
    public static List<String> ensureTopics(String bootstrap, Topics topics, int partitions, short replication)
            throws InterruptedException {
        return ensureTopics(KafkaConnection.plain(bootstrap), topics, partitions, replication);
    }

    /** @return the topics this call created */
    public static List<String> ensureTopics(KafkaConnection kafka, Topics topics, int partitions, short replication)
            throws InterruptedException {
        Properties props = new Properties();
        try (Admin admin = Admin.create(kafka.applyTo(props))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String name : topics.all()) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, replication).configs(TopicConfigs.of(topics, name)));
                }
            }
            if (missing.isEmpty()) {
                return List.of();
            }
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topics on " + kafka.bootstrap() + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
            List<String> created = missing.stream().map(NewTopic::name).toList();
            awaitLeaders(admin, created);
            return created;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics on " + kafka.bootstrap() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Fails unless {@code topic} has {@code partitions} partitions: the reordering buffers count
     * one sender per partition of articles.raw (see ArrivalBuffer), and would wait for senders
     * that do not exist, or release before ones they do not know of.
     */
    public static void requirePartitions(KafkaConnection kafka, String topic, int partitions, String setting)
            throws InterruptedException {
        Properties props = new Properties();
        try (Admin admin = Admin.create(kafka.applyTo(props))) {
            int actual = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            if (actual != partitions) {
                throw new IllegalStateException(topic + " has " + actual + " partitions, but the processor is set for " + partitions
                        + " (" + setting + "): set it to " + actual + ", the partition count the topology is built for");
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + topic + " on " + kafka.bootstrap() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
