package io.figurewire.producer;

import io.figurewire.records.RawArticle;

/** One item read from input: an article, or a rejection saying where and why. */
public sealed interface ReadResult {

    /** file:line, file, or "stdin:line" */
    String where();

    /** @param warning what was changed to make the article sendable (an implausible date), or null */
    record Article(String where, RawArticle article, String warning) implements ReadResult {
        public Article(String where, RawArticle article) {
            this(where, article, null);
        }
    }

    record Rejected(String where, String reason) implements ReadResult {
    }
}
