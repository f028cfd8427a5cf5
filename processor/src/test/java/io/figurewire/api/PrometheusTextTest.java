package io.figurewire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void theLegacyUnderscoreTagOfATopicIsDroppedButRealUnderscoreTopicsStay() {
        Map<String, Double> byTopic = new HashMap<>(Map.of("articles.raw", 5.0, "articles_raw", 5.0, "my_topic", 2.0,
                "claims.killed\u00000", 1.0, "claims_killed\u00000", 1.0));
        PrometheusText.dropLegacyNames(byTopic);
        assertThat(byTopic).containsOnlyKeys("articles.raw", "my_topic", "claims.killed\u00000");
    }
}
