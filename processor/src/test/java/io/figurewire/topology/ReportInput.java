package io.figurewire.topology;

import io.figurewire.records.Claim;
import io.figurewire.records.ClaimBatch;
import io.figurewire.schemas.RecordSerdes;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Claims piped straight into the figures stage of a topology on the test driver, as the one
 * dedup task sends them: batches keyed by key family, then progress marks.
 */
final class ReportInput {

    private final TestInputTopic<String, ClaimBatch> topic;
    private long lastArrival = Long.MIN_VALUE;

    ReportInput(TopologyTestDriver driver, ProcessorSettings settings) {
        this.topic = driver.createInputTopic(settings.applicationId() + "-" + StoreNames.REPORTS_BY_COUNT_TYPE + "-repartition",
                new StringSerializer(), RecordSerdes.claimBatch().serializer());
    }

    /** One claim, alone in its batch, published at its publication time. */
    void pipe(Claim c) {
        topic.pipeInput(c.getCountType(), new ClaimBatch(c.getArticleId(), List.of(c), null), c.getPublished());
        lastArrival = Math.max(lastArrival, c.getReceived().toEpochMilli());
    }

    /** The dedup task's progress: everything that arrived up to {@code upTo} has been sent. */
    void markUpTo(Instant upTo) {
        topic.pipeInput(ProgressMarks.KEY, ProgressMarks.claims(ProgressMarks.of(0, 1, upTo.toEpochMilli())), upTo);
    }

    /** Marks past every claim piped so far: all of them leave, in arrival order. */
    void markPastAll() {
        markUpTo(Instant.ofEpochMilli(lastArrival));
    }
}
