package io.figurewire.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextLimitsTest {

    final ArticleCleaner cleaner = new ArticleCleaner(BoilerplateRules.defaults(), new TextLimits(2_000, 5, 20));

    @Test
    void aParagraphWithMoreNumbersThanTheLimitIsRemovedAsATableAndTheRestIsKept() {
        String table = IntStream.range(0, 21).mapToObj(i -> String.valueOf(i * 7)).collect(Collectors.joining(" | "));
        String twenty = IntStream.range(0, 20).mapToObj(i -> String.valueOf(i * 7)).collect(Collectors.joining(" | "));
        CleanedText cleaned = cleaner.clean("Floods killed 14 people, officials said.\n" + table + "\n" + twenty);
        assertThat(cleaned.paragraphs()).containsExactly("Floods killed 14 people, officials said.", twenty);
        assertThat(cleaned.removedByReason()).containsEntry(TextLimits.TOO_MANY_NUMBERS, 1);
    }

    @Test
    void anArticleOverTheParagraphLimitIsRefusedWithTheReason() {
        String six = IntStream.range(0, 6).mapToObj(i -> "Paragraph " + i + " of the story.").collect(Collectors.joining("\n\n \n"));
        assertThatThrownBy(() -> cleaner.clean(six)).isInstanceOf(TextLimits.ExceededException.class)
                .hasMessageContaining("more than 5 paragraphs");
        assertThat(cleaner.clean(six.substring(0, six.lastIndexOf('\n'))).paragraphs()).hasSize(5);
    }

    @Test
    void oneLineOfHtmlIsCountedByTheParagraphsItHolds() {
        String html = IntStream.range(0, 6).mapToObj(i -> "<p>Paragraph " + i + ".</p>").collect(Collectors.joining());
        assertThatThrownBy(() -> cleaner.clean(html)).isInstanceOf(TextLimits.ExceededException.class);
    }

    @Test
    void anArticleOverTheSizeLimitIsRefusedBeforeAnyParsing() {
        assertThatThrownBy(() -> cleaner.clean("<p>" + "x".repeat(2_001)))
                .isInstanceOf(TextLimits.ExceededException.class).hasMessageContaining("article too large: 2004 characters, limit 2000");
    }

    @Test
    void theDefaultSizeLimitIsTheInputContractsOwn() {
        assertThat(TextLimits.defaults().maxArticleChars()).isEqualTo(io.figurewire.schemas.RawArticleJson.MAX_BODY_CHARS);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new TextLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
