package io.figurewire.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's paragraphs with repeats inside the article dropped: exact repeats (a title
 * repeated in the body) and near-duplicates (a caption repeated with a typo), by the same rules
 * as across articles. Indexes are positions among the paragraphs left after boilerplate
 * removal, so a kept paragraph and a dropped repeat can both be pointed at.
 */
public record ArticleParagraphs(List<Kept> kept, int paragraphCount, int repeatsWithin) {

    /** A paragraph seen for the first time in this article. */
    public record Kept(int index, String text, String fingerprint, String maskedFingerprint, ParagraphSignature signature) {
    }

    private static final int COMPARE_ALL_UP_TO = 500;

    public static ArticleParagraphs of(List<String> paragraphs) {
        List<Kept> kept = new ArrayList<>();
        List<CrossArticleDedup.Sighting> all = new ArrayList<>();
        Map<String, List<CrossArticleDedup.Sighting>> byKey = new HashMap<>();
        int repeats = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            String normalized = ParagraphNormalizer.normalize(text);
            String masked = ParagraphNormalizer.maskNumbers(normalized);
            ParagraphSignature signature = ParagraphSignature.of(normalized, masked);
            List<CrossArticleDedup.Sighting> sameKey = byKey.computeIfAbsent(signature.nearKey(), k -> new ArrayList<>());
            // No routing inside one article: compare with every earlier paragraph, so a typo in the
            // lead words is caught too, except in outsized bodies where that would be quadratic.
            List<CrossArticleDedup.Sighting> earlier = all.size() <= COMPARE_ALL_UP_TO ? all : sameKey;
            if (CrossArticleDedup.judge(signature, earlier).outcome() == CrossArticleDedup.Outcome.DUPLICATE) {
                repeats++;
                continue;
            }
            CrossArticleDedup.Sighting sighting = CrossArticleDedup.Sighting.of(signature, "", i);
            all.add(sighting);
            sameKey.add(sighting);
            kept.add(new Kept(i, text, signature.fingerprint(), Fingerprints.ofMaskedForm(masked), signature));
        }
        return new ArticleParagraphs(List.copyOf(kept), paragraphs.size(), repeats);
    }

    public List<String> keptTexts() {
        return kept.stream().map(Kept::text).toList();
    }
}
