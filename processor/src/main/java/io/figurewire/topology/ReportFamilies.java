package io.figurewire.topology;

import io.figurewire.figures.KeyJoin;
import io.figurewire.records.Claim;
import io.figurewire.records.ClaimBatch;
import io.figurewire.stages.ClaimRecords;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * How an article's claims travel to the table: the ones that move it ({@link
 * ClaimRecords#movesTheTable}), one batch per key family ({@link KeyJoin#partitionKey}: every
 * key of a family meets in one task), in reading order; progress marks to every partition.
 */
final class ReportFamilies implements StreamPartitioner<String, ClaimBatch> {

    static List<KeyValue<String, ClaimBatch>> batches(ClaimBatch claims) {
        if (ProgressMarks.isMark(claims)) {
            return List.of(KeyValue.pair(ProgressMarks.KEY, claims));
        }
        Map<String, List<Claim>> byFamily = new LinkedHashMap<>();
        for (Claim claim : claims.getClaims()) {
            if (ClaimRecords.movesTheTable(claim)) {
                byFamily.computeIfAbsent(KeyJoin.partitionKey(claim.getMetric()), f -> new ArrayList<>()).add(claim);
            }
        }
        List<KeyValue<String, ClaimBatch>> out = new ArrayList<>(byFamily.size());
        byFamily.forEach((family, list) -> out.add(KeyValue.pair(family, new ClaimBatch(claims.getArticleId(), list, null))));
        return out;
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String family, ClaimBatch value, int numPartitions) {
        if (ProgressMarks.isMark(value)) {
            return Optional.of(ProgressMarks.everyPartition(numPartitions));
        }
        return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(family.getBytes(StandardCharsets.UTF_8))) % numPartitions));
    }
}
