package io.figurewire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.figurewire.records.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polls feeds served by a local HttpServer whose document the tests change between polls. */
class FeedPollerTest {

    /** A local feed server: serves {@code document} with {@code status}, and honours If-None-Match when asked to. */
    static final class FeedServer implements AutoCloseable {
        final AtomicReference<String> document = new AtomicReference<>();
        final AtomicInteger status = new AtomicInteger(200);
        final AtomicReference<String> etag = new AtomicReference<>();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger notModified = new AtomicInteger();
        final List<String> userAgents = new ArrayList<>();
        private final HttpServer server;

        FeedServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/feed", exchange -> {
                requests.incrementAndGet();
                userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
                String tag = etag.get();
                if (tag != null && tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
                byte[] body = document.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                if (tag != null) {
                    exchange.getResponseHeaders().set("ETag", tag);
                }
                exchange.sendResponseHeaders(status.get(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Records what it is given; fails the ids listed in {@code failing}. */
    static final class RecordingSink implements ArticleSink {
        final List<RawArticle> published = new ArrayList<>();
        final List<String> failing = new ArrayList<>();

        @Override
        public CompletableFuture<Void> publish(RawArticle article) {
            if (failing.contains(article.getId())) {
                return CompletableFuture.failedFuture(new IllegalStateException("broker said no"));
            }
            published.add(article);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void flush() {
        }

        List<String> ids() {
            return published.stream().map(RawArticle::getId).toList();
        }
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Northfold Gazette</title>"
                + "<link>https://gazette.example/</link><description>d</description>" + String.join("", items) + "</channel></rss>";
    }

    static String item(String guid, String text) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + guid + "</title>"
                + "<pubDate>Mon, 04 May 2026 08:00:00 GMT</pubDate><description>" + text + "</description></item>";
    }

    static String atom(String id, String updated, String text) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fenmoor Wire</title>"
                + "<id>urn:fenmoor</id><updated>" + updated + "</updated><entry><id>" + id + "</id><title>t</title>"
                + "<updated>" + updated + "</updated><content type=\"text\">" + text + "</content></entry></feed>";
    }

    FeedServer server;
    final RecordingSink sink = new RecordingSink();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    FeedPoller poller(String... feeds) {
        return new FeedPoller(List.of(feeds), new FeedFetcher(Duration.ofSeconds(5)), new FeedReader(java.time.Clock.systemUTC()), sink,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyEntriesNotSeenBeforeArePublishedOnLaterPolls() {
        server.document.set(rss(item("g-1", "A fire destroyed 12 homes."), item("g-2", "Officials said 40 people were evacuated.")));
        FeedPoller poller = poller(server.url());

        assertThat(poller.pollOnce().fresh()).isEqualTo(2);
        server.document.set(rss(item("g-3", "Crews contained 70 percent of the fire."),
                item("g-1", "A fire destroyed 12 homes."), item("g-2", "Officials said 40 people were evacuated.")));
        FeedPoller.PollReport second = poller.pollOnce();

        assertThat(second.fresh()).isEqualTo(1);
        assertThat(second.alreadySeen()).isEqualTo(2);
        assertThat(sink.ids()).containsExactly("g-1", "g-2", "g-3");
        assertThat(out()).contains("poll 1: 2 new, 0 already seen, 0 rejected", "poll 2: 1 new, 2 already seen, 0 rejected");
        assertThat(server.userAgents).allSatisfy(ua -> assertThat(ua).startsWith("figurewire"));
    }

    FeedPoller pollerWithState(FeedState state) {
        return new FeedPoller(List.of(server.url()), new FeedFetcher(Duration.ofSeconds(5)), new FeedReader(java.time.Clock.systemUTC()),
                sink, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), state);
    }

    @Test
    void aRestartedPollerDoesNotPublishAgainWhatItPublishedBeforeButDoesPublishARevision() throws Exception {
        Path file = dir.resolve("state").resolve("feed-state.json");
        server.document.set(rss(item("g-1", "A fire destroyed 12 homes."), item("g-2", "Officials said 40 people were evacuated.")));
        pollerWithState(FeedState.at(file, "t")).pollOnce();
        assertThat(sink.published).extracting(RawArticle::getId).containsExactly("g-1", "g-2");
        assertThat(file).exists();
        assertThat(Files.list(file.getParent()).toList()).as("no temporary file left beside it").containsExactly(file);

        server.document.set(rss(item("g-1", "A fire destroyed 12 homes."), item("g-2", "Officials said 41 people were evacuated."),
                item("g-3", "Rescuers reached 5 stranded climbers.")));
        FeedPoller.PollReport afterRestart = pollerWithState(FeedState.at(file, "t")).pollOnce();

        assertThat(sink.published).extracting(RawArticle::getId).containsExactly("g-1", "g-2", "g-2", "g-3");
        assertThat(afterRestart.alreadySeen()).isEqualTo(1);
        assertThat(afterRestart.revised()).isEqualTo(1);
        assertThat(pollerWithState(FeedState.at(file, "t")).pollOnce().fresh()).as("a third run publishes nothing").isZero();
        assertThat(pollerWithState(FeedState.at(file, "other-cluster articles.raw")).pollOnce().fresh())
                .as("another cluster never got them").isEqualTo(3);
        assertThat(err()).contains("is of t, not other-cluster articles.raw: starting afresh");
    }

    @Test
    void withoutStateARestartPublishesAgainAndAnEntryThatFailedIsNotRemembered() {
        server.document.set(rss(item("g-5", "Some 30 people were injured.")));
        FeedState state = FeedState.at(dir.resolve("s.json"), "t");
        sink.failing.add("g-5");
        pollerWithState(state).pollOnce();
        sink.failing.clear();
        assertThat(pollerWithState(state).pollOnce().fresh()).as("not acknowledged, so not remembered").isEqualTo(1);
        assertThat(pollerWithState(FeedState.none()).pollOnce().fresh()).as("no state: published again").isEqualTo(1);
    }

    @Test
    void anUnreadableStateFileIsNamedNotSilentlyIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeedState.at(file, "t").load())
                .hasMessageContaining("cannot read the feed state " + file.toAbsolutePath());
    }

    @Test
    void anEntryWithANewUpdatedTimeIsPublishedAgainAndAnUnchangedOneIsNot() {
        server.document.set(atom("urn:fenmoor:9", "2026-05-04T08:00:00Z", "The flood displaced 300 families."));
        FeedPoller poller = poller(server.url());
        poller.pollOnce();
        poller.pollOnce();
        server.document.set(atom("urn:fenmoor:9", "2026-05-04T11:30:00Z", "The flood displaced 450 families."));
        FeedPoller.PollReport revised = poller.pollOnce();

        assertThat(revised.fresh()).isEqualTo(1);
        assertThat(revised.revised()).isEqualTo(1);
        assertThat(sink.published).extracting(RawArticle::getBody)
                .containsExactly("The flood displaced 300 families.", "The flood displaced 450 families.");
        assertThat(out()).contains("poll 2: 0 new, 1 already seen", "poll 3: 1 new (1 revised), 0 already seen");
    }

    @Test
    void anUnreachableFeedIsReportedAndTriedAgainOnTheNextPoll() {
        server.document.set(rss(item("g-7", "Rescuers reached 5 stranded climbers.")));
        server.status.set(503);
        FeedPoller poller = poller(server.url());
        FeedPoller.PollReport failed = poller.pollOnce();
        assertThat(failed.feedsFailed()).isEqualTo(1);
        assertThat(err()).contains(server.url() + ": HTTP 503");

        server.status.set(200);
        assertThat(poller.pollOnce().fresh()).isEqualTo(1);
        assertThat(sink.ids()).containsExactly("g-7");

        server.close();
        FeedPoller.PollReport refused = poller.pollOnce();
        assertThat(refused.feedsFailed()).isEqualTo(1);
        assertThat(err()).contains(server.url() + ": unreachable: connection refused");
        assertThat(out()).contains("poll 3: 0 new, 0 already seen, 0 rejected, 1 of 1 feed failed");
    }

    @Test
    void aMalformedFeedIsReportedAndTheOtherFeedsStillPublish() throws Exception {
        server.document.set("<rss version=\"2.0\"><channel><item><title>cut off");
        Path local = dir.resolve("local.rss");
        Files.writeString(local, rss(item("l-1", "The dam released 900 cubic metres a second.")));
        FeedPoller poller = poller(server.url(), local.toUri().toString(), local.toString());

        FeedPoller.PollReport report = poller.pollOnce();

        assertThat(report.feedsFailed()).isEqualTo(1);
        assertThat(err()).contains(server.url() + ": not a readable RSS or Atom feed");
        // the same entry read through file:// and through the path is one article, published once
        assertThat(sink.ids()).containsExactly("l-1");
        assertThat(report.alreadySeen()).isEqualTo(1);
    }

    @Test
    void aRejectedEntryIsReportedOnceAndAnUnacknowledgedOneIsSentAgain() {
        server.document.set(rss(item("ok", "Hail damaged 30 cars."), "<item><guid>empty</guid><title>Gallery</title></item>",
                item("flaky", "Two roads remain closed.")));
        sink.failing.add("flaky");
        FeedPoller poller = poller(server.url());

        FeedPoller.PollReport first = poller.pollOnce();
        assertThat(first.rejected()).isEqualTo(1);
        assertThat(first.failedToSend()).isEqualTo(1);
        assertThat(first.fresh()).isEqualTo(1);
        assertThat(err()).contains("rejected " + server.url() + " entry 2 (empty): entry has no text", "not acknowledged flaky");

        sink.failing.clear();
        FeedPoller.PollReport second = poller.pollOnce();
        assertThat(second.rejected()).isZero();
        assertThat(second.fresh()).isEqualTo(1);
        assertThat(second.alreadySeen()).isEqualTo(2);
        assertThat(sink.ids()).containsExactly("ok", "flaky");
    }

    @Test
    void anUnchangedFeedAnswered304CountsItsEntriesAsSeen() {
        server.document.set(rss(item("e-1", "One."), item("e-2", "Two.")));
        server.etag.set("\"v1\"");
        FeedPoller poller = poller(server.url());
        poller.pollOnce();
        FeedPoller.PollReport second = poller.pollOnce();

        assertThat(server.notModified.get()).isEqualTo(1);
        assertThat(second.alreadySeen()).isEqualTo(2);
        assertThat(second.fresh()).isZero();
    }

    @Test
    void runStopsAfterMaxPollsOrWhenStopped() throws Exception {
        server.document.set(rss(item("r-1", "Seven boats sank.")));
        assertThat(poller(server.url()).run(Duration.ZERO, 3)).isEqualTo(PublishRun.OK);
        assertThat(out()).contains("poll 3:").doesNotContain("poll 4:");
        assertThat(server.requests.get()).isEqualTo(3);

        // stopped from within the first poll, with an hour to the next: run returns without waiting for it
        FeedPoller[] holder = new FeedPoller[1];
        ArticleSink stopping = new ArticleSink() {
            @Override
            public CompletableFuture<Void> publish(RawArticle article) {
                holder[0].stop();
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void flush() {
            }
        };
        holder[0] = new FeedPoller(List.of(server.url()), new FeedFetcher(Duration.ofSeconds(5)), new FeedReader(java.time.Clock.systemUTC()),
                stopping, new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()));
        assertThat(holder[0].run(Duration.ofHours(1), 0)).isEqualTo(PublishRun.OK);
        assertThat(server.requests.get()).isEqualTo(4);
    }

    @Test
    void anyProblemInAnyPollMakesTheExitStatusThree() throws Exception {
        server.document.set(rss("<item><guid>x</guid><title>no text</title></item>"));
        assertThat(poller(server.url()).run(Duration.ZERO, 1)).isEqualTo(PublishRun.SOME_REJECTED);
    }
}
