package io.figurewire.cli;

import io.figurewire.topology.ProcessorSettings;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The limit the benchmark compares against: a Streams app with the processor's own settings
 * that copies articles.raw to articles.clean as bytes, with no deserialising and no state.
 */
final class PassThroughTopology {

    private PassThroughTopology() {
    }

    static Topology build(ProcessorSettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(settings.topics().raw(), Consumed.with(Serdes.Bytes(), Serdes.Bytes()).withName("read-raw"))
                .to(settings.topics().clean(), Produced.with(Serdes.Bytes(), Serdes.Bytes()).withName("copy-raw"));
        return builder.build(settings.streamsProperties());
    }
}
