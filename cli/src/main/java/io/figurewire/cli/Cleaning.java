package io.figurewire.cli;

import io.figurewire.settings.Configuration;
import io.figurewire.settings.Settings;
import io.figurewire.text.ArticleCleaner;
import io.figurewire.text.BoilerplateRules;
import io.figurewire.text.TextLimits;
import java.nio.file.Path;

/** The cleaner of the commands that clean articles (process, extract): the same rules and limits either way. */
final class Cleaning {

    private Cleaning() {
    }

    static ArticleCleaner cleaner(Configuration config) {
        Path rules = config.path(Settings.BOILERPLATE_RULES);
        return new ArticleCleaner(rules == null ? BoilerplateRules.defaults() : BoilerplateRules.defaultsPlus(rules),
                TextLimits.from(config));
    }
}
