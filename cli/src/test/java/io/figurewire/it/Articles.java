package io.figurewire.it;

import io.figurewire.producer.ArticlePublisher;
import io.figurewire.schemas.RawArticleJson;
import java.time.Instant;
import java.util.Map;

/** Publishing the tests' own synthetic articles, timestamped by publication like the producer does. */
final class Articles {

    private Articles() {
    }

    static void publish(String bootstrap, String topic, String id, String published, String body) {
        String json = io.figurewire.schemas.RecordJson.pretty(Map.of("id", id, "source", "Test Wire", "published", published,
                "title", "Update", "body", body));
        try (ArticlePublisher publisher = new ArticlePublisher(bootstrap, topic)) {
            publisher.publish(RawArticleJson.parse(json, Instant.now()));
            publisher.flush();
        }
    }
}
