package io.figurewire.extract;

import java.time.Instant;

/**
 * What extraction knows about the article a paragraph came from. Paragraphs travel alone
 * (they are routed by fingerprint), so this context travels with each one.
 *
 * @param location the article's main place (from dateline, title or lede), used when a
 *                 sentence names none; may be null
 */
public record ArticleContext(String articleId, String title, String source, String url,
                             Instant published, String location) {

    public static ArticleContext of(String articleId) {
        return new ArticleContext(articleId, null, null, null, null, null);
    }
}
