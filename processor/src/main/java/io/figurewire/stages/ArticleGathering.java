package io.figurewire.stages;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.GatheringArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One article on its way to articles.clean as one entry ({@link GatheringArticle}) that its shell
 * and each batch of paragraph verdicts update in place: once the shell is in, a verdict is kept
 * only as the text it dropped (if it dropped one) and a count, which is all
 * {@link CleanArticleAssembly#withoutDropped} needs; verdicts that come before the shell are kept
 * whole until it does. Pure logic: the gatherer stores what these functions return.
 */
public final class ArticleGathering {

    private ArticleGathering() {
    }

    /** The entry with the article's shell in it ({@code entry}: what was stored, or null). */
    public static GatheringArticle withShell(GatheringArticle entry, CleanArticle shell) {
        if (entry == null) {
            return new GatheringArticle(shell, 0, List.of(), List.of(), List.of());
        }
        List<String> dropped = new ArrayList<>(entry.getDropped());
        dropped.addAll(CleanArticleAssembly.droppedTexts(entry.getEarly()));
        return new GatheringArticle(shell, entry.getVerdicts(), entry.getBatches(), dropped, List.of());
    }

    /** Whether the entry has taken in this batch already (a batch delivered again must not count twice). */
    public static boolean has(GatheringArticle entry, ParagraphBatch batch) {
        return entry != null && entry.getBatches().contains(firstIndex(batch));
    }

    /** The entry with one more batch of verdicts in it (a batch with paragraphs, not one {@link #has} already). */
    public static GatheringArticle withVerdicts(GatheringArticle entry, ParagraphBatch batch) {
        GatheringArticle from = entry == null ? new GatheringArticle(null, 0, List.of(), List.of(), List.of()) : entry;
        List<Integer> batches = new ArrayList<>(from.getBatches());
        batches.add(firstIndex(batch));
        List<String> dropped = from.getDropped();
        List<Paragraph> early = from.getEarly();
        if (from.getShell() != null) {
            dropped = new ArrayList<>(dropped);
            dropped.addAll(CleanArticleAssembly.droppedTexts(batch.getParagraphs()));
        } else {
            early = new ArrayList<>(early);
            early.addAll(batch.getParagraphs());
        }
        return new GatheringArticle(from.getShell(), from.getVerdicts() + batch.getParagraphs().size(), batches, dropped, early);
    }

    /** Whether the shell is in and has a verdict for every paragraph. */
    public static boolean complete(GatheringArticle entry) {
        return entry.getShell() != null && CleanArticleAssembly.complete(entry.getShell(), entry.getVerdicts());
    }

    /**
     * The reader's copy of what the entry holds: the shell without its dropped paragraphs
     * (paragraphs whose verdict is missing stay in), or, when the shell never came, what the
     * verdicts say ({@code received}: the stamp such an article gets).
     */
    public static CleanArticle assemble(String articleId, GatheringArticle entry, Instant received) {
        if (entry.getShell() != null) {
            return CleanArticleAssembly.withoutDropped(entry.getShell(), entry.getDropped());
        }
        return CleanArticleAssembly.fromVerdictsOnly(articleId, entry.getEarly(), received);
    }

    private static int firstIndex(ParagraphBatch batch) {
        return batch.getParagraphs().get(0).getIndex();
    }
}
