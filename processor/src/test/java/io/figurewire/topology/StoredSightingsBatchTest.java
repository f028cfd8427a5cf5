package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.figurewire.text.CandidateKeys;
import io.figurewire.text.CrossArticleDedup;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.ParagraphSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sightings of one batch (one article's paragraphs in one dedup partition) are one store
 * entry, so one changelog record, and each is still found by its exact fingerprint and by its
 * candidate keys, before and after the entry is written, and after a restore.
 */
class StoredSightingsBatchTest {

    static final long T = StoredSightingsRepairTest.T;
    static final String OTHER = "Firefighters from four neighbouring towns worked through the night to keep the flames away "
            + "from the fuel depot on the edge of the port, officials said.";

    @TempDir
    Path state;
    final List<WindowStore<String, byte[]>> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(WindowStore::close);
    }

    WindowStore<String, byte[]> open(StoreBuilder<WindowStore<String, byte[]>> builder, String dir) throws IOException {
        Files.createDirectories(state.resolve(dir));
        ProcessorSettings settings = DriverSettings.of(state.resolve(dir));
        MockProcessorContext<String, String> context = new MockProcessorContext<>(settings.streamsProperties(), new TaskId(0, 0),
                state.resolve(dir).toFile());
        WindowStore<String, byte[]> store = builder.build();
        store.init(context.getStateStoreContext(), store);
        opened.add(store);
        return store;
    }

    WindowStore<String, byte[]> sightingsStore(String dir) throws IOException {
        return open(DedupStage.sightingsStore(DriverSettings.of(state)).withLoggingDisabled(), dir);
    }

    WindowStore<String, byte[]> indexStore(String dir) throws IOException {
        return open(DedupStage.candidateIndexStore(DriverSettings.of(state)), dir);
    }

    static long entries(WindowStore<String, byte[]> store) {
        long n = 0;
        try (KeyValueIterator<?, byte[]> it = store.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }

    static void remember(StoredSightings stored, String text, String articleId, int index, long timestamp, long sequence) {
        ParagraphSignature s = ParagraphSignature.of(text);
        stored.remember(s.nearKey(), CandidateKeys.of(s), Sighting.of(s, articleId, index), timestamp, sequence);
    }

    static List<Sighting> candidates(StoredSightings stored, String text) {
        ParagraphSignature s = ParagraphSignature.of(text);
        return stored.candidates(s.nearKey(), s, CandidateKeys.of(s), 0);
    }

    @Test
    void theSightingsOfOneBatchAreOneStoreEntryAndEachIsFound() throws IOException {
        WindowStore<String, byte[]> sightings = sightingsStore("live");
        StoredSightings stored = new StoredSightings(sightings, indexStore("live"));
        remember(stored, StoredSightingsRepairTest.ORIGINAL, "a-1", 0, T, 1);
        remember(stored, OTHER, "a-1", 2, T, 2);
        stored.flush();

        assertThat(entries(sightings)).isEqualTo(1);
        assertThat(candidates(stored, OTHER)).extracting(Sighting::articleId, Sighting::index).containsExactly(tuple("a-1", 2));
        List<Sighting> typo = candidates(stored, StoredSightingsRepairTest.TYPO);
        assertThat(typo).extracting(Sighting::index).containsExactly(0);
        assertThat(CrossArticleDedup.judge(ParagraphSignature.of(StoredSightingsRepairTest.TYPO), typo).outcome())
                .isEqualTo(CrossArticleDedup.Outcome.DUPLICATE);
    }

    @Test
    void aSightingIsFoundBeforeItsBatchIsWritten() throws IOException {
        WindowStore<String, byte[]> sightings = sightingsStore("pending");
        StoredSightings stored = new StoredSightings(sightings, indexStore("pending"));
        remember(stored, StoredSightingsRepairTest.ORIGINAL, "a-1", 0, T, 1);

        assertThat(entries(sightings)).as("not written until the batch ends").isZero();
        assertThat(candidates(stored, StoredSightingsRepairTest.TYPO)).extracting(Sighting::articleId).containsExactly("a-1");
        assertThat(candidates(stored, StoredSightingsRepairTest.ORIGINAL)).extracting(Sighting::articleId).containsExactly("a-1");
    }

    @Test
    void aSightingOfAnotherTimeOrArticleStartsAnotherBatch() throws IOException {
        WindowStore<String, byte[]> sightings = sightingsStore("two");
        StoredSightings stored = new StoredSightings(sightings, indexStore("two"));
        remember(stored, StoredSightingsRepairTest.ORIGINAL, "a-1", 0, T, 1);
        remember(stored, OTHER, "a-1", 1, T + 1, 2);
        remember(stored, StoredSightingsRepairTest.TYPO + " Again.", "a-2", 0, T + 1, 3);
        stored.flush();

        assertThat(entries(sightings)).isEqualTo(3);
        assertThat(candidates(stored, OTHER)).extracting(Sighting::articleId, Sighting::index).containsExactly(tuple("a-1", 1));
    }

    @Test
    void aRestoredBatchGetsItsPointersBackInRecordedOrder() throws IOException {
        WindowStore<String, byte[]> sightings = sightingsStore("live2");
        StoredSightings live = new StoredSightings(sightings, indexStore("live2"));
        remember(live, StoredSightingsRepairTest.ORIGINAL, "a-1", 0, T, 5);
        remember(live, OTHER, "a-1", 1, T, 6);
        live.flush();
        remember(live, StoredSightingsRepairTest.ORIGINAL.replace("three", "four"), "a-2", 0, T - 10, 7);
        live.flush();
        List<Sighting> before = candidates(live, StoredSightingsRepairTest.TYPO);

        StoredSightings restored = new StoredSightings(sightings, indexStore("restored2"));
        StoredSightings.Repair repair = restored.repair();
        assertThat(repair.repaired()).isEqualTo(3);
        assertThat(repair.highestSequence()).isEqualTo(7);
        assertThat(candidates(restored, StoredSightingsRepairTest.TYPO)).isEqualTo(before)
                .extracting(Sighting::articleId).containsExactly("a-2", "a-1");
        assertThat(candidates(restored, OTHER)).extracting(Sighting::index).containsExactly(1);
        assertThat(restored.repair().repaired()).isZero();
    }

    @Test
    void aSightingOfTheOldLayoutAndABatchAreBothFound() throws IOException {
        WindowStore<String, byte[]> sightings = sightingsStore("mixed");
        ParagraphSignature original = ParagraphSignature.of(StoredSightingsRepairTest.ORIGINAL);
        sightings.put("f:" + original.fingerprint(), Sighting.of(original, "a-old", 4).encode(), T);
        StoredSightings stored = new StoredSightings(sightings, indexStore("mixed"));
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
    void aPointerLeftByACrashNamesNoOtherSighting() throws IOException {
        WindowStore<String, byte[]> sightings = sightingsStore("crash");
        WindowStore<String, byte[]> index = indexStore("crash");
        remember(new StoredSightings(sightings, index), StoredSightingsRepairTest.ORIGINAL, "lost", 0, T, 1);

        StoredSightings after = new StoredSightings(sightings, index);
        assertThat(after.repair().highestSequence()).as("the lost batch is not in the store").isZero();
        remember(after, OTHER, "a-2", 0, T, 1);
        after.flush();

        assertThat(candidates(after, StoredSightingsRepairTest.ORIGINAL)).as("neither a-2's other paragraph nor the lost one").isEmpty();
        assertThat(candidates(after, OTHER)).extracting(Sighting::articleId).containsExactly("a-2");
    }
}
