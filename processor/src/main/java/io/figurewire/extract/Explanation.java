package io.figurewire.extract;

import java.util.List;

/**
 * What the extractor saw in a text, for the {@code explain} command: the sentences, every
 * number with the reason it was or was not taken as a claim, and the claims. Plain records, so
 * Jackson serialises them as they are.
 */
public record Explanation(List<SentenceView> sentences, List<NumberFinding> numbers, List<ExtractedClaim> claims) {

    /** A sentence with its character span in the input. */
    public record SentenceView(int index, int start, int end, String text) {
    }

    /**
     * One number as read: {@code start}/{@code end} are offsets in the input text;
     * {@code claim} says whether it became a claim and {@code reason} why (or why not).
     */
    public record NumberFinding(int sentence, int start, int end, String text, Double value, Double low, Double high,
                                Qualifier qualifier, ClaimKind kind, String countType, ClaimRole role,
                                boolean claim, String reason) {
    }
}
