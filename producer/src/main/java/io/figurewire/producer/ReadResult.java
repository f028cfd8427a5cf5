package io.figurewire.producer;

import io.figurewire.records.RawArticle;

/** One item read from input: an article, or a rejection saying where and why. */
public sealed interface ReadResult {

    /** file:line, file, or "stdin:line" */
    String where();

    record Article(String where, RawArticle article) implements ReadResult {
    }

    record Rejected(String where, String reason) implements ReadResult {
    }
}
