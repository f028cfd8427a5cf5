package io.figurewire.it;

import static org.awaitility.Awaitility.await;

import io.figurewire.runtime.ProcessingProbe;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.topology.PendingReports;
import io.figurewire.topology.ProcessorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;

/** Starting the processor against a test cluster and waiting on it, the way the demo does. */
final class Pipelines {

    private Pipelines() {
    }

    static ProcessorSettings settings(String bootstrap, Path stateDir, String prefix) {
        return ProcessorSettings.builder(bootstrap, stateDir)
                .applicationId("it-" + prefix + UUID.randomUUID().toString().substring(0, 8))
                .topics(new io.figurewire.schemas.Topics(prefix))
                .partitions(3)
                .commitIntervalMs(100)
                .build();
    }

    static ProcessorApp startAndAwaitRunning(ProcessorSettings settings) throws InterruptedException {
        ProcessorApp app = new ProcessorApp(settings).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> app.streams().state() == KafkaStreams.State.RUNNING);
        return app;
    }

    /**
     * Caught up twice in a row: every source topic's committed offset at the end of its log, and
     * no claim waiting in any given instance's reordering buffer.
     */
    static void awaitProcessed(ProcessorApp app, ProcessorApp... others) {
        // generous: 4,000 articles under exactly-once take over a minute on a loaded 2-core machine
        awaitProcessed(Duration.ofSeconds(300), app, others);
    }

    static void awaitProcessed(Duration atMost, ProcessorApp app, ProcessorApp... others) {
        try (ProcessingProbe probe = new ProcessingProbe(app.settings().bootstrap(), app.settings().applicationId(), app.topology())) {
            int[] clean = {0};
            await().atMost(atMost).pollInterval(Duration.ofMillis(300)).until(() -> {
                var p = probe.check();
                boolean applied = PendingReports.count(app.streams()) == 0
                        && Arrays.stream(others).allMatch(o -> PendingReports.count(o.streams()) == 0);
                clean[0] = p.caughtUp() && p.total() > 0 && applied ? clean[0] + 1 : 0;
                return clean[0] >= 2;
            });
        }
    }
}
