package io.figurewire.runtime;

import io.figurewire.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates figurewire's topics when they are missing, with configs that fit their use: the
 * figures table compacted, everything else deleted by time. Existing topics are left alone.
 */
public final class TopicAdmin {

    private TopicAdmin() {
    }

    /** @return the topics this call created */
    public static List<String> ensureTopics(String bootstrap, Topics topics, int partitions, short replication)
            throws InterruptedException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String name : topics.all()) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, replication).configs(configFor(topics, name)));
                }
            }
            if (missing.isEmpty()) {
                return List.of();
            }
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topics on " + bootstrap + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics on " + bootstrap + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    static Map<String, String> configFor(Topics topics, String name) {
        if (topics.compacted().contains(name)) {
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "60000");
        }
        if (name.equals(topics.dlq())) {
            // Dead letters are kept a month: long enough to notice, replay or report them.
            return Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(30L * 24 * 3600 * 1000),
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(4 * 1024 * 1024));
        }
        // Record timestamps are publication times: time-based retention would delete a replayed
        // archive (and its claims and changes) as soon as it was written.
        if (name.equals(topics.raw())) {
            return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(2 * 1024 * 1024),
                    TopicConfig.RETENTION_MS_CONFIG, "-1");
        }
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
    }
}
