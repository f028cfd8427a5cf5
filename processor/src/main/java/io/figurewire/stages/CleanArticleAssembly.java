package io.figurewire.stages;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers an article back from its paragraph verdicts. The shell is the article after cleaning
 * and within-article dedup (from {@link ArticlePreparer}): its paragraphs are exactly the ones
 * that were sent for a verdict, so it is complete when it has one verdict per paragraph. An
 * article with no paragraph left needs no verdict at all.
 */
public final class CleanArticleAssembly {

    private CleanArticleAssembly() {
    }

    public static boolean complete(CleanArticle shell, int verdicts) {
        return verdicts >= shell.getParagraphs().size();
    }

    /**
     * The reader's copy: the shell's paragraphs minus those dropped as cross-article repeats.
     * With verdicts missing (a timeout), their paragraphs stay in: a repeat shown is better than
     * a paragraph lost.
     */
    public static CleanArticle assemble(CleanArticle shell, Collection<Paragraph> verdicts) {
        return withoutDropped(shell, droppedTexts(verdicts));
    }

    /** The texts of the verdicts that dropped their paragraph, in the order given. */
    public static List<String> droppedTexts(Collection<Paragraph> verdicts) {
        List<String> out = new ArrayList<>();
        for (Paragraph v : verdicts) {
            if (ParagraphVerdicts.dropped(v)) {
                out.add(v.getText());
            }
        }
        return out;
    }

    /** As {@link #assemble}, from the texts of the dropped paragraphs only (one entry per verdict). */
    public static CleanArticle withoutDropped(CleanArticle shell, Collection<String> dropped) {
        Map<String, Integer> droppedTexts = new HashMap<>();
        for (String text : dropped) {
            droppedTexts.merge(text, 1, Integer::sum);
        }
        List<String> kept = new ArrayList<>();
        for (String text : shell.getParagraphs()) {
            Integer left = droppedTexts.get(text);
            if (left != null && left > 0) {
                droppedTexts.put(text, left - 1);
            } else {
                kept.add(text);
            }
        }
        return CleanArticle.newBuilder(shell).setParagraphs(kept).setRemovedRepeatsAcross(dropped.size()).build();
    }

    /** An article whose shell never came (only after a timeout): what the verdicts say, in order. */
    public static CleanArticle fromVerdictsOnly(String articleId, Collection<Paragraph> verdicts, Instant received) {
        List<Paragraph> ordered = verdicts.stream().sorted(Comparator.comparingInt(Paragraph::getIndex)).toList();
        Paragraph any = ordered.isEmpty() ? null : ordered.get(0);
        return CleanArticle.newBuilder()
                .setId(articleId)
                .setSource(any == null ? null : any.getSource()).setUrl(any == null ? null : any.getUrl())
                .setTitle(any == null ? null : any.getTitle()).setPublished(any == null ? null : any.getPublished())
                .setReceived(received).setLanguage(null)
                .setParagraphs(ordered.stream().filter(v -> !ParagraphVerdicts.dropped(v)).map(Paragraph::getText).toList())
                .setRemovedBoilerplate(0).setRemovedRepeatsWithin(0)
                .setRemovedRepeatsAcross((int) ordered.stream().filter(ParagraphVerdicts::dropped).count())
                .setBoilerplateByReason(Map.of())
                .build();
    }
}
