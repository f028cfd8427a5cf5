package io.figurewire.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.records.ClaimKind;
import io.figurewire.records.Figure;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Qualifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One article's reports of one metric: which one is the article's figure, and when the article contradicts itself. */
class ArticleReportsTest {

    static final Instant T = Instant.parse("2026-07-01T06:00:00Z");
    final FigureBook book = FigureBook.defaults();

    static FigureReport at(String article, int hour, int paragraph, int position, double value, Qualifier q) {
        return FigureReport.newBuilder().setValue(value).setQualifier(q).setKind(ClaimKind.count).setCountType("killed")
                .setArticleId(article).setSource("Wire").setPublished(T.plusSeconds(3600L * hour))
                .setParagraphIndex(paragraph).setPosition(position).build();
    }

    @Test
    void theLedeFigureIsTheArticlesReportWhateverOrderItsParagraphsCameIn() {
        FigureReport lede = at("a", 0, 0, 40, 41, Qualifier.at_least);
        FigureReport body = at("a", 0, 4, 10, 41, Qualifier.exact);
        FigureBook.Update u = book.apply("killed/x", null, List.of(body, lede));
        assertThat(u.figure().getCurrent()).isEqualTo(lede);
        assertThat(u.figure().getHistory()).containsExactly(lede);
        assertThat(u.figure().getReportCount()).as("one article, one report").isEqualTo(1);
        assertThat(u.figure().getFlags()).as("41 and at least 41 can both be true").isEmpty();
    }

    @Test
    void twoFiguresThatCannotBothBeTrueAreAConflictWithinTheReport() {
        Figure before = book.apply("killed/x", null, List.of(at("a", 0, 0, 0, 41, Qualifier.exact))).figure();
        FigureBook.Update u = book.apply("killed/x", before,
                List.of(at("b", 1, 3, 0, 1_400, Qualifier.exact), at("b", 1, 0, 12, 58, Qualifier.exact)));
        assertThat(u.figure().getCurrent().getValue()).isEqualTo(58.0);
        assertThat(u.figure().getFlags()).containsExactly(FigureFlags.CONFLICT_WITHIN_REPORT);
        assertThat(u.change().getFlags()).containsExactly(FigureFlags.CONFLICT_WITHIN_REPORT);
        assertThat(u.change().getFrom().getValue()).isEqualTo(41.0);
    }

    @Test
    void aLaterMentionArrivingOnItsOwnChangesNothingButIsStillJudged() {
        Figure first = book.apply("killed/x", null, List.of(at("a", 0, 0, 5, 58, Qualifier.exact))).figure();
        FigureBook.Update later = book.apply("killed/x", first, List.of(at("a", 0, 6, 5, 300, Qualifier.exact)));
        assertThat(later.changed()).isFalse();
        assertThat(later.figure().getCurrent().getValue()).isEqualTo(58.0);
        assertThat(later.figure().getReportCount()).isEqualTo(1);
        assertThat(later.figure().getFlags()).containsExactly(FigureFlags.CONFLICT_WITHIN_REPORT);
    }

    @Test
    void aLedeArrivingAfterItsBodyTakesTheArticlesPlace() {
        Figure older = book.apply("killed/x", null, List.of(at("o", -5, 0, 0, 20, Qualifier.exact))).figure();
        Figure body = book.apply("killed/x", older, List.of(at("a", 0, 6, 5, 40, Qualifier.exact))).figure();
        FigureBook.Update lede = book.apply("killed/x", body, List.of(at("a", 0, 0, 5, 58, Qualifier.exact)));
        assertThat(lede.figure().getCurrent().getValue()).isEqualTo(58.0);
        assertThat(lede.figure().getHistory()).extracting(FigureReport::getValue).containsExactly(20.0, 58.0);
        assertThat(lede.figure().getPrevious().getValue()).isEqualTo(20.0);
        assertThat(lede.change().getFrom().getValue()).isEqualTo(40.0);
        assertThat(lede.figure().getFlags()).contains(FigureFlags.CONFLICT_WITHIN_REPORT);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theRowDoesNotDependOnTheOrderOfAnArticlesReports(long seed) {
        List<FigureReport> reports = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            reports.add(at("a", 0, p, 7 * p, 100 + p, Qualifier.exact));
            reports.add(at("a", 0, p, 3, 200 + p, Qualifier.about));
        }
        Figure expected = book.apply("killed/x", null, reports).figure();
        Collections.shuffle(reports, new Random(seed));
        assertThat(book.apply("killed/x", null, reports).figure()).isEqualTo(expected);
        assertThat(expected.getCurrent().getValue()).as("paragraph 0, offset 0 comes first").isEqualTo(100.0);
    }
}
