package io.figurewire.schemas;

import io.figurewire.records.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads articles.raw values: Avro single-object records as the producer writes them, or a
 * UTF-8 JSON object from any other client. Anything else fails with a reason, so the
 * processor can send the raw bytes to the dead-letter topic.
 */
final class RawArticleDeserializer implements Deserializer<RawArticle> {

    /** Avro single-object encoding starts with these two bytes. */
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;

    /** Apicurio's magic byte: a schema id follows. */
    private static final byte REGISTRY_MARKER = 0;

    private final Deserializer<RawArticle> avro;
    /** Reads records written through a registry; null without one. */
    private final Deserializer<RawArticle> registry;

    RawArticleDeserializer(Deserializer<RawArticle> avro) {
        this(avro, null);
    }

    RawArticleDeserializer(Deserializer<RawArticle> avro, Deserializer<RawArticle> registry) {
        this.avro = avro;
        this.registry = registry;
    }

    @Override
    public RawArticle deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length >= 2 && bytes[0] == MARKER_0 && bytes[1] == MARKER_1) {
            RawArticle article = avro.deserialize(topic, bytes);
            return article;
        }
        if (registry != null && bytes.length > 0 && bytes[0] == REGISTRY_MARKER) {
            return registry.deserialize(topic, bytes);
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SerializationException("articles.raw value is neither Avro nor valid UTF-8 JSON: invalid UTF-8");
        }
        try {
            return RawArticleJson.parse(json, Instant.now());
        } catch (InvalidArticleException e) {
            throw new SerializationException("articles.raw value is not a valid article: " + e.getMessage(), e);
        }
    }
}
