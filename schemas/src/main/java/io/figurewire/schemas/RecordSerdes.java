package io.figurewire.schemas;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Claim;
import io.figurewire.records.ClaimBatch;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureChange;
import io.figurewire.records.GatheringArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.records.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one serde factory. Values are Avro single-object encoded: two marker bytes, the writer
 * schema's 64-bit fingerprint, then Avro binary. A reader resolves any writer schema it knows:
 * the current one, and every earlier version kept under {@code schemas/history/} (on the
 * classpath as {@code /history/<Record>/v<N>.avsc}). An unknown fingerprint is a clear
 * {@link SerializationException}, which the processor turns into a dead-letter record.
 * The topics the processor writes can instead be JSON or Avro through Apicurio Registry
 * ({@link SerdeOptions}); their readers take any of the three.
 */
public final class RecordSerdes {

    /** Largest string or bytes field a record may declare: far above any article (512 Ki chars). */
    public static final int MAX_FIELD_BYTES = 16 * 1024 * 1024;

    static {
        // Avro 1.12 only instantiates classes it was told to trust; trust exactly our records.
        ClassSecurityValidator.Builder trusted = ClassSecurityValidator.builder();
        List.of(RawArticle.class, Paragraph.class, io.figurewire.records.ParagraphRef.class, CleanArticle.class,
                Claim.class, Figure.class, io.figurewire.records.FigureReport.class, FigureChange.class,
                io.figurewire.records.ClaimKind.class, io.figurewire.records.Qualifier.class,
                io.figurewire.records.ClaimRole.class).forEach(trusted::add);
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), trusted.build()));
        // A 16-byte record can declare a 1.5 GB string; Avro allocates it before reading. Bound
        // what one field may claim (read once, when Avro first decodes), unless the user set it.
        for (String limit : List.of(org.apache.avro.SystemLimitException.MAX_STRING_LENGTH_PROPERTY,
                org.apache.avro.SystemLimitException.MAX_BYTES_LENGTH_PROPERTY)) {
            if (System.getProperty(limit) == null) {
                System.setProperty(limit, String.valueOf(MAX_FIELD_BYTES));
            }
        }
    }

    private RecordSerdes() {
    }

    public static Serde<String> keys() {
        return Serdes.String();
    }

    /** articles.raw also accepts a JSON object (what {@code kcat -P} users will send). */
    public static Serde<RawArticle> rawArticle() {
        Serde<RawArticle> avro = avro(RawArticle.class, RawArticle.getClassSchema());
        return Serdes.serdeFrom(avro.serializer(), new RawArticleDeserializer(avro.deserializer()));
    }

    /**
     * With a registry, articles are written through it and read from it as well as in every other
     * form articles.raw accepts (JSON objects, single-object encoding); the output format does not
     * apply to the input.
     */
    public static Serde<RawArticle> rawArticle(SerdeOptions options) {
        if (!options.usesRegistry()) {
            return rawArticle();
        }
        Deserializer<RawArticle> avro = avro(RawArticle.class, RawArticle.getClassSchema()).deserializer();
        Deserializer<RawArticle> registry = RegistrySerdes.deserializer(options.schemaRegistry());
        return Serdes.serdeFrom(RegistrySerdes.serializer(options.schemaRegistry()), new RawArticleDeserializer(avro, registry));
    }

    /*
     * The records of the topics the processor writes (paragraphs, articles.clean, claims, figures,
     * figure-changes) have two methods each: without options they write Avro single-object
     * encoding; with options they write what the options say. Both read any of the three
     * formats (see anyFormat), so a reader needs no flag to follow a JSON topic, and a topic
     * switched from one format to the other stays readable.
     */

    public static Serde<Paragraph> paragraph() {
        return paragraph(SerdeOptions.defaults());
    }

    public static Serde<Paragraph> paragraph(SerdeOptions options) {
        return output(Paragraph.class, Paragraph.getClassSchema(), options);
    }

    /** Internal only (repartition topics and stores): always Avro, whatever the output format. */
    public static Serde<ParagraphBatch> paragraphBatch() {
        return avro(ParagraphBatch.class, ParagraphBatch.getClassSchema());
    }

    /** Internal only, like {@link #paragraphBatch()}: the claims in front of the figures table. */
    public static Serde<ClaimBatch> claimBatch() {
        return avro(ClaimBatch.class, ClaimBatch.getClassSchema());
    }

    /** Internal only (the gatherer's store): always Avro, like {@link #paragraphBatch()}. */
    public static Serde<GatheringArticle> gatheringArticle() {
        return avro(GatheringArticle.class, GatheringArticle.getClassSchema());
    }

    public static Serde<CleanArticle> cleanArticle() {
        return cleanArticle(SerdeOptions.defaults());
    }

    public static Serde<CleanArticle> cleanArticle(SerdeOptions options) {
        return output(CleanArticle.class, CleanArticle.getClassSchema(), options);
    }

    public static Serde<Claim> claim() {
        return claim(SerdeOptions.defaults());
    }

    public static Serde<Claim> claim(SerdeOptions options) {
        return output(Claim.class, Claim.getClassSchema(), options);
    }

    public static Serde<Figure> figure() {
        return figure(SerdeOptions.defaults());
    }

    public static Serde<Figure> figure(SerdeOptions options) {
        return output(Figure.class, Figure.getClassSchema(), options);
    }

    public static Serde<FigureChange> figureChange() {
        return figureChange(SerdeOptions.defaults());
    }

    public static Serde<FigureChange> figureChange(SerdeOptions options) {
        return output(FigureChange.class, FigureChange.getClassSchema(), options);
    }

    /**
     * Internal only (a store of the figures stage): always Avro. Its schema evolves with
     * {@link Figure}'s, which embeds it, so Figure's schema history covers it.
     */
    public static Serde<io.figurewire.records.FigureReport> figureReport() {
        return avro(io.figurewire.records.FigureReport.class, io.figurewire.records.FigureReport.getClassSchema());
    }

    /** Every record type on a topic, for tests and tools that must cover them all. */
    public static List<Schema> currentSchemas() {
        return List.of(RawArticle.getClassSchema(), Paragraph.getClassSchema(), ParagraphBatch.getClassSchema(),
                ClaimBatch.getClassSchema(), GatheringArticle.getClassSchema(), CleanArticle.getClassSchema(), Claim.getClassSchema(), Figure.getClassSchema(), FigureChange.getClassSchema());
    }

    /** Earlier versions of a record's schema kept in the module, oldest first. */
    public static List<Schema> historyOf(Schema current) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String path = "/history/" + current.getName() + "/v" + v + ".avsc";
            try (InputStream in = RecordSerdes.class.getResourceAsStream(path)) {
                if (in == null) {
                    return versions;
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    static <T extends SpecificRecord> Serde<T> avro(Class<T> type, Schema schema) {
        SingleObjectCodec<T> codec = new SingleObjectCodec<>(SpecificData.getForClass(type), schema, historyOf(schema));
        Serializer<T> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return codec.encode(value);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + " for topic " + topic + ": " + e.getMessage(), e);
            }
        };
        Deserializer<T> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return codec.decode(bytes);
            } catch (OutOfMemoryError e) {
                // a declared size that does not fit (the allocation failed, nothing was used): a bad record, not a dying JVM
                throw new SerializationException("cannot read " + type.getSimpleName() + " from topic " + topic + " (" + bytes.length
                        + " bytes): it declares a field too large for memory");
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("cannot read " + type.getSimpleName() + " from topic " + topic
                        + " (" + bytes.length + " bytes): " + describe(e), e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    static <T extends SpecificRecord> Serde<T> output(Class<T> type, Schema schema, SerdeOptions options) {
        Serde<T> avro = avro(type, schema);
        if (options.usesRegistry()) {
            Deserializer<T> registry = RegistrySerdes.deserializer(options.schemaRegistry());
            return Serdes.serdeFrom(RegistrySerdes.serializer(options.schemaRegistry()),
                    anyFormat(type, schema, avro.deserializer(), registry));
        }
        Serializer<T> writer = options.format() == WireFormat.json ? jsonSerializer(type) : avro.serializer();
        return Serdes.serdeFrom(writer, anyFormat(type, schema, avro.deserializer(), null));
    }

    private static <T extends SpecificRecord> Serializer<T> jsonSerializer(Class<T> type) {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return RecordJson.line(value).getBytes(StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON for topic " + topic + ": " + e.getMessage(), e);
            }
        };
    }

    /**
     * Tells the format by the first byte: '{' is JSON, 0 is Apicurio's magic byte (schema id
     * follows), anything else must be single-object encoding (which starts C3 01). A registry
     * record without a registry to ask is a clear error, not a garbled read.
     */
    private static <T extends SpecificRecord> Deserializer<T> anyFormat(Class<T> type, Schema schema, Deserializer<T> avro,
                                                                        Deserializer<T> registry) {
        return new Deserializer<>() {
            @Override
            public T deserialize(String topic, byte[] bytes) {
                if (bytes == null || bytes.length == 0 || bytes[0] == (byte) 0xC3) {
                    return avro.deserialize(topic, bytes);
                }
                if (bytes[0] == '{') {
                    return fromJson(type, schema, topic, bytes);
                }
                if (bytes[0] == 0 && registry != null) {
                    return registry.deserialize(topic, bytes);
                }
                if (bytes[0] == 0) {
                    throw new SerializationException("cannot read " + type.getSimpleName() + " from topic " + topic
                            + ": it was written through a schema registry (magic byte 0); give --schema-registry URL");
                }
                return avro.deserialize(topic, bytes);
            }

            @Override
            public void close() {
                if (registry != null) {
                    registry.close();
                }
            }
        };
    }

    private static <T extends SpecificRecord> T fromJson(Class<T> type, Schema schema, String topic, byte[] bytes) {
        if (bytes.length > MAX_FIELD_BYTES) {
            throw new SerializationException("cannot read " + type.getSimpleName() + " from topic " + topic + ": " + bytes.length
                    + " bytes of JSON, more than the " + MAX_FIELD_BYTES + " a record may have");
        }
        try {
            return RecordJsonReader.read(bytes, type, schema);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + " as JSON from topic " + topic + " ("
                    + bytes.length + " bytes): " + e.getMessage(), e);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof org.apache.avro.message.MissingSchemaException) {
            return "unknown writer schema: " + e.getMessage();
        }
        if (e instanceof org.apache.avro.message.BadHeaderException) {
            return "not Avro single-object encoded: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
