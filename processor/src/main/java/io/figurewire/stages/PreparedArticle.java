package io.figurewire.stages;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.text.ParagraphSignature;
import java.util.List;

/**
 * An article after cleaning and within-article dedup: the reader's copy and its paragraphs to
 * route, each with the signature within-article dedup computed already: its routing key
 * ({@link ParagraphVerdicts#routingKey}) says where it goes, and dedup judges it by the same
 * signature rather than computing it again.
 */
public record PreparedArticle(CleanArticle clean, List<Paragraph> paragraphs, List<ParagraphSignature> signatures) {

    public PreparedArticle {
        if (paragraphs.size() != signatures.size()) {
            throw new IllegalArgumentException(paragraphs.size() + " paragraphs but " + signatures.size() + " signatures");
        }
    }

    /** Each paragraph's routing key, in order. */
    public List<String> routingKeys() {
        return signatures.stream().map(ParagraphSignature::nearKey).toList();
    }
}
