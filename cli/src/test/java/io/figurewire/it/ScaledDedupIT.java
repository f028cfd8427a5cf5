package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.RawArticle;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dedup at scale on a real broker: 6 partitions, two processor instances of one application
 * (same application id, own state directories), syndicated copies of invented stories with
 * punctuation, case and late-typo variants. Every story paragraph must come out once, whichever
 * instance saw which copy.
 */
class ScaledDedupIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @TempDir
    static Path stateA;
    @TempDir
    static Path stateB;

    static final int STORIES = 30;
    static final int PARAGRAPHS_PER_STORY = 4;
    static final Instant T0 = Instant.parse("2026-05-04T06:00:00Z");

    static ProcessorApp first;
    static ProcessorApp second;
    static Topics topics;
    /** every paragraph text sent → the story paragraph it is a copy of */
    static final Map<String, Integer> BASE_OF = new HashMap<>();
    static int articlesSent;
    static List<Paragraph> paragraphs;
    static List<CleanArticle> clean;
    static boolean bothHadTasks;

    @BeforeAll
    static void runSyndicatedCopiesThroughTwoInstances() throws Exception {
        ProcessorSettings a = Pipelines.settings(KAFKA.bootstrap(), stateA, "scaled.").toBuilder().partitions(6).build();
        ProcessorSettings b = a.toBuilder().stateDir(stateB).build();
        topics = a.topics();
        first = Pipelines.startAndAwaitRunning(a);
        second = Pipelines.startAndAwaitRunning(b);
        await().atMost(Duration.ofSeconds(60)).until(() -> hasActiveTasks(first) && hasActiveTasks(second));
        bothHadTasks = true;

        publish(syndicatedWire(new Random(7)));
        Pipelines.awaitProcessed(first);

        paragraphs = TopicSnapshot.read(KAFKA.bootstrap(), topics.paragraphs(), RecordSerdes.paragraph().deserializer())
                .stream().map(ConsumerRecord::value).toList();
        clean = TopicSnapshot.read(KAFKA.bootstrap(), topics.clean(), RecordSerdes.cleanArticle().deserializer())
                .stream().map(ConsumerRecord::value).toList();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    static boolean hasActiveTasks(ProcessorApp app) {
        return app.streams().metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum() > 0;
    }

    /** Invented stories (syllable words, no real text), each carried by 2–5 outlets with small differences. */
    static List<RawArticle> syndicatedWire(Random random) {
        String[] syllables = {"ba", "ko", "ri", "sen", "tal", "mu", "ve", "dor", "lin", "pa", "qui", "zen", "fo", "gar", "hel", "nis"};
        List<RawArticle> out = new ArrayList<>();
        int base = 0;
        for (int s = 0; s < STORIES; s++) {
            List<String> story = new ArrayList<>();
            for (int p = 0; p < PARAGRAPHS_PER_STORY; p++) {
                StringBuilder text = new StringBuilder();
                int words = 16 + random.nextInt(14);
                for (int w = 0; w < words; w++) {
                    int len = 1 + random.nextInt(3);
                    for (int k = 0; k < len; k++) {
                        text.append(syllables[random.nextInt(syllables.length)]);
                    }
                    text.append(w == 5 ? " " + (10 + random.nextInt(5000)) + " " : " ");
                }
                story.add(text.toString().strip() + ".");
            }
            int outlets = 2 + random.nextInt(4);
            for (int o = 0; o < outlets; o++) {
                List<String> lines = new ArrayList<>(List.of("Home", "By " + OUTLETS[o] + " Staff"));
                for (int p = 0; p < story.size(); p++) {
                    String copy = variant(story.get(p), o, random);
                    BASE_OF.put(copy.replaceAll("\\s+", " ").strip(), base + p); // as cleaning folds spaces
                    lines.add(copy);
                }
                lines.add("Share this story");
                out.add(RawArticle.newBuilder().setId("story-" + s + "-outlet-" + o).setSource("Outlet " + o).setUrl(null)
                        .setTitle("Story " + s).setPublished(T0.plusSeconds(60L * s + o)).setReceived(T0)
                        .setBody(String.join("\n", lines)).setLanguage(null).build());
            }
            base += story.size();
        }
        return out;
    }

    static final String[] OUTLETS = {"Amber", "Birch", "Cedar", "Delta", "Ember"};

    static String variant(String text, int outlet, Random random) {
        return switch (outlet == 0 ? 0 : random.nextInt(4)) {
            case 0 -> text;
            case 1 -> text.toUpperCase(Locale.ROOT);
            case 2 -> text.replace(".", " !").replaceFirst(" ", " ,  ");
            default -> {
                String[] words = text.split(" ");
                int i = words.length - 2;
                words[i] = words[i].length() > 3 ? words[i].substring(0, 1) + words[i].substring(2) : words[i] + "e";
                yield String.join(" ", words);
            }
        };
    }

    static void publish(List<RawArticle> articles) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), RecordSerdes.rawArticle().serializer())) {
            for (RawArticle a : articles) {
                producer.send(new ProducerRecord<>(topics.raw(), null, a.getPublished().toEpochMilli(), a.getId(), a)).get();
            }
        }
        articlesSent = articles.size();
    }

    @Test
    void bothInstancesShareTheWork() {
        assertThat(bothHadTasks).isTrue();
        List<ThreadMetadata> threads = new ArrayList<>(first.streams().metadataForLocalThreads());
        threads.addAll(second.streams().metadataForLocalThreads());
        assertThat(threads.stream().mapToInt(t -> t.activeTasks().size()).sum()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyStoryParagraphComesOutExactlyOnceAcrossInstances() {
        Map<Integer, Integer> copies = new HashMap<>();
        for (Paragraph p : paragraphs) {
            Integer base = BASE_OF.get(p.getText());
            assertThat(base).as("an unknown paragraph on the topic: %s", p.getText()).isNotNull();
            copies.merge(base, 1, Integer::sum);
        }
        assertThat(copies).hasSize(STORIES * PARAGRAPHS_PER_STORY);
        assertThat(copies).allSatisfy((base, n) -> assertThat(n).as("copies of story paragraph %d", base).isEqualTo(1));
    }

    @Test
    void articlesCleanHasEveryArticleOnceWithItsRepeatsCounted() {
        assertThat(clean).extracting(CleanArticle::getId).doesNotHaveDuplicates().hasSize(articlesSent);
        for (CleanArticle a : clean) {
            assertThat(a.getParagraphs().size() + a.getRemovedRepeatsAcross()).as(a.getId()).isEqualTo(PARAGRAPHS_PER_STORY);
            assertThat(a.getRemovedBoilerplate()).as(a.getId()).isEqualTo(3);
        }
        assertThat(clean.stream().mapToInt(a -> a.getParagraphs().size()).sum()).isEqualTo(STORIES * PARAGRAPHS_PER_STORY);
    }
}
