package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.topology.StoreNames;
import io.figurewire.producer.PublishRun;
import io.figurewire.records.Claim;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles published 30 days and 3 years ago, published through {@code produce} (so their
 * records carry those times), are processed completely, and after the broker has run its
 * retention check (proven by a canary topic with 7-day retention losing its old record twice)
 * no figurewire topic and no changelog has lost a record.
 */
class RetentionIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster(Map.of("log.retention.check.interval.ms", "300"));

    static final int PER_AGE = 15;
    static final String CANARY = "retention-canary";

    @TempDir
    static Path dir;

    static ProcessorApp app;
    static Topics topics;
    static Set<String> ids;

    @BeforeAll
    static void replayOldArticles() throws Exception {
        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("state"), "old.");
        topics = settings.topics();
        app = Pipelines.startAndAwaitRunning(settings);
        Path wire = dir.resolve("old-wire.jsonl");
        Files.write(wire, articles());
        assertThat(PublishRun.publishQuietly(KAFKA.bootstrap(), topics.raw(), List.of(wire.toString())).published())
                .isEqualTo(2 * PER_AGE);
        Pipelines.awaitProcessed(app);
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(CANARY, 1, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(7).toMillis()))))).all().get();
            // Deleted twice in the same partition: the pass that deleted the first one ran to its end
            // before the second pass deleted the second, so every log was checked after our data arrived.
            awaitRetentionDeletes(admin, 1);
            awaitRetentionDeletes(admin, 2);
        }
    }

    static List<String> articles() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String[] places = {"Gaza", "Sudan", "Ukraine"};
        for (int age = 0; age < 2; age++) {
            Instant base = age == 0 ? now.minus(Duration.ofDays(30)) : now.minus(Duration.ofDays(3 * 365));
            for (int i = 0; i < PER_AGE; i++) {
                String id = (age == 0 ? "month-old-" : "years-old-") + i;
                lines.add(mapper.writeValueAsString(Map.of("id", id, "source", "Archive Wire",
                        "published", base.plus(Duration.ofHours(i)).toString(),
                        "body", "Floods killed " + (100 + 7 * i + 1000 * age) + " people in " + places[i % 3]
                                + " on Tuesday, officials said.\nRescuers reached " + (20 + i) + " villages.")));
            }
        }
        return lines;
    }

    static void awaitRetentionDeletes(Admin admin, long expectedStart) throws Exception {
        RawRecords.sendRawAt(KAFKA.bootstrap(), CANARY, "old", Instant.now().minus(Duration.ofDays(30)).toEpochMilli());
        TopicPartition canary = new TopicPartition(CANARY, 0);
        await().atMost(Duration.ofSeconds(60)).until(() -> earliest(admin, List.of(canary)).get(canary) >= expectedStart);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyArticleOfBothAgesIsProcessedToClaims() {
        List<ConsumerRecord<String, Claim>> claims = TopicSnapshot.read(KAFKA.bootstrap(), topics.claims(), RecordSerdes.claim().deserializer());
        Set<String> withClaims = claims.stream().map(r -> r.value().getArticleId()).collect(Collectors.toSet());
        assertThat(withClaims).hasSize(2 * PER_AGE);
        assertThat(TopicSnapshot.latestByKey(TopicSnapshot.read(KAFKA.bootstrap(), topics.clean(), new ByteArrayDeserializer())))
                .hasSize(2 * PER_AGE);
        assertThat(TopicSnapshot.read(KAFKA.bootstrap(), topics.raw(), new ByteArrayDeserializer())).hasSize(2 * PER_AGE);
    }

    @Test
    void noTopicAndNoChangelogDeletedARecord() throws Exception {
        try (Admin admin = admin()) {
            List<String> checked = new ArrayList<>(topics.all());
            admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith(app.settings().applicationId()) && t.endsWith("-changelog")).forEach(checked::add);
            assertThat(checked).anyMatch(t -> t.endsWith(StoreNames.PARAGRAPH_SIGHTINGS + "-changelog"));
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(checked).allTopicNames().get().forEach((name, d) ->
                    d.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
            Map<TopicPartition, Long> start = earliest(admin, partitions);
            assertThat(start).as("log start offsets after a retention pass").allSatisfy((tp, offset) -> assertThat(offset).as("%s", tp).isZero());
            Map<TopicPartition, Long> end = latest(admin, partitions);
            long sightings = end.entrySet().stream().filter(e -> e.getKey().topic().endsWith(StoreNames.PARAGRAPH_SIGHTINGS + "-changelog"))
                    .mapToLong(Map.Entry::getValue).sum();
            assertThat(sightings).as("dedup sightings kept in the changelog").isGreaterThanOrEqualTo(2 * PER_AGE);
        }
    }

    static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrap());
        return Admin.create(p);
    }

    static Map<TopicPartition, Long> earliest(Admin admin, List<TopicPartition> partitions) throws Exception {
        return offsets(admin, partitions, OffsetSpec.earliest());
    }

    static Map<TopicPartition, Long> latest(Admin admin, List<TopicPartition> partitions) throws Exception {
        return offsets(admin, partitions, OffsetSpec.latest());
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(request).all().get().forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }
}
