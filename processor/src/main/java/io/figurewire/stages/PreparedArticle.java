package io.figurewire.stages;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import java.util.List;

/** An article after cleaning and within-article dedup: the reader's copy and its paragraphs to route. */
public record PreparedArticle(CleanArticle clean, List<Paragraph> paragraphs) {
}
