package io.figurewire.stages;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.RawArticle;
import io.figurewire.text.CrossArticleDedup.Sighting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The processor's cleaning and dedup without a broker, for {@code extract}: the same preparer,
 * the same verdicts and the same gathering, with sightings in a map instead of a window store.
 * The map remembers every article read, which suits a file (bounded input) and not a stream.
 */
public final class OfflineDedup {

    /** One article's outcome: the reader's copy and the paragraphs kept for extraction. */
    public record Result(CleanArticle clean, List<Paragraph> kept) {
    }

    private final ArticlePreparer preparer;
    private final Map<String, List<Sighting>> sightings = new HashMap<>();

    public OfflineDedup(ArticlePreparer preparer) {
        this.preparer = preparer;
    }

    /** @throws io.figurewire.schemas.InvalidArticleException for an article that cannot be processed */
    public Result process(RawArticle raw) {
        PreparedArticle prepared = preparer.prepare(raw);
        List<Paragraph> verdicts = new ArrayList<>();
        List<Paragraph> kept = new ArrayList<>();
        for (Paragraph p : prepared.paragraphs()) {
            List<Sighting> earlier = sightings.computeIfAbsent(ParagraphVerdicts.routingKey(p), k -> new ArrayList<>());
            ParagraphVerdicts.Decision decision = ParagraphVerdicts.decide(p, earlier);
            verdicts.add(decision.verdict());
            if (decision.kept()) {
                earlier.add(decision.remember());
                kept.add(decision.verdict());
            }
        }
        return new Result(CleanArticleAssembly.assemble(prepared.clean(), verdicts), List.copyOf(kept));
    }
}
