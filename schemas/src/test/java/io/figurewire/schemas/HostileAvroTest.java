package io.figurewire.schemas;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.figurewire.records.RawArticle;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Hostile Avro bytes with a known fingerprint are a SerializationException (dead-lettered), never an Error. */
class HostileAvroTest {

    @Test
    void aRecordDeclaringAHugeStringIsRefusedWithoutAllocatingIt() {
        RawArticle a = RawArticle.newBuilder().setId("x").setSource(null).setUrl(null).setTitle(null).setPublished(null)
                .setReceived(Instant.EPOCH).setBody("b").setLanguage(null).build();
        byte[] ok = RecordSerdes.rawArticle().serializer().serialize("t", a);
        byte[] evil = Arrays.copyOf(ok, 16);
        long zigzag = 2L * 1_500_000_000L; // the id field claims 1.5 GB
        int i = 10;
        while (zigzag >= 0x80) {
            evil[i++] = (byte) ((zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        evil[i] = (byte) zigzag;
        assertThatThrownBy(() -> RecordSerdes.rawArticle().deserializer().deserialize("t", evil))
                .isInstanceOf(SerializationException.class).hasMessageContaining("cannot read RawArticle");
    }
}
