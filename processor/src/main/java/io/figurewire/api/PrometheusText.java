package io.figurewire.api;

import io.figurewire.runtime.RecordTally;
import io.figurewire.schemas.Topics;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * The processor's own counters in Prometheus' text format, read from the Kafka clients'
 * metrics inside Streams. A few curated series rather than a registry library: the client
 * metrics already are the source of truth, and five families do not need Micrometer's
 * machinery. The headline totals (input, dead letters, claims, changes, clean articles) are
 * committed records on those topics ({@link RecordTally}): they never count a send of an aborted
 * transaction and do not restart at zero. The per-topic client counts are this process's own,
 * attempts included. Kafka 4 tags fetch metrics with both the topic's name and a legacy form with
 * '_' for '.'; only the real name is kept, so a topic is one series.
 */
final class PrometheusText {

    private final Topics topics;

    PrometheusText(Topics topics) {
        this.topics = topics;
    }

    /**
     * @param extractorFailures sentences the claim extractor could not read in this process (each also logged)
     * @param releaseFailures   reordering-buffer releases that failed in this process (each logged, records dead-lettered)
     */
    String render(Map<MetricName, ? extends Metric> metrics, RecordTally committed, String state, int subscribers,
                  long extractorFailures, long releaseFailures) {
        Map<String, Double> consumed = new TreeMap<>();
        Map<String, Double> produced = new TreeMap<>();
        Map<String, Double> lag = new TreeMap<>();
        for (var e : metrics.entrySet()) {
            MetricName n = e.getKey();
            String client = n.tags().getOrDefault("client-id", "");
            String topic = n.tags().get("topic");
            if (topic == null || client.contains("restore-consumer") || !(e.getValue().metricValue() instanceof Double v)
                    || v.isNaN()) {
                continue;
            }
            String group = n.group();
            if (group.equals("consumer-fetch-manager-metrics") && n.name().equals("records-consumed-total")
                    && !n.tags().containsKey("partition")) {
                consumed.merge(topic, v, Double::sum);
            } else if (group.equals("consumer-fetch-manager-metrics") && n.name().equals("records-lag")
                    && n.tags().containsKey("partition")) {
                lag.merge(topic + "\u0000" + n.tags().get("partition"), v, Double::sum);
            } else if (group.equals("producer-topic-metrics") && n.name().equals("record-send-total")) {
                produced.merge(topic, v, Double::sum);
            }
        }
        dropLegacyNames(consumed);
        dropLegacyNames(produced);
        dropLegacyNames(lag);
        double out = produced.entrySet().stream().filter(p -> isOutput(p.getKey())).mapToDouble(Map.Entry::getValue).sum();

        StringBuilder s = new StringBuilder();
        family(s, "figurewire_up", "gauge", "1 when the Streams application is RUNNING");
        s.append("figurewire_up ").append("RUNNING".equals(state) ? 1 : 0).append('\n');
        family(s, "figurewire_streams_state", "gauge", "the Streams state, as a label");
        s.append("figurewire_streams_state{state=\"").append(state).append("\"} 1\n");
        family(s, "figurewire_records_in_total", "counter", "articles read from the input topic by this process");
        sample(s, "figurewire_records_in_total", null, consumed.getOrDefault(topics.raw(), 0.0));
        family(s, "figurewire_records_out_total", "counter", "records this process sent to output topics (dead letters excluded; attempts)");
        sample(s, "figurewire_records_out_total", null, out);
        family(s, "figurewire_input_total", "counter", "committed records on the input topic");
        sample(s, "figurewire_input_total", null, committed.records(topics.raw()));
        family(s, "figurewire_clean_articles_total", "counter", "committed records on articles.clean (processed articles)");
        sample(s, "figurewire_clean_articles_total", null, committed.records(topics.clean()));
        family(s, "figurewire_dead_letters_total", "counter", "committed dead letters");
        sample(s, "figurewire_dead_letters_total", null, committed.records(topics.dlq()));
        family(s, "figurewire_dead_letters_by_source_total", "counter", "committed dead letters, by the topic they were read from");
        committed.deadLettersBySource().forEach((t, v) -> sample(s, "figurewire_dead_letters_by_source_total", "source=\"" + t + "\"", v));
        family(s, "figurewire_claims_total", "counter", "committed claims on the claims topic");
        sample(s, "figurewire_claims_total", null, committed.records(topics.claims()));
        family(s, "figurewire_figure_changes_total", "counter", "committed figure change events");
        sample(s, "figurewire_figure_changes_total", null, committed.records(topics.figureChanges()));
        family(s, "figurewire_records_consumed_total", "counter", "records read, by topic (internal topics included)");
        consumed.forEach((t, v) -> sample(s, "figurewire_records_consumed_total", "topic=\"" + t + "\"", v));
        family(s, "figurewire_records_produced_total", "counter", "records written, by topic (internal topics included)");
        produced.forEach((t, v) -> sample(s, "figurewire_records_produced_total", "topic=\"" + t + "\"", v));
        family(s, "figurewire_consumer_lag", "gauge", "records not yet read, by source topic partition");
        lag.forEach((k, v) -> {
            String[] tp = k.split("\u0000");
            sample(s, "figurewire_consumer_lag", "topic=\"" + tp[0] + "\",partition=\"" + tp[1] + "\"", v);
        });
        family(s, "figurewire_consumer_lag_total", "gauge", "records not yet read, all source partitions");
        sample(s, "figurewire_consumer_lag_total", null, lag.values().stream().mapToDouble(Double::doubleValue).sum());
        family(s, "figurewire_extractor_failures_total", "counter", "sentences the extractor could not read in this process (logged with the article id)");
        sample(s, "figurewire_extractor_failures_total", null, extractorFailures);
        family(s, "figurewire_release_failures_total", "counter",
                "reordering-buffer releases that failed in this process (logged; the records they held are dead-lettered)");
        sample(s, "figurewire_release_failures_total", null, releaseFailures);
        family(s, "figurewire_change_subscribers", "gauge", "clients connected to /changes");
        sample(s, "figurewire_change_subscribers", null, subscribers);
        return s.toString();
    }

    /** Removes "articles_raw" when "articles.raw" is there too (keys may carry a "\0partition" suffix). */
    static void dropLegacyNames(Map<String, Double> byTopic) {
        byTopic.keySet().removeIf(k -> k.indexOf('_') >= 0 && byTopic.keySet().stream()
                .anyMatch(other -> !other.equals(k) && other.indexOf('.') >= 0 && other.replace('.', '_').equals(k)));
    }

    private boolean isOutput(String topic) {
        return topic.startsWith(topics.prefix()) && !topic.equals(topics.dlq()) && topics.all().contains(topic);
    }

    private static void family(StringBuilder s, String name, String type, String help) {
        s.append("# HELP ").append(name).append(' ').append(help).append('\n');
        s.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder s, String name, String labels, double value) {
        s.append(name);
        if (labels != null) {
            s.append('{').append(labels).append('}');
        }
        s.append(' ').append(value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.3f", value))
                .append('\n');
    }
}
