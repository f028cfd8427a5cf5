package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.figurewire.cli.Main;
import io.figurewire.records.RawArticle;
import io.figurewire.runtime.TopicAdmin;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code produce --feed URL --poll} against a local Atom feed that changes after the first poll, into a real broker. */
class FeedPollingIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    static String entry(String id, String updated, String text) {
        return "<entry><id>" + id + "</id><title>" + id + "</title><link href=\"https://ashgrove.example/" + id + "\"/>"
                + "<published>2026-05-05T06:00:00Z</published><updated>" + updated + "</updated>"
                + "<content type=\"html\">&lt;p&gt;" + text + "&lt;/p&gt;</content></entry>";
    }

    static String feed(String... entries) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ashgrove Daily</title>"
                + "<id>urn:ashgrove</id><updated>2026-05-05T06:00:00Z</updated>" + String.join("", entries) + "</feed>";
    }

    @Test
    void pollsPublishNewAndRevisedEntriesOnceEach() throws Exception {
        String first = feed(entry("ash-1", "2026-05-05T06:00:00Z", "The wildfire has burned 3,000 hectares."),
                entry("ash-2", "2026-05-05T06:00:00Z", "Some 200 residents were evacuated."));
        String later = feed(entry("ash-3", "2026-05-05T09:00:00Z", "Firefighters said 2 crew were injured."),
                entry("ash-1", "2026-05-05T08:30:00Z", "The wildfire has burned 4,500 hectares."),
                entry("ash-2", "2026-05-05T06:00:00Z", "Some 200 residents were evacuated."));
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/atom", exchange -> {
            byte[] body = (requests.incrementAndGet() == 1 ? first : later).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Topics topics = new Topics("feeds.");
        try {
            TopicAdmin.ensureTopics(KAFKA.bootstrap(), topics, 1, (short) 1);
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/atom";

            String state = Files.createTempDirectory("feed-state").resolve("feed-state.json").toString();
            int status = Main.run("produce", "--bootstrap", KAFKA.bootstrap(), "--topic-prefix", "feeds.",
                    "--feed", url, "--poll", "1", "--max-polls", "3", "--feed-state", state);

            assertThat(status).isZero();
            assertThat(requests.get()).isEqualTo(3);
            // A restarted poller reads the feed again but publishes nothing it published before.
            assertThat(Main.run("produce", "--bootstrap", KAFKA.bootstrap(), "--topic-prefix", "feeds.", "--feed", url,
                    "--feed-state", state)).isZero();
            assertThat(requests.get()).isEqualTo(4);
        } finally {
            server.stop(0);
        }

        List<ConsumerRecord<String, RawArticle>> records = TopicSnapshot.read(KAFKA.bootstrap(), topics.raw(),
                RecordSerdes.rawArticle().deserializer());
        assertThat(records).extracting(ConsumerRecord::key).containsExactly("ash-1", "ash-2", "ash-3", "ash-1");
        assertThat(records.get(3).value().getBody()).contains("4,500 hectares");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.value().getSource()).isEqualTo("Ashgrove Daily");
            assertThat(r.timestamp()).isEqualTo(Instant.parse("2026-05-05T06:00:00Z").toEpochMilli());
        });
    }
}
