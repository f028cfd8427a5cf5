package io.figurewire.stages;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.RawArticle;
import io.figurewire.text.ParagraphSignature;
import io.figurewire.text.SightingIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The processor's cleaning and dedup without a broker, for {@code extract}: the same preparer,
 * the same verdicts and the same gathering, with sightings in a {@link SightingIndex} instead of a
 * window store. The index remembers every article read, which suits a file (bounded input) and not a stream.
 */
public final class OfflineDedup {

    /** One article's outcome: the reader's copy and the paragraphs kept for extraction. */
    public record Result(CleanArticle clean, List<Paragraph> kept) {
    }

    private final ArticlePreparer preparer;
    private final SightingIndex sightings = new SightingIndex();

    public OfflineDedup(ArticlePreparer preparer) {
        this.preparer = preparer;
    }

    /** @throws io.figurewire.schemas.InvalidArticleException for an article that cannot be processed */
    public Result process(RawArticle raw) {
        PreparedArticle prepared = preparer.prepare(raw);
        List<Paragraph> verdicts = new ArrayList<>();
        List<Paragraph> kept = new ArrayList<>();
        for (Paragraph p : prepared.paragraphs()) {
            ParagraphSignature signature = ParagraphSignature.of(p.getText());
            String routingKey = signature.nearKey();
            ParagraphVerdicts.Decision decision = ParagraphVerdicts.decide(signature, p, sightings.candidates(routingKey, signature));
            verdicts.add(decision.verdict());
            if (decision.kept()) {
                sightings.remember(routingKey, signature, decision.remember());
                kept.add(decision.verdict());
            }
        }
        return new Result(CleanArticleAssembly.assemble(prepared.clean(), verdicts), List.copyOf(kept));
    }
}
