package io.figurewire.api;

import io.figurewire.settings.KafkaConnection;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.figurewire.errors.ReleaseFailure;
import io.figurewire.extract.ClaimExtractor;
import io.figurewire.schemas.RecordJson;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read side over HTTP: the figures table (interactive queries, forwarded to the owning
 * instance), the live change stream as Server-Sent Events, health, Prometheus metrics and the
 * dashboard. The JDK's own HTTP server: six read-only routes do not justify a web framework,
 * and it streams SSE with one thread per client, which is fine at a monitoring desk's scale
 * (clients are capped by {@link ChangeFeed#MAX_SUBSCRIBERS}).
 */
public final class FigureApi implements AutoCloseable {

    /** Response header naming the instance whose state answered, so forwarding is visible. */
    public static final String SERVED_BY = "X-Figurewire-Served-By";

    private static final Logger LOG = LoggerFactory.getLogger(FigureApi.class);
    private static final Duration KEEPALIVE = Duration.ofSeconds(15);

    private final HttpServer server;
    private final ExecutorService executor;
    private final HostInfo advertised;
    private KafkaStreams streams;
    private FigureQueries queries;
    private ChangeFeed changes;
    private PrometheusText metrics;
    private BrokerProbe broker;
    private CommittedCounter counts;

    private final HostCheck hostCheck;

    private FigureApi(HttpServer server, ExecutorService executor, HostInfo advertised, HostCheck hostCheck) {
        this.server = server;
        this.executor = executor;
        this.advertised = advertised;
        this.hostCheck = hostCheck;
    }

    /** Binds the port now (so {@code application.server} can name it) but serves nothing until {@link #start}. */
    public static FigureApi bind(HttpSettings settings) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "figurewire-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        String host = settings.host().equals("0.0.0.0") ? java.net.InetAddress.getLocalHost().getHostName() : settings.host();
        List<String> names = new ArrayList<>(settings.allowedHosts());
        names.add(settings.host());
        names.add(host);
        return new FigureApi(server, executor, new HostInfo(host, server.getAddress().getPort()), new HostCheck(names));
    }

    /** {@code host:port} for {@code application.server}. */
    public String advertised() {
        return advertised.host() + ":" + advertised.port();
    }

    public int port() {
        return advertised.port();
    }

    public void start(KafkaStreams streams, Topics topics, KafkaConnection kafka, SerdeOptions serdes) {
        this.streams = streams;
        this.queries = new FigureQueries(streams, advertised, serdes);
        this.metrics = new PrometheusText(topics);
        this.changes = new ChangeFeed(kafka, topics.figureChanges(), serdes);
        this.broker = new BrokerProbe(kafka);
        this.counts = new CommittedCounter(kafka, List.of(topics.raw(), topics.dlq(), topics.clean(), topics.claims(),
                topics.figureChanges()), topics.dlq());
        counts.start();
        changes.start();
        server.createContext("/", this::dashboard).getFilters().add(hostCheck);
        server.createContext("/figures", this::figures).getFilters().add(hostCheck);
        server.createContext("/changes", this::changes).getFilters().add(hostCheck);
        server.createContext("/health", this::health).getFilters().add(hostCheck);
        server.createContext("/metrics", this::metrics).getFilters().add(hostCheck);
        server.start();
        LOG.info("HTTP API on http://{}/", advertised());
    }

    /** For tests and tools: waits until /changes will carry every change committed from now on. */
    public boolean awaitChangesLive(Duration timeout) throws InterruptedException {
        return changes.awaitPositioned(timeout);
    }

    private void figures(HttpExchange x) throws IOException {
        Map<String, String> q = query(x);
        boolean local = "true".equals(q.get("local"));
        String path = x.getRequestURI().getRawPath();
        try {
            if (path.equals("/figures") || path.equals("/figures/")) {
                var filter = new FigureQueries.Filter(blankToNull(q.get("prefix")), blankToNull(q.get("count_type")),
                        "true".equals(q.get("history")));
                send(x, 200, "application/json", RecordJson.mapper().writeValueAsString(queries.all(filter, local)), advertised());
            } else if (path.startsWith("/figures/")) {
                String metric = URLDecoder.decode(path.substring("/figures/".length()), StandardCharsets.UTF_8);
                var answer = queries.one(metric, local);
                if (answer.isPresent()) {
                    send(x, 200, "application/json", answer.get().json(), answer.get().servedBy());
                } else {
                    send(x, 404, "application/json", error("no figure for metric " + metric, null), advertised());
                }
            } else {
                send(x, 404, "application/json", error("not found", null), advertised());
            }
        } catch (NotReadyException e) {
            x.getResponseHeaders().add("Retry-After", "1");
            send(x, 503, "application/json", error("not ready: " + e.getMessage(), streams.state().name()), advertised());
        }
    }

    private void changes(HttpExchange x) throws IOException {
        ChangeFeed.Subscription sub = changes.subscribe(blankToNull(query(x).get("prefix")));
        if (sub == null) {
            send(x, 503, "application/json", error("too many /changes clients", null), advertised());
            return;
        }
        try (x) {
            x.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
            x.getResponseHeaders().add("Cache-Control", "no-cache");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            write(out, "retry: 2000\n: figurewire changes\n\n");
            while (true) {
                ChangeFeed.Event e = sub.next(KEEPALIVE);
                if (e == ChangeFeed.Event.END) {
                    return;
                }
                // a comment line keeps proxies from timing the stream out and finds gone clients
                write(out, e == null ? ": keepalive\n\n" : "id: " + e.id() + "\nevent: change\ndata: " + e.json() + "\n\n");
            }
        } catch (IOException clientGone) {
            // the browser closed the page; nothing to do
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            changes.unsubscribe(sub);
        }
    }

    /** Ready only while Streams is RUNNING and the cluster answers. */
    private void health(HttpExchange x) throws IOException {
        KafkaStreams.State state = streams.state();
        String brokerProblem = broker.problem();
        boolean ready = state == KafkaStreams.State.RUNNING && brokerProblem == null;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : "not ready");
        body.put("state", state.name());
        body.put("broker", brokerProblem == null ? "reachable" : brokerProblem);
        body.put("instance", advertised());
        send(x, ready ? 200 : 503, "application/json", RecordJson.mapper().writeValueAsString(body), advertised());
    }

    private void metrics(HttpExchange x) throws IOException {
        send(x, 200, "text/plain; version=0.0.4; charset=utf-8",
                metrics.render(streams.metrics(), counts.tally(), streams.state().name(), changes.subscriberCount(),
                        ClaimExtractor.withDefaultLexicon().failures(), ReleaseFailure.total()), advertised());
    }

    private void dashboard(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        if (!path.equals("/") && !path.equals("/index.html")) {
            send(x, 404, "application/json", error("not found", null), advertised());
            return;
        }
        try (InputStream page = FigureApi.class.getResourceAsStream("dashboard.html")) {
            if (page == null) {
                throw new IllegalStateException("dashboard.html missing from the build");
            }
            send(x, 200, "text/html; charset=utf-8", new String(page.readAllBytes(), StandardCharsets.UTF_8), advertised());
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange x, int status, String type, String body, String servedBy) throws IOException {
        try (x) {
            if (!x.getRequestMethod().equals("GET") && !x.getRequestMethod().equals("HEAD")) {
                status = 405;
                body = error("only GET", null);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", type);
            x.getResponseHeaders().add(SERVED_BY, servedBy);
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
        }
    }

    private static String error(String message, String state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (state != null) {
            body.put("state", state);
        }
        try {
            return RecordJson.mapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(HttpExchange x) {
        Map<String, String> q = new HashMap<>();
        String raw = x.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                q.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public void close() {
        if (changes != null) {
            changes.close(); // ends every /changes stream, so stop() does not wait on them
        }
        server.stop(0);
        executor.shutdownNow();
        if (broker != null) {
            broker.close();
        }
        if (counts != null) {
            counts.close();
        }
    }
}
