package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.errors.DeadLetterRecords;
import io.figurewire.producer.ArticlePublisher;
import io.figurewire.producer.ArticleReader;
import io.figurewire.producer.PublishRun;
import io.figurewire.records.CleanArticle;
import io.figurewire.runtime.Audit;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import io.figurewire.text.TextLimits;
import io.figurewire.topology.ProcessorSettings;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated hostile corpus sent raw to articles.raw on a real broker, and again as one JSON
 * Lines file through {@code produce}: every raw item ends in the
 * dead-letter topic with a readable reason or is processed into articles.clean, and the
 * processor is still RUNNING at the end, with a normal article sent last processed too.
 */
class HostileCorpusIT {

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @TempDir
    static Path state;

    static ProcessorApp app;
    static Topics topics;
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Map<String, byte[]> CORPUS = new LinkedHashMap<>();
    static Map<String, CleanArticle> clean;
    static Map<String, ConsumerRecord<String, byte[]>> dead;
    static PublishRun.Summary produced;
    static String produceReport;

    @BeforeAll
    static void sendTheCorpus() throws Exception {
        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), state, "hostile.");
        topics = settings.topics();
        app = Pipelines.startAndAwaitRunning(settings);
        corpus();
        for (var item : CORPUS.entrySet()) {
            RawRecords.sendRaw(KAFKA.bootstrap(), topics.raw(), item.getKey(), item.getValue());
        }
        byte[] huge = json("huge-gzip", "Floods killed 14 people. " + "a".repeat(10 * 1024 * 1024), null);
        RawRecords.sendCompressed(KAFKA.bootstrap(), topics.raw(), "huge-gzip", huge);
        produceFile();
        RawRecords.sendRaw(KAFKA.bootstrap(), topics.raw(), "sentinel",
                json("sentinel", "A landslide killed 9 people in the north, officials said.", null));
        Pipelines.awaitProcessed(app);
        clean = TopicSnapshot.latestByKey(TopicSnapshot.read(KAFKA.bootstrap(), topics.clean(), RecordSerdes.cleanArticle().deserializer()));
        dead = new LinkedHashMap<>();
        TopicSnapshot.read(KAFKA.bootstrap(), topics.dlq(), new ByteArrayDeserializer()).forEach(r -> dead.put(r.key(), r));
    }

    static void corpus() {
        Random random = new Random(42);
        String run = IntStream.rangeClosed(1, 2_000).mapToObj(String::valueOf).collect(Collectors.joining(" "));
        String table = IntStream.rangeClosed(1, 2_000).mapToObj(String::valueOf).collect(Collectors.joining(" | "));
        CORPUS.put("numbers-2000", json("numbers-2000", "Floods killed 14 people, officials said.\n" + run + "\n" + table, null));
        CORPUS.put("not-utf8", new byte[] {'{', '"', 'b', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        byte[] garbage = new byte[4096];
        random.nextBytes(garbage);
        garbage[0] = 0x00;
        CORPUS.put("garbage", garbage);
        byte[] unknownSchema = new byte[64];
        random.nextBytes(unknownSchema);
        unknownSchema[0] = (byte) 0xC3;
        unknownSchema[1] = (byte) 0x01;
        CORPUS.put("unknown-schema", unknownSchema);
        CORPUS.put("huge-declared-string", hugeDeclaredString());
        CORPUS.put("deep-json", ("{\"id\":\"deep-json\",\"body\":\"Quake kills 8.\",\"meta\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8));
        CORPUS.put("deep-html", json("deep-html", "<div>".repeat(40_000) + "<p>A quake killed 8 people.</p>" + "</div>".repeat(40_000), null));
        CORPUS.put("million-digit-json", ("{\"id\":\"million-digit-json\",\"body\":\"Quake kills 8.\",\"n\":" + "9".repeat(1_000_000) + "}")
                .getBytes(StandardCharsets.UTF_8));
        CORPUS.put("long-number-body", json("long-number-body", "The quake killed " + "9".repeat(400_000) + " people.", null));
        CORPUS.put("date-1850", json("date-1850", "A cholera outbreak killed 300 people, the paper said.", "1850-06-01T00:00:00Z"));
        CORPUS.put("date-9999", json("date-9999", "A storm killed 12 people, officials said.", "9999-12-31T23:59:59Z"));
        CORPUS.put("empty-body", json("empty-body", "   ", null));
        CORPUS.put("too-many-paragraphs", json("too-many-paragraphs",
                IntStream.range(0, TextLimits.DEFAULT_MAX_PARAGRAPHS + 1).mapToObj(i -> "Line " + i + ".").collect(Collectors.joining("\n")), null));
    }

    /** 16 bytes of Avro with RawArticle's fingerprint whose first string claims 1.5 GB. */
    static byte[] hugeDeclaredString() {
        var a = io.figurewire.records.RawArticle.newBuilder().setId("x").setSource(null).setUrl(null).setTitle(null)
                .setPublished(null).setReceived(java.time.Instant.EPOCH).setBody("b").setLanguage(null).build();
        byte[] evil = java.util.Arrays.copyOf(RecordSerdes.rawArticle().serializer().serialize("t", a), 16);
        long zigzag = 2L * 1_500_000_000L;
        int i = 10;
        while (zigzag >= 0x80) {
            evil[i++] = (byte) ((zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        evil[i] = (byte) zigzag;
        return evil;
    }

    /** The same kinds of items in one JSON Lines file through {@code produce}: bad lines reported, the rest sent. */
    static void produceFile() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (String key : List.of("numbers-2000", "long-number-body", "date-1850", "date-9999", "not-utf8", "deep-json",
                "million-digit-json", "empty-body")) {
            byte[] line = key.equals("not-utf8") ? CORPUS.get(key)
                    : new String(CORPUS.get(key), StandardCharsets.UTF_8).replace("\"id\":\"", "\"id\":\"produced-")
                            .getBytes(StandardCharsets.UTF_8);
            file.write(line);
            file.write('\n');
        }
        Path wire = state.resolve("hostile.jsonl");
        Files.write(wire, file.toByteArray());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ArticlePublisher publisher = new ArticlePublisher(KAFKA.bootstrap(), topics.raw())) {
            produced = new PublishRun(ArticleReader.systemClock(), publisher, new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(wire.toString()), topics.raw());
        }
        produceReport = err.toString(StandardCharsets.UTF_8);
    }

    static byte[] json(String id, String body, String published) {
        var o = MAPPER.createObjectNode().put("id", id).put("source", "Hostile Wire").put("body", body);
        if (published != null) {
            o.put("published", published);
        }
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theProcessorIsStillRunningAndProcessedTheArticleSentLast() {
        assertThat(app.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(app.fatalError()).isNull();
        assertThat(clean).containsKey("sentinel");
    }

    @Test
    void theAuditBalancesFromCommittedData() throws Exception {
        Audit.Ledger ledger = Audit.read(KAFKA.bootstrap(), app.settings().applicationId(), topics);
        int sent = CORPUS.size() + 2 + (int) produced.published();
        assertThat(ledger.input()).isEqualTo(sent);
        assertThat(ledger.consumed()).isEqualTo(sent);
        assertThat(ledger.processed()).isEqualTo(clean.size());
        assertThat(ledger.deadLetteredAtRead()).isEqualTo(dead.size());
        assertThat(ledger.balanced()).as("%s", ledger).isTrue();
    }

    @Test
    void everyItemIsProcessedOrDeadLetteredWithAReason() {
        for (String key : CORPUS.keySet()) {
            boolean processed = clean.containsKey(key);
            boolean deadLettered = dead.containsKey(key);
            assertThat(processed ^ deadLettered).as("%s: processed %s, dead-lettered %s", key, processed, deadLettered).isTrue();
            if (deadLettered) {
                assertThat(header(dead.get(key), "__streams.errors.message")).as("reason of %s", key).isNotBlank();
            }
        }
    }

    @Test
    void eachItemHasTheOutcomeItShould() {
        assertThat(clean.get("numbers-2000").getParagraphs()).contains("Floods killed 14 people, officials said.");
        assertThat(clean.get("numbers-2000").getBoilerplateByReason()).containsEntry(TextLimits.TOO_MANY_NUMBERS, 1);
        assertThat(clean).containsKeys("deep-html", "long-number-body", "date-1850", "date-9999");
        assertThat(reason("not-utf8")).contains("invalid UTF-8");
        assertThat(reason("garbage")).contains("invalid UTF-8");
        assertThat(reason("unknown-schema")).contains("unknown writer schema");
        assertThat(reason("huge-declared-string")).contains("cannot read RawArticle");
        assertThat(reason("deep-json")).contains("malformed JSON").contains("nesting depth");
        assertThat(reason("million-digit-json")).contains("malformed JSON").contains("Number value length");
        assertThat(reason("empty-body")).contains("empty body");
        assertThat(reason("too-many-paragraphs")).contains("more than 2000 paragraphs");
    }

    @Test
    void produceReportsEachBadLineByNumberAndSendsTheRest() {
        String wire = state.resolve("hostile.jsonl").toString();
        assertThat(produced.published()).isEqualTo(4);
        assertThat(produced.rejected()).isEqualTo(4);
        assertThat(produceReport).contains("rejected " + wire + ":5: invalid UTF-8")
                .contains("rejected " + wire + ":6: malformed JSON").contains("rejected " + wire + ":7: malformed JSON")
                .contains("rejected " + wire + ":8: empty body")
                .contains("warning " + wire + ":3: published 1850-06-01T00:00:00Z is before 1970")
                .contains("warning " + wire + ":4: published 9999-12-31T23:59:59Z is in the future");
        assertThat(clean).containsKeys("produced-numbers-2000", "produced-long-number-body", "produced-date-1850", "produced-date-9999");
        assertThat(clean.get("produced-date-9999").getPublished()).isNull();
    }

    @Test
    void theTenMegabyteRecordIsDeadLetteredAsACopyCutToFit() {
        ConsumerRecord<String, byte[]> r = dead.get("huge-gzip");
        assertThat(r).as("huge-gzip in the DLQ (keys %s)", dead.keySet()).isNotNull();
        assertThat(reason("huge-gzip")).contains("body too large");
        assertThat(r.value()).hasSize(DeadLetterRecords.MAX_VALUE_BYTES);
        assertThat(header(r, DeadLetterRecords.TRUNCATED_HEADER)).isEqualTo("true");
        assertThat(Long.parseLong(header(r, DeadLetterRecords.ORIGINAL_VALUE_BYTES_HEADER))).isGreaterThan(10L * 1024 * 1024);
        assertThat(header(r, "__streams.errors.offset")).isNotBlank();
    }

    static String reason(String key) {
        assertThat(dead).as("%s in the DLQ (processed: %s)", key, clean.containsKey(key)).containsKey(key);
        return header(dead.get(key), "__streams.errors.message");
    }

    static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
