package io.figurewire.topology;

import io.figurewire.records.ArrivalProgress;
import io.figurewire.records.ClaimBatch;
import io.figurewire.records.ParagraphBatch;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The progress marks that travel with the records of the internal topics in front of the two
 * reordering buffers (see {@link ArrivalBuffer}): a batch with no article and no content,
 * sent to every partition, with a header that says so to any reader of those topics.
 */
public final class ProgressMarks {

    /** Marks go to every partition; the key only has to be a key. */
    static final String KEY = "";
    /**
     * The header a mark carries: a tool that counts what is left to process on an internal topic
     * (ProcessingProbe) skips marks, which keep coming while nothing else does.
     */
    public static final String HEADER = "figurewire.progress";

    private ProgressMarks() {
    }

    /** A mark record as it is forwarded: key, value, the header, a wall-clock timestamp. */
    static <V> Record<String, V> record(V mark, long now) {
        return new Record<>(KEY, mark, now, new RecordHeaders().add(HEADER, new byte[0]));
    }

    static ArrivalProgress of(int source, int sources, long upTo) {
        return new ArrivalProgress(source, sources, Instant.ofEpochMilli(upTo));
    }

    static ParagraphBatch paragraphs(ArrivalProgress progress) {
        return new ParagraphBatch("", List.of(), progress, null);
    }

    static ClaimBatch claims(ArrivalProgress progress) {
        return new ClaimBatch("", List.of(), progress);
    }

    static boolean isMark(ParagraphBatch batch) {
        return batch.getProgress() != null;
    }

    static boolean isMark(ClaimBatch batch) {
        return batch.getProgress() != null;
    }

    /** Every partition of a topic of {@code numPartitions}. */
    static Set<Integer> everyPartition(int numPartitions) {
        return IntStream.range(0, numPartitions).boxed().collect(Collectors.toUnmodifiableSet());
    }
}
