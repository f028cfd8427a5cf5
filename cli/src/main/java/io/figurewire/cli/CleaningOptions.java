package io.figurewire.cli;

import io.figurewire.text.ArticleCleaner;
import io.figurewire.text.BoilerplateRules;
import io.figurewire.text.TextLimits;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that clean articles (process, extract): the same rules either way. */
public final class CleaningOptions {

    @Option(names = "--boilerplate-rules", paramLabel = "FILE",
            description = "extra boilerplate rules (same JSON format as the built-in boilerplate.json), tried before the built-in ones")
    Path boilerplateRules;

    @Option(names = "--max-article-chars", defaultValue = "" + TextLimits.DEFAULT_MAX_ARTICLE_CHARS,
            description = "an article with a longer body is dead-lettered (default: ${DEFAULT-VALUE}, the input contract's own limit)")
    int maxArticleChars;

    @Option(names = "--max-paragraphs", defaultValue = "" + TextLimits.DEFAULT_MAX_PARAGRAPHS,
            description = "an article with more non-blank lines is dead-lettered (default: ${DEFAULT-VALUE})")
    int maxParagraphs;

    @Option(names = "--max-numbers-per-paragraph", defaultValue = "" + TextLimits.DEFAULT_MAX_NUMBERS_PER_PARAGRAPH,
            description = "a paragraph with more numbers is a table: removed as '" + TextLimits.TOO_MANY_NUMBERS
                    + "' boilerplate (default: ${DEFAULT-VALUE})")
    int maxNumbersPerParagraph;

    public TextLimits limits() {
        return new TextLimits(maxArticleChars, maxParagraphs, maxNumbersPerParagraph);
    }

    public ArticleCleaner cleaner() {
        return new ArticleCleaner(boilerplateRules == null ? BoilerplateRules.defaults() : BoilerplateRules.defaultsPlus(boilerplateRules),
                limits());
    }
}
