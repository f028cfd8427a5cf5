package io.figurewire.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.extract.ClaimExtractor;
import io.figurewire.records.Paragraph;
import io.figurewire.records.RawArticle;
import io.figurewire.text.ArticleCleaner;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticlePreparerTest {

    private final ArticlePreparer preparer = new ArticlePreparer(ArticleCleaner.withDefaultRules(), ClaimExtractor.withDefaultLexicon());

    @Test
    void eachParagraphCarriesTheRoutingKeyItsTextGives() {
        RawArticle raw = RawArticle.newBuilder().setId("a1").setReceived(Instant.EPOCH)
                .setBody("At least 12 people were killed in the floods, officials said.\n\n"
                        + "At least 12 people were killed in the floods, officials said.\n\n"
                        + "Rescuers searched for 40 missing residents on Tuesday.\n\n"
                        + "The storm moved north overnight, forecasters said.")
                .build();
        PreparedArticle prepared = preparer.prepare(raw);
        assertThat(prepared.paragraphs()).hasSize(3); // the repeat within the article is gone
        assertThat(prepared.routingKeys()).hasSameSizeAs(prepared.paragraphs());
        for (int i = 0; i < prepared.paragraphs().size(); i++) {
            Paragraph p = prepared.paragraphs().get(i);
            assertThat(prepared.routingKeys().get(i)).isEqualTo(ParagraphVerdicts.routingKey(p));
        }
        assertThat(prepared.routingKeys()).doesNotHaveDuplicates();
    }
}
