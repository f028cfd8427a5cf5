package io.figurewire.extract;

/**
 * One quantitative claim in one sentence. A range has low/high and a null value; a single
 * figure has a value and null low/high.
 *
 * @param spanStart start of {@code text} within {@code sentence}
 * @param spanEnd   end (exclusive) of {@code text} within {@code sentence}
 * @param metric    stable key: count type + where/whom + optional "@period", e.g. killed/gaza
 * @param placePath when the key is the article's anchor's: the anchor and the places above it,
 *                  country first, as slugs; else null (see KeyPaths)
 */
public record ExtractedClaim(
        int paragraphIndex,
        String sentence,
        int spanStart,
        int spanEnd,
        String text,
        String metric,
        ClaimKind kind,
        String countType,
        Double value,
        Double low,
        Double high,
        Qualifier qualifier,
        String subject,
        String location,
        String period,
        String attribution,
        ClaimRole role,
        java.util.List<String> placePath) {
}
