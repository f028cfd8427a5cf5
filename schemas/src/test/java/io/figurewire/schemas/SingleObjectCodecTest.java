package io.figurewire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.figurewire.records.Figure;
import io.figurewire.records.RawArticle;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/** The codec must stay byte-compatible with Avro's own single-object encoding: topics and stores hold its bytes. */
class SingleObjectCodecTest {

    private final SingleObjectCodec<RawArticle> codec =
            new SingleObjectCodec<>(SpecificData.getForClass(RawArticle.class), RawArticle.getClassSchema(), List.of());

    @Test
    void writesExactlyWhatAvrosEncoderWrites() throws Exception {
        RawArticle article = RecordSerdesTest.raw();
        ByteBuffer avro = new BinaryMessageEncoder<RawArticle>(SpecificData.get(), RawArticle.getClassSchema()).encode(article);
        byte[] expected = new byte[avro.remaining()];
        avro.get(expected);
        assertThat(codec.encode(article)).isEqualTo(expected);
        assertThat(new BinaryMessageDecoder<RawArticle>(SpecificData.get(), RawArticle.getClassSchema()).decode(codec.encode(article)))
                .isEqualTo(article);
    }

    @Test
    void aReusedBufferCarriesNothingOverFromALongerRecord() throws Exception {
        RawArticle longer = RawArticle.newBuilder(RecordSerdesTest.raw()).setBody("x".repeat(10_000)).build();
        RawArticle shorter = RecordSerdesTest.raw();
        codec.encode(longer);
        byte[] bytes = codec.encode(shorter);
        assertThat(codec.decode(bytes)).isEqualTo(shorter);
        assertThat(codec.decode(codec.encode(longer))).isEqualTo(longer);
    }

    @Test
    void resolvesAnOlderWriterSchemaItWasGiven() throws Exception {
        Schema old = SchemaBuilder.record("RawArticle").namespace("io.figurewire.records").fields()
                .requiredString("id").requiredLong("received").requiredString("body").endRecord();
        GenericRecord oldArticle = new GenericData.Record(old);
        oldArticle.put("id", "a9");
        oldArticle.put("received", 5L);
        oldArticle.put("body", "Two people died.");
        ByteBuffer avro = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), old).encode(oldArticle);
        byte[] bytes = new byte[avro.remaining()];
        avro.get(bytes);
        SingleObjectCodec<RawArticle> withHistory =
                new SingleObjectCodec<>(SpecificData.getForClass(RawArticle.class), RawArticle.getClassSchema(), List.of(old));
        RawArticle read = withHistory.decode(bytes);
        assertThat(read.getId()).isEqualTo("a9");
        assertThat(read.getBody()).isEqualTo("Two people died.");
        assertThatThrownBy(() -> codec.decode(bytes)).hasMessageContaining("Cannot resolve schema for fingerprint");
    }

    @Test
    void refusesBytesWithoutTheMarker() {
        assertThatThrownBy(() -> codec.decode(new byte[] {'{', '}', 0, 0, 0, 0, 0, 0, 0, 0})).isInstanceOf(BadHeaderException.class);
        assertThatThrownBy(() -> codec.decode(new byte[] {(byte) 0xC3, 0x01, 0})).isInstanceOf(BadHeaderException.class);
    }

    @Test
    void threadsSharingOneCodecDoNotMixTheirRecords() throws Exception {
        SingleObjectCodec<Figure> figures =
                new SingleObjectCodec<>(SpecificData.getForClass(Figure.class), Figure.getClassSchema(), List.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        Figure f = Figure.newBuilder().setMetric("killed/" + thread + "/" + "x".repeat(i % 50))
                                .setCurrent(RecordSerdesTest.report(i)).setReportCount(i).setFirstReported(RecordSerdesTest.T)
                                .setLastReported(RecordSerdesTest.T).build();
                        if (!figures.decode(figures.encode(f)).equals(f)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
