package io.figurewire.extract;

/**
 * One quantitative claim in one sentence. A range has low/high and a null value; a single
 * figure has a value and null low/high.
 *
 * @param spanStart start of {@code text} within {@code sentence}
 * @param spanEnd   end (exclusive) of {@code text} within {@code sentence}
 * @param metric    stable key: count type + where/whom + optional "@period", e.g. killed/gaza
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
        ClaimRole role) {
}
