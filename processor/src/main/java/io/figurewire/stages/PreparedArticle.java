package io.figurewire.stages;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import java.util.List;

/**
 * An article after cleaning and within-article dedup: the reader's copy and its paragraphs to
 * route, each with its routing key ({@link ParagraphVerdicts#routingKey}), taken from the
 * signature within-article dedup computed already rather than computed again.
 */
public record PreparedArticle(CleanArticle clean, List<Paragraph> paragraphs, List<String> routingKeys) {

    public PreparedArticle {
        if (paragraphs.size() != routingKeys.size()) {
            throw new IllegalArgumentException(paragraphs.size() + " paragraphs but " + routingKeys.size() + " routing keys");
        }
    }
}
