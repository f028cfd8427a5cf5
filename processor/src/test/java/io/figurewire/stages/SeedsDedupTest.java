package io.figurewire.stages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.figurewire.extract.ClaimExtractor;
import io.figurewire.records.Claim;
import io.figurewire.records.CleanArticle;
import io.figurewire.records.RawArticle;
import io.figurewire.testing.SharedFiles;
import io.figurewire.text.ArticleCleaner;
import io.figurewire.text.ParagraphNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeds (read from ../shared at run time) through cleaning, within- and cross-article dedup, as extract --clean does. */
class SeedsDedupTest {

    static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultLexicon();
    static final Map<String, CleanArticle> CLEAN = new HashMap<>();
    static final Map<String, List<Claim>> CLAIMS = new HashMap<>();
    static final Map<String, String> BODIES = new HashMap<>();
    static JsonNode facts;

    @BeforeAll
    static void runTheSeeds() {
        List<JsonNode> seeds = SharedFiles.jsonLines(SharedFiles.require("seeds/articles.jsonl"));
        facts = SharedFiles.json(SharedFiles.require("eval/seeds.paragraphs.json"));
        OfflineDedup dedup = new OfflineDedup(new ArticlePreparer(ArticleCleaner.withDefaultRules(), EXTRACTOR));
        ClaimRecords claims = new ClaimRecords(EXTRACTOR);
        for (JsonNode seed : seeds) {
            RawArticle raw = RawArticle.newBuilder().setId(seed.get("id").asText()).setSource(seed.path("source").asText(null))
                    .setUrl(seed.path("url").asText(null)).setTitle(seed.path("title").asText(null)).setPublished(null)
                    .setReceived(Instant.EPOCH).setBody(seed.get("body").asText()).setLanguage(null).build();
            OfflineDedup.Result r = dedup.process(raw);
            CLEAN.put(raw.getId(), r.clean());
            BODIES.put(raw.getId(), raw.getBody());
            List<Claim> found = new ArrayList<>();
            r.kept().forEach(p -> found.addAll(claims.of(p)));
            CLAIMS.put(raw.getId(), found);
        }
    }

    static long copiesOf(String articleId, String described) {
        String prefix = ParagraphNormalizer.normalize(described.replaceAll(" \\(.*\\)$", "").replace(" ...", ""));
        return CLEAN.get(articleId).getParagraphs().stream().map(ParagraphNormalizer::normalize).filter(p -> p.startsWith(prefix)).count();
    }

    @Test
    void seed000sThirteenParagraphsBecomeEight() {
        JsonNode expected = facts.get("expected_counts").get("seed-000");
        CleanArticle a = CLEAN.get("seed-000");
        assertThat(a.getParagraphs()).hasSize(expected.get("unique").asInt());
        assertThat(a.getRemovedRepeatsWithin()).isEqualTo(expected.get("repeats").asInt());
        assertThat(a.getParagraphs().size() + a.getRemovedRepeatsWithin() + a.getRemovedRepeatsAcross())
                .isEqualTo(expected.get("paragraphs").asInt());
    }

    @Test
    void everyListedRepeatIsKeptOnceAtMost() {
        facts.get("duplicates_within_article").fields().forEachRemaining(e -> {
            for (JsonNode described : e.getValue()) {
                assertThat(copiesOf(e.getKey(), described.asText())).as("%s: %s", e.getKey(), described.asText()).isLessThanOrEqualTo(1);
            }
            assertThat(CLEAN.get(e.getKey()).getRemovedRepeatsWithin()).as(e.getKey()).isPositive();
        });
        // the repeated title and caption of seed-001 and seed-003 are there once, not dropped entirely
        assertThat(copiesOf("seed-003", "Smoke rises from the vicinity of the Hamad Towers area")).isEqualTo(1);
    }

    @Test
    void listedBoilerplateIsGoneAndCountedByReason() {
        facts.get("boilerplate_examples").fields().forEachRemaining(e -> {
            CleanArticle a = CLEAN.get(e.getKey());
            for (JsonNode example : e.getValue()) {
                String literal = example.asText().replaceAll(" \\(.*\\)$", "").replace(" ...", "").replace("...", "");
                assertThat(a.getParagraphs()).as("%s still has %s", e.getKey(), example.asText())
                        .noneMatch(p -> p.equals(literal) || (literal.length() > 12 && p.startsWith(literal)));
            }
            int byReason = a.getBoilerplateByReason().values().stream().mapToInt(Integer::intValue).sum();
            assertThat(byReason).isEqualTo(a.getRemovedBoilerplate()).isGreaterThanOrEqualTo(e.getValue().size());
        });
    }

    @Test
    void seed003SaysNothingFromItsRelatedStoriesTail() {
        String body = BODIES.get("seed-003");
        int marker = body.indexOf("More from GZERO Media");
        assertThat(marker).as("the seed has its related-stories marker").isPositive();
        String tail = body.substring(marker);
        assertThat(CLAIMS.get("seed-003")).noneMatch(c -> tail.contains(c.getSentence()));
        assertThat(CLEAN.get("seed-003").getBoilerplateByReason()).containsKey("related-stories");
    }

    @Test
    void theSeedsAreDifferentStoriesSoNothingIsDroppedAcrossThem() {
        // five outlets' own write-ups of the same talks: similar news, not copies of one text
        assertThat(CLEAN.values()).allMatch(a -> a.getRemovedRepeatsAcross() == 0);
    }
}
