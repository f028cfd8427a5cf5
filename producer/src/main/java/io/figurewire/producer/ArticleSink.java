package io.figurewire.producer;

import io.figurewire.records.RawArticle;
import java.util.concurrent.CompletableFuture;

/**
 * Where read articles go. {@link ArticlePublisher} sends them to Kafka; tests use a list. The
 * future completes when the article is acknowledged, so a poller only counts an article as
 * delivered once it is.
 */
public interface ArticleSink {

    CompletableFuture<Void> publish(RawArticle article);

    /** Waits until every article handed over so far is acknowledged or has failed. */
    void flush();
}
