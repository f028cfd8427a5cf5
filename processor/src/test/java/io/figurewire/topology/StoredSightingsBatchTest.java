package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static io.figurewire.topology.SightingStoreFixture.candidates;
import static io.figurewire.topology.SightingStoreFixture.entries;
import static io.figurewire.topology.SightingStoreFixture.remember;
import static org.assertj.core.groups.Tuple.tuple;

import io.figurewire.text.CrossArticleDedup;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.ParagraphSignature;
import java.util.List;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sightings of one batch (one article's paragraphs in one dedup partition) are one store
 * entry, so one changelog record, and each is still found by its exact fingerprint and by its
 * candidate keys, before and after the entry is written, and after a restore.
 */
class StoredSightingsBatchTest {

    static final long T = StoredSightingsRepairTest.T;
    static final String OTHER = "Firefighters from four neighbouring towns worked through the night to keep the flames away "
            + "from the fuel depot on the edge of the port, officials said.";

    @RegisterExtension
    final SightingStoreFixture stores = new SightingStoreFixture();

    /** One article's two paragraphs at one time: one batch. */
    static void rememberOneArticle(StoredSightings stored) {
        remember(stored, StoredSightingsRepairTest.ORIGINAL, "a-1", 0, T, 5);
        remember(stored, OTHER, "a-1", 1, T, 6);
        stored.flush();
    }

    @Test
    void theSightingsOfOneBatchAreOneStoreEntryAndEachIsFound() {
        WindowStore<String, byte[]> sightings = stores.sightings("live");
        StoredSightings stored = new StoredSightings(sightings, stores.index("live"));
        rememberOneArticle(stored);

        assertThat(entries(sightings)).isEqualTo(1);
        assertThat(candidates(stored, OTHER)).extracting(Sighting::articleId, Sighting::index).containsExactly(tuple("a-1", 1));
        List<Sighting> typo = candidates(stored, StoredSightingsRepairTest.TYPO);
        assertThat(typo).extracting(Sighting::index).containsExactly(0);
        assertThat(CrossArticleDedup.judge(ParagraphSignature.of(StoredSightingsRepairTest.TYPO), typo).outcome())
                .isEqualTo(CrossArticleDedup.Outcome.DUPLICATE);
    }

    @Test
    void aSightingIsFoundBeforeItsBatchIsWritten() {
        WindowStore<String, byte[]> sightings = stores.sightings("pending");
        StoredSightings stored = new StoredSightings(sightings, stores.index("pending"));
        remember(stored, StoredSightingsRepairTest.ORIGINAL, "a-1", 0, T, 1);

        assertThat(entries(sightings)).as("not written until the batch ends").isZero();
        assertThat(candidates(stored, StoredSightingsRepairTest.TYPO)).extracting(Sighting::articleId).containsExactly("a-1");
        assertThat(candidates(stored, StoredSightingsRepairTest.ORIGINAL)).extracting(Sighting::articleId).containsExactly("a-1");
    }

    @Test
    void aSightingOfAnotherTimeOrArticleStartsAnotherBatch() {
        WindowStore<String, byte[]> sightings = stores.sightings("two");
        StoredSightings stored = new StoredSightings(sightings, stores.index("two"));
        remember(stored, StoredSightingsRepairTest.ORIGINAL, "a-1", 0, T, 1);
        remember(stored, OTHER, "a-1", 1, T + 1, 2);
        remember(stored, StoredSightingsRepairTest.TYPO + " Again.", "a-2", 0, T + 1, 3);
        stored.flush();

        assertThat(entries(sightings)).isEqualTo(3);
        assertThat(candidates(stored, OTHER)).extracting(Sighting::articleId, Sighting::index).containsExactly(tuple("a-1", 1));
    }

    @Test
    void aRestoredBatchGetsItsPointersBackInRecordedOrder() {
        WindowStore<String, byte[]> sightings = stores.sightings("live2");
        StoredSightings live = new StoredSightings(sightings, stores.index("live2"));
        rememberOneArticle(live);
        remember(live, StoredSightingsRepairTest.ORIGINAL.replace("three", "four"), "a-2", 0, T - 10, 7);
        live.flush();
        List<Sighting> before = candidates(live, StoredSightingsRepairTest.TYPO);

        StoredSightings restored = new StoredSightings(sightings, stores.index("restored2"));
        StoredSightings.Repair repair = restored.repair();
        assertThat(repair.repaired()).isEqualTo(3);
        assertThat(repair.highestSequence()).isEqualTo(7);
        assertThat(candidates(restored, StoredSightingsRepairTest.TYPO)).isEqualTo(before)
                .extracting(Sighting::articleId).containsExactly("a-2", "a-1");
        assertThat(candidates(restored, OTHER)).extracting(Sighting::index).containsExactly(1);
        assertThat(restored.repair().repaired()).isZero();
    }

    @Test
    void aSightingOfTheOldLayoutAndABatchAreBothFound() {
        WindowStore<String, byte[]> sightings = stores.sightings("mixed");
        ParagraphSignature original = ParagraphSignature.of(StoredSightingsRepairTest.ORIGINAL);
        sightings.put("f:" + original.fingerprint(), Sighting.of(original, "a-old", 4).encode(), T);
        StoredSightings stored = new StoredSightings(sightings, stores.index("mixed"));
        stored.repair();
        remember(stored, StoredSightingsRepairTest.ORIGINAL.replace("three", "five"), "a-new", 0, T + 1, 1);
        stored.flush();

        assertThat(candidates(stored, StoredSightingsRepairTest.ORIGINAL)).extracting(Sighting::articleId).containsExactly("a-old");
        assertThat(candidates(stored, StoredSightingsRepairTest.TYPO)).extracting(Sighting::articleId).containsExactly("a-old", "a-new");
    }

    /**
     * A crash between a batch's pointers and its entry leaves pointers whose batch was never
     * written (the pointer store has no changelog and may outlive it); the sequence is then given
     * again to other sightings, and the old pointers must not name those.
     */
    @Test
    void aPointerLeftByACrashNamesNoOtherSighting() {
        WindowStore<String, byte[]> sightings = stores.sightings("crash");
        WindowStore<String, byte[]> index = stores.index("crash");
        remember(new StoredSightings(sightings, index), StoredSightingsRepairTest.ORIGINAL, "lost", 0, T, 1);

        StoredSightings after = new StoredSightings(sightings, index);
        assertThat(after.repair().highestSequence()).as("the lost batch is not in the store").isZero();
        remember(after, OTHER, "a-2", 0, T, 1);
        after.flush();

        assertThat(candidates(after, StoredSightingsRepairTest.ORIGINAL)).as("neither a-2's other paragraph nor the lost one").isEmpty();
        assertThat(candidates(after, OTHER)).extracting(Sighting::articleId).containsExactly("a-2");
    }
}
