package io.figurewire.cli;

import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.schemas.Topics;
import io.figurewire.settings.Configuration;
import io.figurewire.settings.KafkaConnection;
import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Follow claims, figure changes or the figures table as they are committed, one row per record.",
                "Reads read_committed from every partition without a consumer group: nothing is committed, nothing to clean up."})
final class TailCommand implements Callable<Integer>, Configurable {

    @Spec
    CommandSpec spec;

    @Override
    public List<Setting> settings() {
        return Stream.concat(Settings.CLUSTER.stream(), Stream.of(Settings.SCHEMA_REGISTRY)).toList();
    }

    @Parameters(index = "0", paramLabel = "claims|changes|figures", description = "what to follow")
    TailRows.Kind kind;

    @Option(names = "--metric", paramLabel = "PREFIX", description = "only metrics starting with PREFIX, e.g. killed/ or hostages-")
    String metric;

    @Option(names = "--count-type", paramLabel = "TYPE",
            description = "only this count type (killed, injured, hostages, ...); for claims, reads claims.TYPE")
    String countType;

    @Option(names = "--json", description = "JSON lines (the records' snake_case fields) instead of a table")
    boolean json;

    @Option(names = "--from-beginning", description = "start at the beginning of the topic, not at its end")
    boolean fromBeginning;

    @Option(names = "--until-end", description = "stop once everything committed so far has been printed")
    boolean untilEnd;

    @Override
    public Integer call() throws Exception {
        Configuration config = SettingOptions.of(spec);
        KafkaConnection kafka = config.connection();
        Topics topics = new Topics(config.string(Settings.TOPIC_PREFIX));
        String topic = switch (kind) {
            case claims -> countType == null ? topics.claims() : topics.claimsTopicFor(countType);
            case changes -> topics.figureChanges();
            case figures -> topics.figures();
        };
        // Readers tell JSON from Avro by the first byte; only registry records need the setting.
        SerdeOptions serdes = SerdeOptions.from(config);
        Deserializer<? extends SpecificRecord> values = switch (kind) {
            case claims -> RecordSerdes.claim(serdes).deserializer();
            case changes -> RecordSerdes.figureChange(serdes).deserializer();
            case figures -> RecordSerdes.figure(serdes).deserializer();
        };
        Preflight.requireTopics(kafka, List.of(topic));
        TailRows rows = new TailRows(kind, metric, countType, json);
        PrintStream out = System.out;
        rows.header().forEach(out::println);

        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "figurewire-tail");
        CountDownLatch done = new CountDownLatch(1);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.applyTo(p), new StringDeserializer(), new ByteArrayDeserializer())) {
            Thread stopper = new Thread(() -> {
                consumer.wakeup();
                awaitQuietly(done);
            }, "tail-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                if (partitions.isEmpty()) {
                    System.err.println("error: topic " + topic + " does not exist (is the processor running with this --topic-prefix?)");
                    return 2;
                }
                consumer.assign(partitions);
                if (fromBeginning) {
                    consumer.seekToBeginning(partitions);
                } else {
                    consumer.seekToEnd(partitions);
                }
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (true) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        String line;
                        try {
                            line = r.value() == null ? rows.removed(r.key()) : rows.format(values.deserialize(r.topic(), r.value()));
                        } catch (RuntimeException unreadable) {
                            System.err.printf("%s-%d@%d: unreadable record: %s%n", r.topic(), r.partition(), r.offset(), unreadable.getMessage());
                            continue;
                        }
                        if (line != null) {
                            out.println(line);
                        }
                    }
                    if (untilEnd && partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
                        return 0;
                    }
                }
            } catch (WakeupException stopped) {
                return 0;
            } finally {
                done.countDown();
                out.flush();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopper);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl-C: the hook is what stopped us
                }
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
