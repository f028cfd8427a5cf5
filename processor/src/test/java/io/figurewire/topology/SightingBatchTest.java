package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.ParagraphSignature;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored form of one batch's sightings: one store entry, one changelog record, for all of them. */
class SightingBatchTest {

    static final String LEDE = "Flood water reached the upper floors of 40 houses in the valley town overnight, the mayor said.";
    static final String RESCUE = "Boats carried 12 residents to the school gym, where the Red Cross set up beds for the night.";

    @Test
    void aBatchComesBackSightingBySightingWithItsSequences() {
        Sighting lede = Sighting.of(ParagraphSignature.of(LEDE), "flood-7", 0);
        Sighting rescue = Sighting.of(ParagraphSignature.of(RESCUE), "flood-7", 3);
        SightingBatch batch = new SightingBatch(41, List.of(lede, rescue));

        SightingBatch back = SightingBatch.decode(batch.encode());
        assertThat(back.firstSequence()).isEqualTo(41);
        assertThat(back.sightings()).containsExactly(lede, rescue);
        assertThat(back.sequenceOf(1)).isEqualTo(42);
        assertThat(back.at(42)).isEqualTo(rescue);
    }

    @Test
    void theArticleIdIsStoredOnceForTheBatch() {
        Sighting lede = Sighting.of(ParagraphSignature.of(LEDE), "flood-7", 0);
        Sighting rescue = Sighting.of(ParagraphSignature.of(RESCUE), "flood-7", 3);
        // stored apart, each entry was the sighting and its 8-byte sequence
        int apart = lede.encode().length + rescue.encode().length + 2 * Long.BYTES;
        assertThat(new SightingBatch(1, List.of(lede, rescue)).encode().length)
                .as("smaller than the two sightings stored apart").isLessThan(apart);
    }

    @Test
    void sightingsOfTwoArticlesAreNotOneBatch() {
        Sighting a = Sighting.of(ParagraphSignature.of(LEDE), "flood-7", 0);
        Sighting b = Sighting.of(ParagraphSignature.of(RESCUE), "flood-8", 0);
        assertThatThrownBy(() -> new SightingBatch(1, List.of(a, b))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownFormatIsRefused() {
        byte[] encoded = new SightingBatch(1, List.of(Sighting.of(ParagraphSignature.of(LEDE), "flood-7", 0))).encode();
        encoded[0] = 99;
        assertThatThrownBy(() -> SightingBatch.decode(encoded)).isInstanceOf(IllegalArgumentException.class);
    }
}
