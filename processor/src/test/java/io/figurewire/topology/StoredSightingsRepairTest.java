package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.text.CandidateKeys;
import io.figurewire.text.CrossArticleDedup;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.ParagraphSignature;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The candidate index has no changelog: whatever the sightings store was restored from, the
 * pointers it lacks are derived again before a paragraph is judged, so a typo copy is still
 * caught after a restore.
 */
class StoredSightingsRepairTest {

    static final long T = Instant.parse("2026-05-04T08:00:00Z").toEpochMilli();
    static final String ORIGINAL = "Smoke rises over the harbour district after the fire spread to three warehouses near the docks "
            + "on Sunday, the city fire service said in a statement.";
    static final String TYPO = "Smoke rises over the harbour district after the fire spread to three warehuses near the docks "
            + "on Sunday, the city fire service said in a statement.";

    @RegisterExtension
    final SightingStoreFixture stores = new SightingStoreFixture();

    @Test
    void aRestoredSightingGetsItsPointersBackAndItsTypoCopyIsCaught() {
        WindowStore<String, byte[]> sightings = stores.sightings("live");
        ParagraphSignature original = ParagraphSignature.of(ORIGINAL);
        StoredSightings live = new StoredSightings(sightings, stores.index("live"));
        live.remember(original.nearKey(), CandidateKeys.of(original), Sighting.of(original, "a-1", 0), T, 7);
        live.flush();

        // the same sightings beside an empty index: what a restore or a standby's copy leaves
        StoredSightings restored = new StoredSightings(sightings, stores.index("restored"));
        ParagraphSignature typo = ParagraphSignature.of(TYPO);
        assertThat(typo.nearKey()).isEqualTo(original.nearKey());
        assertThat(restored.candidates(typo.nearKey(), typo, CandidateKeys.of(typo), 0)).isEmpty();

        StoredSightings.Repair repair = restored.repair();
        assertThat(repair.repaired()).isEqualTo(1);
        assertThat(repair.highestSequence()).isEqualTo(7);
        List<Sighting> found = restored.candidates(typo.nearKey(), typo, CandidateKeys.of(typo), 0);
        assertThat(found).extracting(Sighting::articleId).containsExactly("a-1");
        assertThat(CrossArticleDedup.judge(typo, found).outcome()).isEqualTo(CrossArticleDedup.Outcome.DUPLICATE);
        assertThat(restored.repair().repaired()).as("in step: nothing left to derive").isZero();
    }

    @Test
    void aSightingWrittenBeforeSequencesWereStoredIsRepairedAsSequenceZero() {
        WindowStore<String, byte[]> sightings = stores.sightings("old");
        ParagraphSignature original = ParagraphSignature.of(ORIGINAL);
        sightings.put("f:" + original.fingerprint(), Sighting.of(original, "a-old", 2).encode(), T);

        StoredSightings restored = new StoredSightings(sightings, stores.index("old"));
        StoredSightings.Repair repair = restored.repair();
        assertThat(repair.repaired()).isEqualTo(1);
        assertThat(repair.highestSequence()).isZero();
        ParagraphSignature typo = ParagraphSignature.of(TYPO);
        assertThat(restored.candidates(typo.nearKey(), typo, CandidateKeys.of(typo), 0))
                .extracting(Sighting::articleId, Sighting::index).containsExactly(org.assertj.core.groups.Tuple.tuple("a-old", 2));
    }
}
