package io.figurewire.api;

import io.figurewire.settings.KafkaConnection;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether the cluster answers, for {@code /health}. Streams stays RUNNING through a broker outage
 * (its clients just retry), so its state alone said "ready" for a whole outage. One small
 * metadata request, at most once a second however often health is polled.
 */
final class BrokerProbe implements AutoCloseable {

    private static final int TIMEOUT_MS = 2_000;
    private static final long REUSE_MS = 1_000;

    private final Admin admin;
    private long checkedAt;
    private String problem = "not checked yet";

    BrokerProbe(KafkaConnection kafka) {
        Properties p = new Properties();
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "figurewire-api-health");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        this.admin = Admin.create(kafka.applyTo(p));
    }

    /** Null while the cluster answers, else why not. */
    synchronized String problem() {
        long now = System.currentTimeMillis();
        if (now - checkedAt < REUSE_MS) {
            return problem;
        }
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes()
                    .get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS).size();
            problem = brokers == 0 ? "no broker in the cluster" : null;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            problem = "broker unreachable: " + cause.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        checkedAt = System.currentTimeMillis();
        return problem;
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(2));
    }
}
