package io.figurewire.extract;

import java.util.List;

/**
 * Finds the quantitative claims in one paragraph of news text. Pure logic: no Kafka types,
 * safe on untrusted input (linear-time matching, size caps, never throws).
 */
public final class ClaimExtractor {

    public static ClaimExtractor withDefaultLexicon() {
        return new ClaimExtractor();
    }

    /** Claims in reading order; never throws, returns fewer claims on input it cannot read. */
    public List<ExtractedClaim> extract(String paragraph, int paragraphIndex, ArticleContext context) {
        throw new UnsupportedOperationException("placeholder until the extractor lands");
    }

    /** The article's main place from its title and first paragraphs, or null. */
    public String mainLocation(String title, List<String> leadParagraphs) {
        throw new UnsupportedOperationException("placeholder until the extractor lands");
    }
}
