package io.figurewire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random byte and token soups through the text stage (cleaning, HTML, paragraph split, dedup
 * signatures and fingerprints), one seeded {@link Random} per case so a failure replays. Nothing
 * may escape but a {@link TextLimits.ExceededException} (which the processor dead-letters), and
 * what comes out must respect the limits.
 */
class TextStagePropertyTest {

    static final TextLimits LIMITS = new TextLimits(200_000, 400, 50);
    static final ArticleCleaner CLEANER = new ArticleCleaner(BoilerplateRules.defaults(), LIMITS);

    /** Pieces that stress each scanner: separators between digits, tag starts, quotes, breaks, surrogates. */
    static final List<String> TOKENS = List.of("0", "7", "57,338", "1.2", "10\u00a0000", "9".repeat(300), " ", ", ", ".", "\u202f",
            "\n", "\r\n", "\u2028", "\u0085", "\t", "<p", "<p>", "</p>", "<div class=x", ">", "<br/>", "<", "<a ", "/>", "<script>",
            "\u201cquoted\u201d", "\u2014", "\u2212", "'", "#", "## ", "By Ana Ruiz", "Photo by Jan Vos/EPA", "More from Wire",
            "killed", "at least", "more than", "people", "\ud83d\ude00", "\ud800", "\udfff", "\u0301", "\uff11\uff12", "\u0000",
            "&amp;", "&#x0;", "<!--", "-->", "<![CDATA[", "\u200b", "\ufeff", "é", "ﬁ", "Ⅻ");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tokenSoupsNeverThrowAnErrorAndRespectTheLimits(long seed) {
        Random random = new Random(seed);
        StringBuilder soup = new StringBuilder();
        int tokens = random.nextInt(random.nextBoolean() ? 200 : 60_000);
        for (int i = 0; i < tokens; i++) {
            soup.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        check(soup.toString());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void byteSoupsNeverThrowAnErrorAndRespectTheLimits(long seed) {
        Random random = new Random(seed * 7919);
        byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 500 : 150_000)];
        random.nextBytes(bytes);
        // biased towards ASCII digits, separators and line breaks, the characters the scanners branch on
        for (int i = 0; i < bytes.length; i++) {
            if (random.nextInt(3) == 0) {
                bytes[i] = (byte) "0123456789., \n<>/p".charAt(random.nextInt(18));
            }
        }
        check(new String(bytes, StandardCharsets.UTF_8));
    }

    private static void check(String body) {
        CleanedText cleaned;
        try {
            cleaned = CLEANER.clean(body);
        } catch (TextLimits.ExceededException refused) {
            assertThat(refused.getMessage()).containsAnyOf("too large", "paragraphs");
            return;
        }
        assertThat(cleaned.paragraphs().size()).isLessThanOrEqualTo(LIMITS.maxParagraphs());
        ArticleParagraphs paragraphs = ArticleParagraphs.of(cleaned.paragraphs());
        for (ArticleParagraphs.Kept kept : paragraphs.kept()) {
            assertThat(NumberRuns.count(kept.text(), LIMITS.maxNumbersPerParagraph())).isLessThanOrEqualTo(LIMITS.maxNumbersPerParagraph());
            String masked = ParagraphNormalizer.maskNumbers(ParagraphNormalizer.normalize(kept.text()));
            assertThat(masked.chars().noneMatch(c -> c >= '0' && c <= '9')).as("no digit left in %s", masked).isTrue();
            assertThat(kept.signature().skeleton()).doesNotContain("  ");
            assertThat(Fingerprints.exact(kept.text())).hasSize(16);
        }
    }
}
