package io.figurewire.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Where the stream threads' wall time went between two readings: on a CPU or runnable and
 * waiting for one (the kernel's schedstat, see {@link RunQueue}), the broker's likewise, and
 * from Streams' own thread metrics the records processed, commits, punctuations and polls with
 * their mean latencies and {@code blocked-time-ns-total} (waiting on the consumer's poll and the
 * producer's flush and transaction calls). The bench prints it with each progress line: CPU per
 * article says what the work costs, this says what the thread waited for.
 */
final class LoopShares {

    private static final String GROUP = "stream-thread-metrics";

    private final KafkaStreams streams;
    private final String threadPrefix;
    private final long brokerPid;
    private Reading last;

    /** @param applicationId the app's id, which starts its stream threads' names; @param brokerPid the broker's process */
    LoopShares(KafkaStreams streams, String applicationId, long brokerPid) {
        this.streams = streams;
        this.threadPrefix = applicationId + "-";
        this.brokerPid = brokerPid;
        this.last = read();
    }

    /** One reading of the thread metrics, summed over the stream threads, and of the schedulers' times. */
    private record Reading(long nanos, Map<String, Double> totals, Map<String, Double> latest, RunQueue.Times app,
                           RunQueue.Times broker) {
        double delta(Reading before, String name) {
            return totals.getOrDefault(name, 0.0) - before.totals.getOrDefault(name, 0.0);
        }

        double latest(String name) {
            return latest.getOrDefault(name, 0.0);
        }
    }

    /** Since the previous call, two lines. */
    String sinceLast() {
        Reading now = read();
        Reading was = last;
        last = now;
        double wallMs = (now.nanos - was.nanos) / 1e6;
        return String.format(Locale.ROOT, "stream thread(s) on a CPU %.0f%%, runnable waiting for one %.0f%%; broker on a CPU %.0f%%, "
                        + "waiting %.0f%% (of one core's wall time)%n      thread: blocked on clients %.0f%%, %.0f commits (%.0f ms each), "
                        + "%.0f punctuations (%.1f ms each), %.0f polls (%.1f ms each), %.0f records processed outside punctuations",
                share(now.app.runNanos() - was.app.runNanos(), wallMs), share(now.app.waitNanos() - was.app.waitNanos(), wallMs),
                share(now.broker.runNanos() - was.broker.runNanos(), wallMs), share(now.broker.waitNanos() - was.broker.waitNanos(), wallMs),
                share((long) now.delta(was, "blocked-time-ns-total"), wallMs), now.delta(was, "commit-total"),
                now.latest("commit-latency-avg"), now.delta(was, "punctuate-total"), now.latest("punctuate-latency-avg"),
                now.delta(was, "poll-total"), now.latest("poll-latency-avg"), now.delta(was, "process-total"));
    }

    private static double share(long nanos, double wallMs) {
        return 100 * nanos / 1e6 / wallMs;
    }

    private Reading read() {
        Map<String, Double> totals = new TreeMap<>();
        Map<String, Double> latest = new TreeMap<>();
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName n = e.getKey();
            if (!GROUP.equals(n.group())) {
                continue;
            }
            double v = value(e.getValue());
            if (n.name().endsWith("-total")) {
                totals.merge(n.name(), v, Double::sum);
            } else if (n.name().endsWith("-avg")) {
                latest.merge(n.name(), v, Math::max);
            }
        }
        return new Reading(System.nanoTime(), totals, latest, RunQueue.of(ProcessHandle.current().pid(), threadPrefix),
                RunQueue.of(brokerPid, null));
    }

    private static double value(Metric m) {
        Object v = m.metricValue();
        return v instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : 0;
    }
}
