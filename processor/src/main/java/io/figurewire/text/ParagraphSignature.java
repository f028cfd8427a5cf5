package io.figurewire.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything dedup compares about a paragraph, computed once.
 *
 * <ul>
 * <li>{@code fingerprint}: the exact form (see {@link Fingerprints#exact});</li>
 * <li>{@code skeleton}: the words only: normalised, numbers masked as '#', punctuation gone (dots
 * and apostrophes join rather than split: "U.S." → "us", "don't" → "dont")
 * ("U.S." = "US", "killed - officials" = "killed, officials"), so punctuation, spacing and
 * case never make two paragraphs different;</li>
 * <li>{@code numbers}: the paragraph's numbers in order, separators dropped ("57,338" =
 * "57338"): same wording with other numbers is a revision, not a repeat;</li>
 * <li>{@code simHash}: of the skeleton's word bigrams, for near-duplicate candidates;</li>
 * <li>{@code nearKey}: the routing key, see {@link NearDuplicates#keyOf}.</li>
 * </ul>
 */
public record ParagraphSignature(String fingerprint, String skeleton, String numbers, long simHash, String nearKey) {

    public static ParagraphSignature of(String text) {
        String normalized = ParagraphNormalizer.normalize(text);
        return of(normalized, ParagraphNormalizer.maskNumbers(normalized));
    }

    /**
     * The signature from a paragraph's two comparison forms, for a caller that needs the masked form
     * too ({@link ArticleParagraphs} hashes it): NFKC and masking are the costly part, done once.
     */
    static ParagraphSignature of(String normalized, String masked) {
        List<String> words = words(masked);
        String skeleton = String.join(" ", words);
        return new ParagraphSignature(Fingerprints.hashOf(normalized), skeleton, numbers(normalized), SimHash.of(words),
                NearDuplicates.keyOf(words));
    }

    public int wordCount() {
        return skeleton.isEmpty() ? 0 : skeleton.split(" ").length;
    }

    /**
     * A plain scan rather than regexes: this runs for every paragraph, twice. A word is a run of
     * word characters, with dots and apostrophes inside it dropped; most words have none, so a
     * word is cut out of the text whole rather than built a character at a time (appending each
     * character was 3 % of the stream thread, issue 12).
     */
    static List<String> words(String masked) {
        List<String> out = new ArrayList<>();
        int start = -1;
        boolean joined = false;
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '.' || c == '\'') {
                joined |= start >= 0;
            } else if (isWordChar(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(word(masked, start, i, joined));
                start = -1;
                joined = false;
            }
        }
        if (start >= 0) {
            out.add(word(masked, start, masked.length(), joined));
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetter(c) || c == '#') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The word from {@code start} (a word character) to {@code end}, without the dots and apostrophes in it when {@code joined}. */
    private static String word(String masked, int start, int end, boolean joined) {
        if (!joined) {
            return masked.substring(start, end);
        }
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = masked.charAt(i);
            if (c != '.' && c != '\'') {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String numbers(String normalized) {
        return NumberRuns.digits(normalized);
    }
}
