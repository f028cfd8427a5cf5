package io.figurewire.producer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches a feed document from an http(s) URL, a file:// URL or a file path. Over HTTP it
 * sends the ETag and Last-Modified it last saw, so an unchanged feed costs the publisher a
 * 304 and us nothing to parse.
 */
public final class FeedFetcher {

    static final String USER_AGENT = "figurewire-feed-poller/0.1 (+https://github.com/figurewire)";

    /** What a fetch brought: a document, or word that it has not changed since the last fetch. */
    public sealed interface Fetched {
        record Document(byte[] body, String contentType) implements Fetched {
        }

        record NotModified() implements Fetched {
        }
    }

    private record Validators(String etag, String lastModified) {
    }

    private final HttpClient http;
    private final Duration timeout;
    private final Map<String, Validators> validators = new ConcurrentHashMap<>();

    public FeedFetcher(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** @throws UnreadableFeedException when the feed cannot be reached or read; the message says why */
    public Fetched fetch(String location) throws UnreadableFeedException {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return fetchHttp(location);
        }
        Path file = lower.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        try {
            return new Fetched.Document(Files.readAllBytes(file), null);
        } catch (IOException e) {
            throw new UnreadableFeedException(location + ": cannot read file: " + e.getMessage(), e);
        }
    }

    /**
     * Drops what the server said last time, so the next fetch gets the whole document: for a
     * document we could not parse or whose articles did not all reach Kafka.
     */
    public void forget(String location) {
        validators.remove(location);
    }

    private Fetched fetchHttp(String location) throws UnreadableFeedException {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(location)).timeout(timeout).GET()
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
        } catch (IllegalArgumentException e) {
            throw new UnreadableFeedException(location + ": not a valid URL: " + e.getMessage(), e);
        }
        Validators known = validators.get(location);
        if (known != null && known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UnreadableFeedException(location + ": unreachable: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableFeedException(location + ": interrupted", e);
        }
        int status = response.statusCode();
        if (status == 304) {
            return new Fetched.NotModified();
        }
        if (status / 100 != 2) {
            throw new UnreadableFeedException(location + ": HTTP " + status);
        }
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        if (etag != null || lastModified != null) {
            validators.put(location, new Validators(etag, lastModified));
        } else {
            validators.remove(location);
        }
        return new Fetched.Document(response.body(), response.headers().firstValue("Content-Type").orElse(null));
    }

    /** Some IOExceptions (a refused connection) carry no message; then say what they mean. */
    private static String describe(IOException e) {
        if (e instanceof java.net.ConnectException && e.getMessage() == null) {
            return "connection refused or host unreachable";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
