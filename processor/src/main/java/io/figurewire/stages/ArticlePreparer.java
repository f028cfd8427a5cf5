package io.figurewire.stages;

import io.figurewire.extract.ClaimExtractor;
import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.InvalidArticleException;
import io.figurewire.schemas.RawArticleJson;
import io.figurewire.text.ArticleCleaner;
import io.figurewire.text.ArticleParagraphs;
import io.figurewire.text.CleanedText;
import io.figurewire.text.ParagraphSignature;
import io.figurewire.text.TextLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * The first stage: boilerplate out, paragraphs split, repeats within the article dropped.
 * Each paragraph leaves with the article context that extraction needs, because paragraphs
 * are routed by fingerprint and travel apart from their article. Shared by the topology and
 * the offline {@code extract} command so both give the same answer.
 */
public final class ArticlePreparer {

    /** Paragraphs read for the article's anchor: a dateline may follow a repeated title and a caption. */
    private static final int LEAD_PARAGRAPHS = 5;

    private final ArticleCleaner cleaner;
    private final ClaimExtractor extractor;

    public ArticlePreparer(ArticleCleaner cleaner, ClaimExtractor extractor) {
        this.cleaner = cleaner;
        this.extractor = extractor;
    }

    /** @throws InvalidArticleException for an article that cannot be processed (empty, over a {@link TextLimits} limit) */
    public PreparedArticle prepare(RawArticle raw) {
        if (raw == null) {
            throw new InvalidArticleException("null article value (a tombstone on articles.raw?)");
        }
        RawArticleJson.checkBody(raw.getBody());
        CleanedText cleaned;
        try {
            cleaned = cleaner.clean(raw.getBody());
        } catch (TextLimits.ExceededException e) {
            throw new InvalidArticleException(e.getMessage());
        }
        ArticleParagraphs paragraphs = ArticleParagraphs.of(cleaned.paragraphs());
        List<String> texts = paragraphs.keptTexts();
        String location = extractor.mainLocation(raw.getTitle(), texts.subList(0, Math.min(LEAD_PARAGRAPHS, texts.size())));

        CleanArticle clean = CleanArticle.newBuilder()
                .setId(raw.getId()).setSource(raw.getSource()).setUrl(raw.getUrl()).setTitle(raw.getTitle())
                .setPublished(raw.getPublished()).setReceived(raw.getReceived()).setLanguage(raw.getLanguage())
                .setParagraphs(texts)
                .setRemovedBoilerplate(cleaned.removedBoilerplate())
                .setRemovedRepeatsWithin(paragraphs.repeatsWithin())
                .setRemovedRepeatsAcross(0)
                .setBoilerplateByReason(cleaned.removedByReason())
                .build();

        List<Paragraph> out = new ArrayList<>(paragraphs.kept().size());
        List<ParagraphSignature> signatures = new ArrayList<>(paragraphs.kept().size());
        for (ArticleParagraphs.Kept kept : paragraphs.kept()) {
            out.add(Paragraph.newBuilder()
                    .setArticleId(raw.getId()).setIndex(kept.index()).setParagraphCount(paragraphs.paragraphCount())
                    .setText(kept.text()).setFingerprint(kept.fingerprint()).setMaskedFingerprint(kept.maskedFingerprint())
                    .setDuplicateOf(null).setRevisionOf(null)
                    .setTitle(raw.getTitle()).setSource(raw.getSource()).setUrl(raw.getUrl())
                    .setPublished(raw.getPublished()).setLocation(location).setReceived(raw.getReceived())
                    .build());
            signatures.add(kept.signature());
        }
        return new PreparedArticle(clean, List.copyOf(out), List.copyOf(signatures));
    }
}
