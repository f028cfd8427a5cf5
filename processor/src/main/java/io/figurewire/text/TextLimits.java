package io.figurewire.text;

import io.figurewire.settings.Configuration;
import io.figurewire.settings.Settings;

/**
 * Bounds on the work one article may cost, checked by plain counting before any rule, regex or
 * parser sees the text. An article over {@code maxArticleChars} or {@code maxParagraphs} is
 * refused whole (the processor dead-letters it with the reason); a paragraph with more than
 * {@code maxNumbersPerParagraph} numbers is a pasted table, not prose: it is removed like
 * boilerplate, counted under {@link #TOO_MANY_NUMBERS}, and the rest of the article goes on.
 *
 * @param maxArticleChars        body length in chars; the default is the contract's own limit
 *                               ({@code RawArticleJson.MAX_BODY_CHARS}), which JSON input can never exceed
 * @param maxParagraphs          non-blank lines of the body, before boilerplate removal
 * @param maxNumbersPerParagraph numbers in one line ("57,338" is one)
 */
public record TextLimits(int maxArticleChars, int maxParagraphs, int maxNumbersPerParagraph) {

    /** Defaults: the settings catalog's ({@link Settings}), where the reasons for them are. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = Settings.defaultInt(Settings.MAX_ARTICLE_CHARS);
    public static final int DEFAULT_MAX_PARAGRAPHS = Settings.defaultInt(Settings.MAX_PARAGRAPHS);
    public static final int DEFAULT_MAX_NUMBERS_PER_PARAGRAPH = Settings.defaultInt(Settings.MAX_NUMBERS_PER_PARAGRAPH);
    /** The boilerplate-by-reason key of paragraphs removed for holding too many numbers. */
    public static final String TOO_MANY_NUMBERS = "too-many-numbers";

    public TextLimits {
        if (maxArticleChars < 1 || maxParagraphs < 1 || maxNumbersPerParagraph < 1) {
            throw new IllegalArgumentException("text limits must be positive: " + maxArticleChars + " chars, "
                    + maxParagraphs + " paragraphs, " + maxNumbersPerParagraph + " numbers per paragraph");
        }
    }

    public static TextLimits from(Configuration c) {
        return new TextLimits(c.integer(Settings.MAX_ARTICLE_CHARS), c.integer(Settings.MAX_PARAGRAPHS),
                c.integer(Settings.MAX_NUMBERS_PER_PARAGRAPH));
    }

    public static TextLimits defaults() {
        return new TextLimits(DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_PARAGRAPHS, DEFAULT_MAX_NUMBERS_PER_PARAGRAPH);
    }

    /** Why an article is refused, or null when it is within these limits. Counts, never parses. */
    public String refusal(String body) {
        if (body.length() > maxArticleChars) {
            return "article too large: " + body.length() + " characters, limit " + maxArticleChars;
        }
        int lines = Lines.countNonBlank(body, maxParagraphs);
        if (lines > maxParagraphs) {
            return "article has more than " + maxParagraphs + " paragraphs (limit " + maxParagraphs + ")";
        }
        return null;
    }

    /** A single line over the numbers limit (count stops early, so this is cheap on any input). */
    public boolean tooManyNumbers(String line) {
        return NumberRuns.count(line, maxNumbersPerParagraph) > maxNumbersPerParagraph;
    }

    /** Thrown for an article over a limit: the record is dead-lettered with this message. */
    public static final class ExceededException extends IllegalArgumentException {
        public ExceededException(String message) {
            super(message);
        }
    }
}
