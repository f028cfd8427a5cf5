package io.figurewire.topology;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;

/**
 * What the gather step receives for an article: its shell or one paragraph verdict. In memory
 * only (both arrive through their own repartition topic with their own serde), so it needs no
 * schema.
 */
record ArticlePart(CleanArticle shell, Paragraph verdict) {

    static ArticlePart shell(CleanArticle shell) {
        return new ArticlePart(shell, null);
    }

    static ArticlePart verdict(Paragraph verdict) {
        return new ArticlePart(null, verdict);
    }
}
