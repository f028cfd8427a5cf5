package io.figurewire.cli;

import io.figurewire.text.ArticleCleaner;
import io.figurewire.text.BoilerplateRules;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that clean articles (process, extract): the same rules either way. */
public final class CleaningOptions {

    @Option(names = "--boilerplate-rules", paramLabel = "FILE",
            description = "extra boilerplate rules (same JSON format as the built-in boilerplate.json), tried before the built-in ones")
    Path boilerplateRules;

    public ArticleCleaner cleaner() {
        return new ArticleCleaner(boilerplateRules == null ? BoilerplateRules.defaults() : BoilerplateRules.defaultsPlus(boilerplateRules));
    }
}
