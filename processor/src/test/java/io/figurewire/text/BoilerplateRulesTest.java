package io.figurewire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of line the issue lists, in the team's own example wording, and the text that must survive. */
class BoilerplateRulesTest {

    final BoilerplateRules rules = BoilerplateRules.defaults();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "By Marta Lindqvist and Omar Haddad           | byline",
        "By Priya Nair, Harbour Times                 | byline",
        "(Reporting by Lena Ortiz; Editing by Sam Bell) | credit",
        "Additional reporting by Kofi Mensah in Accra | credit",
        "Photo by Ines Duarte/Lusa                    | photo-credit",
        "(AP Photo/Rami Salem)                        | photo-credit",
        "AFP/Tomasz Wieczorek                         | photo-credit",
        "Published in World News                      | published-in",
        "Posted in Regional Affairs                   | published-in",
        "Comments                                     | comments",
        "12 Comments                                  | comments",
        "blog comments powered by Talkyard            | comments",
        "© 2026 Northern Ledger Media                 | copyright",
        "Copyright 2026 Coastline Radio. All rights reserved. | copyright",
        "Northwind Press Ltd. All rights reserved.    | copyright",
        "Share this story                             | share",
        "Share on Mastodon                            | share",
        "Subscribe to our morning briefing            | subscribe",
        "Sign up for breaking news alerts             | subscribe",
        "Listen to this article                       | subscribe",
        "Download the full report (PDF)               | download",
        "READ ALSO: Flood barriers fail in the delta  | related-link",
        "Read more: How the talks collapsed           | related-link",
        "Related Content                              | related-stories",
        "More from Harbour Times                      | related-stories",
        "Tuesday, March 3, 2026                       | dateline",
        "12 March 2026 14:05 GMT                      | dateline",
        "Skip to main content                         | navigation",
        "World                                        | navigation",
        "Harbour Times                                | navigation",
    })
    void removesTheLine(String line, String reason) {
        var verdict = rules.judge(line);
        assertThat(verdict).as("'%s' should be removed", line).isPresent();
        assertThat(verdict.get().reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Tuesday, 40 families had returned to the village.",
        "Share prices fell 3% after the announcement.",
        "Comments by the minister drew criticism from 12 opposition MPs.",
        "Photos showed at least 20 houses flattened by the landslide.",
        "More than 300 people were evacuated, officials said.",
        "Published figures show 1,200 people were displaced.",
    })
    void keepsArticleTextThatStartsLikeBoilerplate(String line) {
        assertThat(rules.judge(line)).as("'%s' is article text", line).isEmpty();
    }

    @Test
    void aRelatedStoriesMarkerDropsEverythingAfterIt() {
        CleanedText cleaned = new ArticleCleaner(rules).clean(String.join("\n",
                "The ferry carried 210 passengers when it ran aground, the coastguard said.",
                "Related Content",
                "Ferry operator fined after 2024 accident",
                "Harbour strike enters third day"));
        assertThat(cleaned.paragraphs()).containsExactly("The ferry carried 210 passengers when it ran aground, the coastguard said.");
        assertThat(cleaned.removedByReason()).containsEntry("related-stories", 3);
    }

    @Test
    void usersAddRulesFromAFileAndTheyAreCountedByTheirReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-rules.json");
        Files.writeString(file, """
                {"rules": [{"reason": "sponsor", "action": "drop", "pattern": "this (report|story) is brought to you by .{1,80}"}]}
                """);
        ArticleCleaner cleaner = new ArticleCleaner(BoilerplateRules.defaultsPlus(file));
        CleanedText cleaned = cleaner.clean(String.join("\n",
                "This report is brought to you by Acme Batteries",
                "Officials said 14 people were rescued.",
                "Share this story"));
        assertThat(cleaned.paragraphs()).containsExactly("Officials said 14 people were rescued.");
        assertThat(cleaned.removedByReason()).containsEntry("sponsor", 1).containsEntry("share", 1);
        assertThat(ArticleCleaner.withDefaultRules().clean("This report is brought to you by Acme Batteries").paragraphs()).hasSize(1);
    }

    @Test
    void theRulesFileOfAUserMustBeReadable(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BoilerplateRules.defaultsPlus(missing))
                .hasMessageContaining("nope.json");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Home", "World news", "World  news today", "a\tb\nc", "one\u00a0word", "x y z w", "Menu"})
    void theWordCountOfAMenuItemIsSplitsCount(String escaped) {
        String line = escaped.translateEscapes().strip();
        for (int max = 0; max <= 4; max++) {
            boolean more = line.split("\\s+").length > max;
            assertThat(BoilerplateRules.moreWordsThan(line, max)).as("%s over %d words", line, max).isEqualTo(more);
        }
    }
}
