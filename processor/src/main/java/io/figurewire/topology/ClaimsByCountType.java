package io.figurewire.topology;

import io.figurewire.records.Claim;
import io.figurewire.schemas.Topics;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/** Routes each claim to claims.&lt;count_type&gt;; named so the topology description stays stable. */
final class ClaimsByCountType implements TopicNameExtractor<String, Claim> {

    private final Topics topics;

    ClaimsByCountType(Topics topics) {
        this.topics = topics;
    }

    @Override
    public String extract(String metric, Claim claim, RecordContext context) {
        return topics.claimsTopicFor(claim.getCountType());
    }

    @Override
    public String toString() {
        return topics.claims() + ".<count_type>";
    }
}
