package io.figurewire.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.extract.ClaimExtractor;
import io.figurewire.records.Claim;
import io.figurewire.records.CleanArticle;
import io.figurewire.records.Paragraph;
import io.figurewire.records.RawArticle;
import io.figurewire.text.ArticleCleaner;
import io.figurewire.text.ParagraphSignature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The team's own synthetic wire copy through cleaning and dedup (the code the topology and extract share). */
class SyndicatedWireTest {

    static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultLexicon();
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    static final List<String> AGENCY = List.of(
            "PORTO VELHO, Brazil (Wire) - Floods in the western state of Rondonia have killed at least 23 people and forced "
                    + "4,100 residents from their homes, the state civil defence agency said on Monday.",
            "Rivers rose more than two metres overnight after three days of heavy rain, cutting the main highway to the "
                    + "capital in two places.",
            "Rescue teams using boats reached 600 people stranded on rooftops in the riverside districts, the agency said.",
            "The governor declared a state of emergency and asked the federal government for helicopters and drinking water.");

    static RawArticle article(String id, String source, Instant published, List<String> lines) {
        return RawArticle.newBuilder().setId(id).setSource(source).setUrl(null).setTitle("Floods in Rondonia")
                .setPublished(published).setReceived(published).setBody(String.join("\n", lines)).setLanguage(null).build();
    }

    /** An outlet's page around the agency text: its own header, byline and footer lines. */
    static List<String> outletPage(String outlet, List<String> body) {
        List<String> lines = new ArrayList<>(List.of("Home", "World", "By " + outlet + " Staff", "Published in Americas", ""));
        body.forEach(p -> {
            lines.add(p);
            lines.add("");
        });
        lines.addAll(List.of("Share this story", "\u00a9 2026 " + outlet, "More from " + outlet,
                "Bridge collapse kills 4 in the south", "Markets rally as inflation eases"));
        return lines;
    }

    static OfflineDedup dedup() {
        return new OfflineDedup(new ArticlePreparer(ArticleCleaner.withDefaultRules(), EXTRACTOR));
    }

    @Test
    void anAgencyStorySyndicatedByFiveOutletsYieldsItsParagraphsOnce() {
        OfflineDedup dedup = dedup();
        List<String> outlets = List.of("Andes Daily", "Northern Ledger", "Harbour Times", "Coastline Radio", "Valley Post");
        // each outlet touches the copy a little: punctuation, quotes, casing of a word, a typo late in a paragraph
        List<List<String>> bodies = List.of(
                AGENCY,
                AGENCY.stream().map(p -> p.replace(" - ", " \u2014 ").replace(", the", "; the")).toList(),
                AGENCY.stream().map(p -> p.replace("state of emergency", "State of Emergency")).toList(),
                AGENCY.stream().map(p -> p.replace("helicopters", "helicopetrs").replace("districts", "distrits")).toList(),
                AGENCY.stream().map(p -> p + " ").toList());
        List<Paragraph> kept = new ArrayList<>();
        List<CleanArticle> clean = new ArrayList<>();
        for (int i = 0; i < outlets.size(); i++) {
            OfflineDedup.Result r = dedup.process(article("flood-" + i, outlets.get(i), T0.plusSeconds(600L * i), outletPage(outlets.get(i), bodies.get(i))));
            kept.addAll(r.kept());
            clean.add(r.clean());
        }
        assertThat(kept).extracting(Paragraph::getText).containsExactlyElementsOf(AGENCY);
        assertThat(kept).extracting(Paragraph::getArticleId).containsOnly("flood-0");
        assertThat(clean.get(0).getParagraphs()).containsExactlyElementsOf(AGENCY);
        for (CleanArticle copy : clean.subList(1, clean.size())) {
            assertThat(copy.getParagraphs()).as(copy.getId()).isEmpty();
            assertThat(copy.getRemovedRepeatsAcross()).as(copy.getId()).isEqualTo(AGENCY.size());
            assertThat(copy.getRemovedBoilerplate()).as(copy.getId()).isEqualTo(9);
        }
    }

    @Test
    void aReissuedStoryWithOneChangedFigureYieldsTheRevisedParagraphAndTheNewClaim() {
        OfflineDedup dedup = dedup();
        ClaimRecords claims = new ClaimRecords(EXTRACTOR);
        OfflineDedup.Result first = dedup.process(article("flood-1", "Wire", T0, AGENCY));
        List<String> reissued = new ArrayList<>(AGENCY);
        reissued.set(0, AGENCY.get(0).replace("at least 23 people", "at least 31 people"));
        OfflineDedup.Result second = dedup.process(article("flood-1-update", "Wire", T0.plusSeconds(7200), reissued));

        assertThat(second.kept()).hasSize(1);
        Paragraph revised = second.kept().get(0);
        assertThat(revised.getText()).contains("at least 31 people");
        assertThat(revised.getRevisionOf()).isNotNull();
        assertThat(revised.getRevisionOf().getArticleId()).isEqualTo("flood-1");
        assertThat(revised.getRevisionOf().getIndex()).isZero();
        assertThat(second.clean().getParagraphs()).containsExactly(reissued.get(0));
        assertThat(second.clean().getRemovedRepeatsAcross()).isEqualTo(AGENCY.size() - 1);

        List<Claim> before = claims.of(first.kept().get(0));
        List<Claim> after = claims.of(revised);
        assertThat(before).anyMatch(c -> "killed".equals(c.getCountType()) && c.getValue() == 23.0);
        assertThat(after).anyMatch(c -> "killed".equals(c.getCountType()) && c.getValue() == 31.0
                && c.getArticleId().equals("flood-1-update"));
    }

    @Test
    void anArticleWithNothingLeftAfterCleaningStillHasItsCleanArticle() {
        OfflineDedup.Result r = dedup().process(article("empty", "Wire", T0, List.of("Home", "Share this story", "\u00a9 2026 Wire")));
        assertThat(r.clean().getParagraphs()).isEmpty();
        assertThat(r.clean().getRemovedBoilerplate()).isEqualTo(3);
        assertThat(r.kept()).isEmpty();
    }

    /** Variants of a base paragraph that are all "the same paragraph" to a reader. */
    static String variant(String base, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> base;
            case 1 -> base.toUpperCase(Locale.ROOT);
            case 2 -> base.replace(",", "").replace(" the ", "  the ");
            case 3 -> base.replace("\"", "\u201c");
            default -> {
                // a typo in a word after the lead words, where routing still meets
                String[] words = base.split(" ");
                int i = words.length - 2;
                words[i] = words[i].length() > 4 ? words[i].substring(0, 2) + words[i].substring(3) : words[i];
                yield String.join(" ", words);
            }
        };
    }

    static final List<String> BASES = List.of(
            "The landslide buried 12 houses on the edge of the mountain village late on Thursday, police told reporters.",
            "The landslide buried 19 houses on the edge of the mountain village late on Thursday, police told reporters.",
            "Soldiers and volunteers dug through mud with shovels while 300 relatives waited beside the collapsed road.",
            "Heavy machinery could not reach the village because a bridge upstream had been swept away by the river.",
            "Forecasters warned that a further 150 millimetres of rain could fall across the region before the weekend.",
            "The mayor said schools would stay closed and asked families to move to the sports hall near the station.",
            "Aid agencies said they had delivered 2,000 food parcels and were setting up water filters in two camps.");

    @ParameterizedTest(name = "order seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void anotherOrderKeepsTheSameParagraphsExceptWhichCopyComesFirst(long seed) {
        Random random = new Random(seed);
        List<RawArticle> articles = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            List<String> body = new ArrayList<>();
            for (String base : BASES) {
                if (random.nextInt(3) > 0) {
                    body.add(variant(base, random));
                }
            }
            articles.add(article("slide-" + a, "Outlet " + a, T0.plusSeconds(60L * a), body));
        }
        Set<Integer> inFileOrder = keptBases(articles);
        List<RawArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, random);
        Set<Integer> inOtherOrder = keptBases(shuffled);
        assertThat(inOtherOrder).isEqualTo(inFileOrder);
    }

    /** Which base paragraphs were kept, each exactly once (a second copy of one fails the test). */
    static Set<Integer> keptBases(List<RawArticle> articles) {
        OfflineDedup dedup = dedup();
        Map<Integer, Integer> copies = new HashMap<>();
        for (RawArticle a : articles) {
            for (Paragraph p : dedup.process(a).kept()) {
                copies.merge(baseOf(p.getText()), 1, Integer::sum);
            }
        }
        assertThat(copies).allSatisfy((base, n) -> assertThat(n).as("copies of base %d", base).isEqualTo(1));
        return new TreeSet<>(copies.keySet());
    }

    static int baseOf(String text) {
        ParagraphSignature s = ParagraphSignature.of(text);
        for (int i = 0; i < BASES.size(); i++) {
            ParagraphSignature b = ParagraphSignature.of(BASES.get(i));
            if (b.numbers().equals(s.numbers()) && io.figurewire.text.NearDuplicates.sameWording(s, b.skeleton(), b.simHash())) {
                return i;
            }
        }
        throw new AssertionError("not a variant of any base: " + text);
    }
}
