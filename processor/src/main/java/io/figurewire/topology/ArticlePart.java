package io.figurewire.topology;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.ParagraphBatch;

/**
 * What the gather step receives for an article: its shell or one batch of paragraph verdicts. In
 * memory only (both arrive through their own repartition topic with their own serde), so it
 * needs no schema.
 */
record ArticlePart(CleanArticle shell, ParagraphBatch verdicts) {

    static ArticlePart shell(CleanArticle shell) {
        return new ArticlePart(shell, null);
    }

    static ArticlePart verdicts(ParagraphBatch verdicts) {
        return new ArticlePart(null, verdicts);
    }
}
