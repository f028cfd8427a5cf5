package io.figurewire.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.figurewire.records.Figure;
import io.figurewire.schemas.RecordJson;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.topology.StoreNames;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.query.FailureReason;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Interactive queries over the figures view: a key is answered by the instance that owns its
 * partition (locally with IQv2, or forwarded over HTTP using {@code application.server}
 * metadata); a listing asks this instance's partitions and every other instance's.
 * Anything that cannot be answered correctly right now is a {@link NotReadyException}.
 */
final class FigureQueries {

    private static final String STORE = StoreNames.FIGURES_VIEW;
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() { };

    /** Which figures a listing wants. {@code prefix} and {@code countType} may be null. */
    record Filter(String prefix, String countType, boolean history) {
        boolean accepts(Figure f) {
            return (prefix == null || f.getMetric().startsWith(prefix))
                    && (countType == null || countType.equals(f.getCurrent().getCountType()));
        }

        String query() {
            StringBuilder q = new StringBuilder("local=true&history=").append(history);
            if (prefix != null) {
                q.append("&prefix=").append(encode(prefix));
            }
            if (countType != null) {
                q.append("&count_type=").append(encode(countType));
            }
            return q.toString();
        }
    }

    /** A figure as JSON, and the instance that answered. */
    record Answer(String json, String servedBy) {
    }

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /**
     * The view holds the figures topic's bytes (see FigurewireTopology): rows are decoded here, when
     * asked for, by a deserializer for the topic's format (a registry's records need its client).
     */
    private final Deserializer<Figure> figures;

    FigureQueries(KafkaStreams streams, HostInfo self, SerdeOptions serdes) {
        this.streams = streams;
        this.self = self;
        this.figures = RecordSerdes.figure(serdes).deserializer();
    }

    String self() {
        return self.host() + ":" + self.port();
    }

    Optional<Answer> one(String metric, boolean localOnly) {
        requireRunning();
        KeyQueryMetadata owner = streams.queryMetadataForKey(STORE, metric, RecordSerdes.keys().serializer());
        if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
            throw new NotReadyException("the owner of " + metric + " is not known yet (rebalancing)");
        }
        if (!owner.activeHost().equals(self)) {
            if (localOnly) {
                throw new NotReadyException(metric + " moved to " + owner.activeHost() + " while forwarding");
            }
            return forwardOne(owner.activeHost(), metric);
        }
        StateQueryResult<byte[]> result = streams.query(StateQueryRequest.inStore(STORE)
                .withQuery(KeyQuery.<String, byte[]>withKey(metric))
                .withPartitions(Set.of(owner.partition())).requireActive());
        QueryResult<byte[]> partition = result.getPartitionResults().get(owner.partition());
        if (partition == null || partition.isFailure()) {
            throw new NotReadyException("partition " + owner.partition() + " not queryable: "
                    + (partition == null ? "not local" : partition.getFailureReason() + " " + partition.getFailureMessage()));
        }
        return Optional.ofNullable(partition.getResult()).map(bytes -> new Answer(RecordJson.line(figure(bytes)), self()));
    }

    List<Map<String, Object>> all(Filter filter, boolean localOnly) {
        requireRunning();
        List<Map<String, Object>> rows = new ArrayList<>(local(filter));
        if (!localOnly) {
            for (StreamsMetadata other : streams.streamsMetadataForStore(STORE)) {
                if (!other.hostInfo().equals(self) && !other.topicPartitions().isEmpty()) {
                    rows.addAll(forwardAll(other.hostInfo(), filter));
                }
            }
        }
        rows.sort(Comparator.comparing(r -> String.valueOf(r.get("metric"))));
        return rows;
    }

    private Figure figure(byte[] bytes) {
        return figures.deserialize(STORE, bytes);
    }

    private List<Map<String, Object>> local(Filter filter) {
        RangeQuery<String, byte[]> range = filter.prefix() == null || filter.prefix().isEmpty()
                ? RangeQuery.withNoBounds()
                : RangeQuery.withRange(filter.prefix(), filter.prefix() + '\uffff');
        StateQueryResult<KeyValueIterator<String, byte[]>> result =
                streams.query(StateQueryRequest.inStore(STORE).withQuery(range).requireActive());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var e : result.getPartitionResults().entrySet()) {
            QueryResult<KeyValueIterator<String, byte[]>> partition = e.getValue();
            if (partition.isFailure() && partition.getFailureReason() == FailureReason.NOT_ACTIVE) {
                continue; // a standby copy here: the instance where it is active answers for it
            }
            if (partition.isFailure()) {
                throw new NotReadyException("partition " + e.getKey() + " not queryable: " + partition.getFailureReason());
            }
            try (KeyValueIterator<String, byte[]> it = partition.getResult()) {
                while (it.hasNext()) {
                    KeyValue<String, byte[]> kv = it.next();
                    Figure figure = kv.value == null ? null : figure(kv.value);
                    if (figure != null && filter.accepts(figure)) {
                        Map<String, Object> row = RecordJson.toMap(figure);
                        if (!filter.history()) {
                            row.remove("history");
                        }
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private Optional<Answer> forwardOne(HostInfo owner, String metric) {
        HttpResponse<String> response = get(owner, "/figures/" + encode(metric) + "?local=true");
        String servedBy = response.headers().firstValue(FigureApi.SERVED_BY).orElse(owner.host() + ":" + owner.port());
        return switch (response.statusCode()) {
            case 200 -> Optional.of(new Answer(response.body(), servedBy));
            case 404 -> Optional.empty();
            default -> throw new NotReadyException("owner " + owner + " answered " + response.statusCode() + ": " + response.body());
        };
    }

    private List<Map<String, Object>> forwardAll(HostInfo other, Filter filter) {
        HttpResponse<String> response = get(other, "/figures?" + filter.query());
        if (response.statusCode() != 200) {
            throw new NotReadyException("instance " + other + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return RecordJson.mapper().readValue(response.body(), ROWS);
        } catch (IOException e) {
            throw new NotReadyException("instance " + other + " sent unreadable JSON: " + e.getMessage());
        }
    }

    private HttpResponse<String> get(HostInfo host, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NotReadyException("instance " + host + " unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReadyException("interrupted while asking " + host);
        }
    }

    private void requireRunning() {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            throw new NotReadyException("streams is " + state);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
