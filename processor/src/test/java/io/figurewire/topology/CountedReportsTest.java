package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.records.ClaimKind;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Qualifier;
import io.figurewire.schemas.RecordSerdes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountedReportsTest {

    @TempDir
    Path state;
    KeyValueStore<String, FigureReport> store;
    CountedReports counted;

    @BeforeEach
    void open() {
        ProcessorSettings settings = DriverSettings.of(state);
        MockProcessorContext<String, String> context = new MockProcessorContext<>(settings.streamsProperties(), new TaskId(0, 0),
                state.toFile());
        store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.COUNTED_REPORTS), Serdes.String(),
                RecordSerdes.figureReport()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        counted = new CountedReports(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static FigureReport report(String article, int paragraph, double value) {
        return FigureReport.newBuilder().setValue(value).setQualifier(Qualifier.exact).setKind(ClaimKind.count).setCountType("killed")
                .setArticleId(article).setParagraphIndex(paragraph).setPosition(0)
                .setPublished(Instant.parse("2026-07-01T00:00:00Z")).build();
    }

    @Test
    void anArticleCountsAsItsFirstReportInReadingOrderWhateverPartCameFirst() {
        counted.count("killed/sudan", null, List.of(report("a", 3, 12)));
        assertThat(counted.of("killed/sudan", "a").getValue()).isEqualTo(12.0);
        counted.count("killed/sudan", counted.of("killed/sudan", "a"), List.of(report("a", 0, 41)));
        assertThat(counted.of("killed/sudan", "a").getValue()).as("the lede came later and takes its place").isEqualTo(41.0);
        counted.count("killed/sudan", counted.of("killed/sudan", "a"), List.of(report("a", 5, 7)));
        assertThat(counted.of("killed/sudan", "a").getValue()).isEqualTo(41.0);
        assertThat(counted.of("killed/chad", "a")).as("per metric").isNull();
    }

    @Test
    void anAdoptedKeysArticlesMoveToTheKeyThatAdoptedIt() {
        counted.count("killed/norway", null, List.of(report("a", 0, 5)));
        counted.count("killed/norway", null, List.of(report("b", 2, 6)));
        counted.count("killed/norway-x", null, List.of(report("c", 0, 9))); // shares the prefix, not the key
        counted.count("killed/karsk", null, List.of(report("b", 0, 8)));
        counted.move("killed/norway", "killed/karsk");
        assertThat(counted.of("killed/norway", "a")).isNull();
        assertThat(counted.of("killed/karsk", "a").getValue()).isEqualTo(5.0);
        assertThat(counted.of("killed/karsk", "b").getValue()).as("b's first report in reading order stays").isEqualTo(8.0);
        assertThat(counted.of("killed/norway-x", "c")).isNotNull();
    }

    @Test
    void entriesOfArticlesReceivedBeforeTheCutoffExpireAFewAtATime() {
        Instant old = Instant.parse("2026-07-01T00:00:00Z");
        Instant recent = old.plusSeconds(8 * 86_400);
        for (int i = 0; i < 5; i++) {
            counted.count("killed/sudan", null, List.of(received(report("old-" + i, 0, 10 + i), old)));
            counted.count("killed/sudan", null, List.of(received(report("new-" + i, 0, 20 + i), recent)));
        }
        counted.count("killed/chad", null, List.of(report("undated", 0, 3)));
        long cutoff = old.plusSeconds(86_400).toEpochMilli();
        // a bounded step per call, resumed where the last one stopped, so one punctuation never scans the whole store
        int removed = 0;
        for (int call = 0; call < 4; call++) removed += counted.expire(cutoff, 3);
        assertThat(removed).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(counted.of("killed/sudan", "old-" + i)).isNull();
            assertThat(counted.of("killed/sudan", "new-" + i)).isNotNull();
        }
        assertThat(counted.of("killed/chad", "undated")).as("no arrival stamp: kept").isNotNull();
    }

    static FigureReport received(FigureReport r, Instant at) {
        r.setReceived(at);
        return r;
    }
}
