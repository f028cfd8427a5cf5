package io.figurewire.schemas;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.KafkaSerdeConfig;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Apicurio Registry's Avro serdes, set up the way figurewire uses them: the writer registers its
 * schema under the topic's name ({@code <topic>-value}, the default strategy) on first use, and
 * the schema id travels in the value (magic byte 0, then the id), not in headers, so that one
 * look at the first byte tells a registry record from our own single-object encoding or JSON.
 * Only {@link RecordSerdes} calls this.
 */
final class RegistrySerdes {

    private RegistrySerdes() {
    }

    static <T extends SpecificRecord> Serializer<T> serializer(String url) {
        AvroKafkaSerializer<T> serializer = new AvroKafkaSerializer<>();
        serializer.configure(Map.of(
                SchemaResolverConfig.REGISTRY_URL, url,
                SchemaResolverConfig.AUTO_REGISTER_ARTIFACT, "true",
                KafkaSerdeConfig.ENABLE_HEADERS, "false"), false);
        return serializer;
    }

    /** Returns figurewire's own record classes (the reader schema is the class's, resolved against the writer's). */
    static <T extends SpecificRecord> Deserializer<T> deserializer(String url) {
        AvroKafkaDeserializer<T> deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(Map.of(
                SchemaResolverConfig.REGISTRY_URL, url,
                AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, "true",
                KafkaSerdeConfig.ENABLE_HEADERS, "false"), false);
        return deserializer;
    }
}
