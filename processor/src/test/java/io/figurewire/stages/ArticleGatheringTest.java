package io.figurewire.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.records.CleanArticle;
import io.figurewire.records.GatheringArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.records.ParagraphRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleGatheringTest {

    static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    static CleanArticle shell(String... paragraphs) {
        return CleanArticle.newBuilder().setId("a").setSource("src").setUrl(null).setTitle("t").setPublished(T0).setReceived(T0)
                .setLanguage(null).setParagraphs(List.of(paragraphs)).setRemovedBoilerplate(0).setRemovedRepeatsWithin(0)
                .setRemovedRepeatsAcross(0).setBoilerplateByReason(Map.of()).build();
    }

    static Paragraph verdict(int index, String text, boolean dropped) {
        return Paragraph.newBuilder().setArticleId("a").setIndex(index).setParagraphCount(3).setText(text)
                .setFingerprint("f" + index).setMaskedFingerprint("m" + index)
                .setDuplicateOf(dropped ? ParagraphRef.newBuilder().setArticleId("b").setIndex(0).build() : null)
                .setRevisionOf(null).setTitle("t").setSource("src").setUrl(null).setPublished(T0).setLocation(null).build();
    }

    static ParagraphBatch batch(Paragraph... verdicts) {
        return new ParagraphBatch("a", List.of(verdicts), null, null);
    }

    @Test
    void theSameArticleComesOutWhateverOrderItsPartsCameIn() {
        CleanArticle shell = shell("one", "two", "three");
        ParagraphBatch first = batch(verdict(0, "one", false), verdict(2, "three", true));
        ParagraphBatch second = batch(verdict(1, "two", false));
        GatheringArticle shellFirst = ArticleGathering.withVerdicts(
                ArticleGathering.withVerdicts(ArticleGathering.withShell(null, shell), first), second);
        GatheringArticle shellLast = ArticleGathering.withShell(
                ArticleGathering.withVerdicts(ArticleGathering.withVerdicts(null, second), first), shell);
        assertThat(ArticleGathering.complete(shellFirst)).isTrue();
        assertThat(ArticleGathering.complete(shellLast)).isTrue();
        CleanArticle expected = CleanArticleAssembly.assemble(shell, List.of(verdict(0, "one", false), verdict(2, "three", true),
                verdict(1, "two", false)));
        assertThat(ArticleGathering.assemble("a", shellFirst, T0)).isEqualTo(expected);
        assertThat(ArticleGathering.assemble("a", shellLast, T0)).isEqualTo(expected);
        assertThat(expected.getParagraphs()).containsExactly("one", "two");
        assertThat(expected.getRemovedRepeatsAcross()).isEqualTo(1);
    }

    @Test
    void aBatchTakenInOnceIsKnownAgainAndTheCountWaitsForTheRest() {
        ParagraphBatch first = batch(verdict(0, "one", false));
        GatheringArticle entry = ArticleGathering.withVerdicts(ArticleGathering.withShell(null, shell("one", "two")), first);
        assertThat(ArticleGathering.has(entry, first)).isTrue();
        assertThat(ArticleGathering.has(entry, batch(verdict(1, "two", false)))).isFalse();
        assertThat(ArticleGathering.complete(entry)).isFalse();
        assertThat(ArticleGathering.assemble("a", entry, T0).getParagraphs()).as("a missing verdict keeps its paragraph")
                .containsExactly("one", "two");
    }

    @Test
    void withoutItsShellAnArticleIsWhatItsVerdictsSay() {
        GatheringArticle entry = ArticleGathering.withVerdicts(null, batch(verdict(1, "two", false), verdict(0, "one", true)));
        assertThat(ArticleGathering.complete(entry)).isFalse();
        CleanArticle partial = ArticleGathering.assemble("a", entry, T0.plusSeconds(600));
        assertThat(partial.getParagraphs()).containsExactly("two");
        assertThat(partial.getRemovedRepeatsAcross()).isEqualTo(1);
        assertThat(partial.getReceived()).isEqualTo(T0.plusSeconds(600));
    }
}
