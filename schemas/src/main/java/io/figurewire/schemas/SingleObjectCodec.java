package io.figurewire.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;

/**
 * Avro single-object encoding (the bytes {@code BinaryMessageEncoder} writes: {@code C3 01}, the
 * writer schema's 64-bit fingerprint little-endian, then Avro binary) without its per-record
 * costs, which were a fifth of the stream thread in issue 12's profile: Avro's encoder copies
 * each record into a fresh ByteBuffer that the serializer copied again, and its decoder reads
 * through an InputStream byte by byte. Here each thread reuses one output buffer and encoder,
 * decoding reads the array in place with a reused decoder, and the readers that resolve each
 * known writer schema against the current one are built once. Thread-safe: Streams shares one
 * serde between its stream threads.
 */
final class SingleObjectCodec<T> {

    private static final byte[] MARKER = {(byte) 0xC3, (byte) 0x01};
    private static final int HEADER_BYTES = MARKER.length + Long.BYTES;
    /** A buffer grown past this by one large article is dropped after use, not kept for the thread's life. */
    private static final int KEPT_BUFFER_BYTES = 256 * 1024;

    private final byte[] header;
    private final DatumWriter<T> writer;
    private final Map<Long, DatumReader<T>> readers = new HashMap<>();
    private final ThreadLocal<Output> outputs = ThreadLocal.withInitial(Output::new);
    private final ThreadLocal<BinaryDecoder> decoders = new ThreadLocal<>();

    /** @param history earlier writer schemas this reader still resolves, besides {@code schema} itself */
    @SuppressWarnings("unchecked")
    SingleObjectCodec(SpecificData model, Schema schema, List<Schema> history) {
        this.header = header(SchemaNormalization.parsingFingerprint64(schema));
        this.writer = (DatumWriter<T>) model.createDatumWriter(schema);
        readers.put(SchemaNormalization.parsingFingerprint64(schema), (DatumReader<T>) model.createDatumReader(schema, schema));
        for (Schema old : history) {
            readers.putIfAbsent(SchemaNormalization.parsingFingerprint64(old), (DatumReader<T>) model.createDatumReader(old, schema));
        }
    }

    byte[] encode(T value) throws IOException {
        Output out = outputs.get();
        out.bytes.reset();
        out.bytes.write(header);
        out.encoder = EncoderFactory.get().binaryEncoder(out.bytes, out.encoder);
        writer.write(value, out.encoder);
        out.encoder.flush();
        byte[] encoded = out.bytes.toByteArray();
        if (encoded.length > KEPT_BUFFER_BYTES) {
            outputs.remove();
        }
        return encoded;
    }

    T decode(byte[] bytes) throws IOException {
        if (bytes.length < HEADER_BYTES || bytes[0] != MARKER[0] || bytes[1] != MARKER[1]) {
            throw new BadHeaderException("Unrecognized header bytes");
        }
        long fingerprint = ByteBuffer.wrap(bytes, MARKER.length, Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).getLong();
        DatumReader<T> reader = readers.get(fingerprint);
        if (reader == null) {
            throw new MissingSchemaException("Cannot resolve schema for fingerprint: " + fingerprint);
        }
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES, decoders.get());
        decoders.set(decoder);
        return reader.read(null, decoder);
    }

    private static byte[] header(long fingerprint) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MARKER).putLong(fingerprint);
        return b.array();
    }

    /** One thread's output buffer (grown to its largest record, then kept) and encoder. */
    private static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        BinaryEncoder encoder;
    }
}
