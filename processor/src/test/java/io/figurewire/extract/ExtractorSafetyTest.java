package io.figurewire.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Untrusted input: nothing escapes the extractor, and pathological text is read in bounded time. */
class ExtractorSafetyTest {

    private final ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();

    /** The one wall-clock guard: 1 MB of digit/comma/qualifier runs, with a generous bound. */
    @Test
    void oneMegabyteOfPathologicalRunsCompletes() {
        StringBuilder b = new StringBuilder(1 << 20);
        String[] pieces = {"1,", "000,", "0", " ", "more than ", "at least ", "-", "\u2013", "between 1 and ", "half a ",
                "million ", "hundred and ", "1.", ".", "U.S. ", "Oct. ", "(", ")", "killed ", "a quarter of a "};
        Random r = new Random(42);
        while (b.length() < (1 << 20)) b.append(pieces[r.nextInt(pieces.length)]);
        String text = b.toString();
        String digits = "1,".repeat(1 << 19);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ex.extract(text, 0, ArticleContext.of("x"));
            ex.extract(digits, 0, ArticleContext.of("x"));
            for (int i = 0; i < text.length(); i += ClaimExtractor.MAX_PARAGRAPH_CHARS) {
                ex.extract(text.substring(i, Math.min(text.length(), i + ClaimExtractor.MAX_PARAGRAPH_CHARS)), 0, ArticleContext.of("x"));
            }
            NumberScanner.scan(text);
            ex.explain(text, null);
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomTextNeverThrows(long seed) {
        Random r = new Random(seed);
        String alphabet = "0123456789,.-\u2013 \u00A0\u202Fkmb$%()'\"\nmore than at least nearly killed people aged year old";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x3000) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThatCode(() -> {
                List<ExtractedClaim> claims = ex.extract(s, 0, ArticleContext.of("x"));
                for (ExtractedClaim c : claims) {
                    assertThat(c.sentence().substring(c.spanStart(), c.spanEnd())).isEqualTo(c.text());
                }
                ex.explain(s, null);
                NumberRanges.find(s);
            }).doesNotThrowAnyException();
        }
    }

    /** Soups of the extractor's own cue words and numbers reach every rule; none may fail a sentence. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26})
    void tokenSoupsFailNoSentence(long seed) {
        ClaimExtractor fresh = ClaimExtractor.withDefaultLexicon();
        long failedBefore = fresh.failures();
        // the classes' own order is a hash order: sorted, a seed is one soup
        List<String> words = WordClasses.all().values().stream().flatMap(java.util.Set::stream).distinct().sorted().toList();
        String[] numbers = {"12", "1,200", "3.5 million", "2019", "one", "twenty-six", "half a million", "40,000-50,000", "7.8", "1960"};
        Random r = new Random(seed);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(60); i > 0; i--) {
                b.append(r.nextInt(4) == 0 ? numbers[r.nextInt(numbers.length)] : words.get(r.nextInt(words.size()))).append(r.nextInt(8) == 0 ? ", " : " ");
            }
            String s = b.toString();
            assertThatCode(() -> fresh.extract(s, 0, ArticleContext.of("soup"))).doesNotThrowAnyException();
        }
        assertThat(fresh.failures() - failedBefore).as("sentences the extractor could not read").isZero();
    }

    @Test
    void nullAndEmptyInputGiveNoClaims() {
        assertThat(ex.extract(null, 0, null)).isEmpty();
        assertThat(ex.extract("", 0, null)).isEmpty();
        assertThat(ex.mainLocation(null, null)).isNull();
    }
}
