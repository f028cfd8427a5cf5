package io.figurewire.topology;

import io.figurewire.text.CandidateKeys;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.ParagraphSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The dedup stage's sightings and pointer stores opened on disk outside a topology, each in its
 * own directory, so a test can put a restored copy beside the live one. A JUnit extension: each
 * test gets a fresh state directory, and its stores are closed and the directory deleted after it.
 */
final class SightingStoreFixture implements BeforeEachCallback, AfterEachCallback {

    private Path state;
    private final List<WindowStore<String, byte[]>> opened = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        state = Files.createTempDirectory("sighting-stores");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        opened.forEach(WindowStore::close);
        opened.clear();
        try (Stream<Path> paths = Files.walk(state)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** The sightings store without its changelog: the test plays the restore itself. */
    WindowStore<String, byte[]> sightings(String dir) {
        return open(DedupStage.sightingsStore(DriverSettings.of(state)).withLoggingDisabled(), dir);
    }

    WindowStore<String, byte[]> index(String dir) {
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

    private WindowStore<String, byte[]> open(StoreBuilder<WindowStore<String, byte[]>> builder, String dir) {
        try {
            Files.createDirectories(state.resolve(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessorSettings settings = DriverSettings.of(state.resolve(dir));
        MockProcessorContext<String, String> context = new MockProcessorContext<>(settings.streamsProperties(), new TaskId(0, 0),
                state.resolve(dir).toFile());
        WindowStore<String, byte[]> store = builder.build();
        store.init(context.getStateStoreContext(), store);
        opened.add(store);
        return store;
    }
}
