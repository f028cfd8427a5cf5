package io.figurewire.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.figurewire.testing.SharedFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    final ArticleCleaner cleaner = ArticleCleaner.withDefaultRules();

    @Test
    void removesBoilerplateLinesAndCountsThemByReason() {
        String body = String.join("\n",
                "Home",
                "By Ana Ruiz and Tom Kerr",
                "MADRID (Wire) - Floods killed at least 14 people in eastern Spain on Tuesday, officials said.",
                "",
                "Photo by Jan Vos/EPA",
                "Rescuers used boats to reach 300 stranded residents.",
                "Share this article",
                "\u00a9 2026 Example Wire. All rights reserved.",
                "Comments");
        CleanedText cleaned = cleaner.clean(body);
        assertThat(cleaned.paragraphs()).containsExactly(
                "MADRID (Wire) - Floods killed at least 14 people in eastern Spain on Tuesday, officials said.",
                "Rescuers used boats to reach 300 stranded residents.");
        assertThat(cleaned.removedByReason()).containsEntry("navigation", 1).containsEntry("byline", 1)
                .containsEntry("photo-credit", 1).containsEntry("share", 1).containsEntry("copyright", 1)
                .containsEntry("comments", 1);
        assertThat(cleaned.removedBoilerplate()).isEqualTo(6);
    }

    /** Plain-text wires wrapped at a fixed width break sentences across lines: a line that carries one on is joined. */
    @Test
    void aSentenceHardWrappedAcrossLinesIsOneParagraph() {
        CleanedText cleaned = cleaner.clean(String.join("\n",
                "Floods swept through the valley town overnight, and officials said 41",
                "people were killed and more than 200 were still missing on Tuesday,",
                "according to the regional governor.",
                "",
                "Rescue teams reached the upper villages by boat."));
        assertThat(cleaned.paragraphs()).containsExactly(
                "Floods swept through the valley town overnight, and officials said 41 people were killed and more than 200 were "
                        + "still missing on Tuesday, according to the regional governor.",
                "Rescue teams reached the upper villages by boat.");
    }

    @Test
    void linesThatEndASentenceOrStartACapitalisedOneStayApart() {
        CleanedText cleaned = cleaner.clean(String.join("\n",
                "Dam burst kills 41 in the valley town as the river breaks its banks",
                "Floods swept through the valley town overnight, officials said.",
                "officials gave no figure for the missing in the upper villages",
                "",
                "rescue teams reached the upper villages by boat."));
        assertThat(cleaned.paragraphs()).as("a capital, a full stop and a blank line each end a paragraph").containsExactly(
                "Dam burst kills 41 in the valley town as the river breaks its banks",
                "Floods swept through the valley town overnight, officials said.",
                "officials gave no figure for the missing in the upper villages",
                "rescue teams reached the upper villages by boat.");
    }

    /** A byline, a credit or a headline is shorter than any wrap width: the lower-case line after it is not its tail. */
    @Test
    void aShortLineOrABoilerplateLineIsNeverContinued() {
        CleanedText cleaned = cleaner.clean(String.join("\n",
                "By Delta Staff",
                "quorvanic delmari tessel upon the outer ridge, as the night came on",
                "Night falls on the ridge",
                "quorvanic delmari tessel upon the outer ridge, as the night came on",
                "Follow us on Twitter for the latest updates on this story and more",
                "people were killed in the valley town, the regional governor said."));
        assertThat(cleaned.paragraphs()).as("the byline is removed before joining, the short line stays apart, "
                        + "and the boilerplate line is removed and joins nothing")
                .containsExactly("quorvanic delmari tessel upon the outer ridge, as the night came on",
                        "Night falls on the ridge",
                        "quorvanic delmari tessel upon the outer ridge, as the night came on",
                        "people were killed in the valley town, the regional governor said.");
    }

    @Test
    void aRelatedStoriesMarkerCutsEverythingAfterIt() {
        CleanedText cleaned = cleaner.clean(String.join("\n",
                "The fire destroyed 40 homes, the mayor said.",
                "More from Example Wire",
                "Storm leaves 3 dead in the north",
                "Markets fall 2% on rate fears"));
        assertThat(cleaned.paragraphs()).containsExactly("The fire destroyed 40 homes, the mayor said.");
        assertThat(cleaned.removedByReason()).containsEntry("related-stories", 3);
    }

    /** A scraped page can open on its menus: a tail marker above the article's first line is a menu item, not a tail. */
    @Test
    void aRelatedStoriesMarkerBeforeAnyArticleTextDropsOnlyItself() {
        CleanedText cleaned = cleaner.clean(String.join("\n",
                "Most read",
                "The fire destroyed 40 homes, the mayor said.",
                "Most popular",
                "Storm leaves 3 dead in the north"));
        assertThat(cleaned.paragraphs()).containsExactly("The fire destroyed 40 homes, the mayor said.");
        assertThat(cleaned.removedByReason()).containsEntry("related-stories", 3);
    }

    @Test
    void theListsOfOtherStoriesEndTheArticle() {
        for (String marker : List.of("Most popular", "Most viewed", "Popular now", "Editor's picks", "Top stories")) {
            CleanedText cleaned = cleaner.clean(String.join("\n",
                    "The fire destroyed 40 homes, the mayor said.", marker, "1. Quake kills 40 in the south"));
            assertThat(cleaned.paragraphs()).as(marker).containsExactly("The fire destroyed 40 homes, the mayor said.");
        }
    }

    @Test
    void longLinesAreNeverBoilerplateEvenIfTheyStartLikeIt() {
        String sentence = "Share prices of the mining company fell sharply after 12 workers were trapped underground, "
                + "and by Thursday the regional government said rescue teams had reached the second level of the mine "
                + "where the workers were believed to be sheltering in a refuge chamber with food and water.";
        assertThat(cleaner.clean(sentence).paragraphs()).containsExactly(sentence);
    }

    @Test
    void htmlBodiesBecomeParagraphsWithoutScriptsOrNavigation() {
        String html = "<html><body><nav><a href='/'>Home</a></nav><script>var x = 99;</script>"
                + "<article><h1>Quake kills 8</h1><p>An earthquake killed 8 people.</p><p>About 120 were hurt.<br>More later.</p>"
                + "<aside>Related: 5 things to know</aside></article><footer>\u00a9 2026</footer></body></html>";
        assertThat(cleaner.clean(html).paragraphs())
                .containsExactly("Quake kills 8", "An earthquake killed 8 people.", "About 120 were hurt.", "More later.");
    }

    @Test
    void seedBoilerplateIsRemovedAndArticleTextKept() {
        List<JsonNode> seeds = SharedFiles.jsonLines(SharedFiles.require("seeds/articles.jsonl"));
        JsonNode facts = SharedFiles.json(SharedFiles.require("eval/seeds.paragraphs.json"));
        Map<String, List<String>> kept = new HashMap<>();
        for (JsonNode seed : seeds) {
            kept.put(seed.get("id").asText(), cleaner.clean(seed.get("body").asText()).paragraphs());
        }
        facts.get("boilerplate_examples").fields().forEachRemaining(e -> {
            for (JsonNode example : e.getValue()) {
                String line = example.asText();
                // "(and every related story after it)" and "..." mark a description, not the literal line
                String literal = line.replaceAll(" \\(.*\\)$", "").replace(" ...", "").replace("...", "");
                assertThat(kept.get(e.getKey())).as("%s still has boilerplate %s", e.getKey(), line)
                        .noneMatch(p -> p.equals(literal) || (literal.length() > 12 && p.startsWith(literal)));
            }
        });
        // the article text around the boilerplate survives
        assertThat(kept.get("seed-004")).anyMatch(p -> p.contains("57,000"));
        assertThat(kept.get("seed-003")).noneMatch(p -> p.contains("70%"));
        int seed000 = ArticleParagraphs.of(kept.get("seed-000")).kept().size();
        JsonNode expected = facts.get("expected_counts").get("seed-000");
        assertThat(kept.get("seed-000")).hasSize(expected.get("paragraphs").asInt());
        assertThat(seed000).isEqualTo(expected.get("unique").asInt());
    }

    /** The line tidying without regexes on most lines gives what the two regexes gave, on lines made of every kind of space. */
    @Test
    void aLineIsTidiedAsTheTwoRegexesTidiedIt() {
        Pattern heading = Pattern.compile("^#{1,6}\\s+");
        Pattern spaces = Pattern.compile("[\\s\u00a0\u2007\u202f]+");
        String[] parts = {"a", "Kelmor", "12", ".", "#", "##", " ", "  ", "\t", "\u000b", "\f", "\r", "\u00a0", "\u2007",
            "\u202f", "\u2003", "\u001c", "\u3000", "\u00e9"};
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int p = random.nextInt(9); p >= 0; p--) {
                line.append(parts[random.nextInt(parts.length)]);
            }
            String raw = line.toString();
            String was = spaces.matcher(heading.matcher(raw.strip()).replaceFirst("")).replaceAll(" ").strip();
            assertThat(ArticleCleaner.tidied(raw)).as("[%s]", raw).isEqualTo(was);
        }
    }
}
