package io.figurewire.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.topology.DriverSettings;
import io.figurewire.topology.ProcessorSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the processor's own settings, an Error in a processor dead-letters its record and the next one flows. */
class RecordErrorWrapperTest {

    @TempDir
    Path state;

    @Test
    void aStackOverflowInOneRecordDeadLettersItAndTheStreamGoesOn() {
        ProcessorSettings settings = DriverSettings.of(state);
        Properties props = settings.streamsProperties();
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("read"))
                .mapValues(RecordErrorWrapperTest::recurseOn, Named.as("recurse"))
                .flatMapValues(v -> v.equals("flat") ? List.of(recurseOn("deep")) : List.of(v), Named.as("flat"))
                .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("write"));
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(props), props)) {
            var in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            in.pipeInput("a", "fine");
            in.pipeInput("b", "deep");
            in.pipeInput("c", "flat");
            in.pipeInput("d", "also fine");
            assertThat(driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer()).readValuesToList())
                    .containsExactly("fine", "also fine");
            TestOutputTopic<String, String> dlq = driver.createOutputTopic(settings.topics().dlq(), new StringDeserializer(),
                    new StringDeserializer());
            List<TestRecord<String, String>> dead = dlq.readRecordsToList();
            assertThat(dead).extracting(TestRecord::key).containsExactly("b", "c");
            assertThat(dead).extracting(TestRecord::value).containsExactly("deep", "flat");
            assertThat(message(dead.get(0))).isEqualTo("StackOverflowError in processor recurse");
            assertThat(message(dead.get(1))).isEqualTo("StackOverflowError in processor flat");
        }
    }

    static String recurseOn(String v) {
        return v.equals("deep") ? recurseOn(v) + "!" : v;
    }

    private static String message(TestRecord<String, String> r) {
        Header h = r.headers().lastHeader("__streams.errors.message");
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
