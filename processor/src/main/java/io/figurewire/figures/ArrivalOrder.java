package io.figurewire.figures;

import java.util.HexFormat;

/**
 * The order in which records are applied (paragraphs to dedup, reports to the table): by their
 * article's arrival at figurewire, then publication time, article id, record key (routing key
 * or metric) and reading order. Encoded as a string
 * key whose natural (byte) order is that order, so that a sorted store holding reports that are
 * waiting is read in it. Arrival first is what makes "stale" mean "the article arrived after a
 * newer report", whatever order its paragraphs reached the figures stage in.
 *
 * @param arrival   epoch millis the article reached figurewire (its ingest time)
 * @param published epoch millis of publication (the record timestamp)
 * @param recordKey the record's key: a paragraph's routing key, a claim's metric
 * @param paragraph the paragraph index
 * @param position  a claim's offset in its paragraph (0 for a paragraph)
 */
public record ArrivalOrder(long arrival, long published, String articleId, String recordKey, int paragraph, int position) {

    /** Below every character of an id or a metric, so "a" sorts before "a-b" as strings do. */
    private static final char SEPARATOR = '\u0001';

    /** Zero-padded lower-case hex, as {@code %016x} and {@code %08x} wrote it (String.format cost ~5 % of the stream thread). */
    private static final HexFormat HEX = HexFormat.of();

    public String encoded() {
        return sortable(arrival) + SEPARATOR + sortable(published) + SEPARATOR + safe(articleId) + SEPARATOR + safe(recordKey)
                + SEPARATOR + HEX.toHexDigits(paragraph) + SEPARATOR + HEX.toHexDigits(position);
    }

    public static ArrivalOrder ofEncoded(String key) {
        String[] parts = key.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("not an arrival-order key: " + key.replace(SEPARATOR, '|'));
        }
        return new ArrivalOrder(unsortable(parts[0]), unsortable(parts[1]), parts[2], parts[3],
                Integer.parseUnsignedInt(parts[4], 16), Integer.parseUnsignedInt(parts[5], 16));
    }

    /** Both are of one article and one record key (for claims: one article's reports of one metric). */
    public boolean sameReport(ArrivalOrder other) {
        return articleId.equals(other.articleId) && recordKey.equals(other.recordKey);
    }

    /** Ids come from the input: one holding the separator must not make a key unreadable. */
    private static String safe(String part) {
        return part.replace(SEPARATOR, '\uFFFD');
    }

    /** Hex of the value with its sign bit flipped: string order is numeric order, negatives included. */
    private static String sortable(long v) {
        return HEX.toHexDigits(v ^ Long.MIN_VALUE);
    }

    private static long unsortable(String hex) {
        return Long.parseUnsignedLong(hex, 16) ^ Long.MIN_VALUE;
    }
}
