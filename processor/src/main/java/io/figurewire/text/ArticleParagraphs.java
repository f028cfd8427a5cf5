package io.figurewire.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's paragraphs with repeats inside the article dropped. Indexes are positions among
 * the paragraphs left after boilerplate removal, so a kept paragraph and a dropped repeat can
 * both be pointed at.
 */
public record ArticleParagraphs(List<Kept> kept, int paragraphCount, int repeatsWithin) {

    /** A paragraph seen for the first time in this article. */
    public record Kept(int index, String text, String fingerprint, String maskedFingerprint) {
    }

    public static ArticleParagraphs of(List<String> paragraphs) {
        List<Kept> kept = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        int repeats = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            String fingerprint = Fingerprints.exact(text);
            if (firstIndex.putIfAbsent(fingerprint, i) != null) {
                repeats++;
                continue;
            }
            kept.add(new Kept(i, text, fingerprint, Fingerprints.masked(text)));
        }
        return new ArticleParagraphs(List.copyOf(kept), paragraphs.size(), repeats);
    }

    public List<String> keptTexts() {
        return kept.stream().map(Kept::text).toList();
    }
}
