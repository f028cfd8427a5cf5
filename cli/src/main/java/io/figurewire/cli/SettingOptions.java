package io.figurewire.cli;

import io.figurewire.settings.ConfigFile;
import io.figurewire.settings.Configuration;
import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns the settings catalog into picocli options: each {@link Configurable} command gets
 * {@code --config FILE} and one option per setting it uses, and {@link #configuration} layers
 * what was given on its command line over the environment, the file and the defaults.
 */
final class SettingOptions {

    static final String CONFIG = "--config";

    private SettingOptions() {
    }

    /** Adds the options to every configurable command under {@code root}, however deep. */
    static void install(CommandLine root) {
        if (root.getCommand() instanceof Configurable c) {
            CommandSpec spec = root.getCommandSpec();
            spec.addOption(OptionSpec.builder(CONFIG).paramLabel("FILE").type(Path.class)
                    .description("properties file with settings and kafka.* client settings (default: $FIGUREWIRE_HOME/"
                            + ConfigFile.DEFAULT_NAME + " when present; env " + ConfigFile.ENV + ")").build());
            c.settings().forEach(s -> spec.addOption(option(s)));
        }
        root.getSubcommands().values().forEach(SettingOptions::install);
    }

    private static OptionSpec option(Setting s) {
        String shown = s.defaultValue().isEmpty() ? "none" : s.defaultValue().replace(Setting.HOME_PLACEHOLDER, "$FIGUREWIRE_HOME");
        String[] names = s == Settings.BOOTSTRAP ? new String[] {"-b", s.flag()} : new String[] {s.flag()};
        return OptionSpec.builder(names).paramLabel(s.paramLabel()).type(String.class)
                .description(s.description() + " (default: " + shown + "; env " + s.envName() + ")").build();
    }

    /** The command's effective configuration: its flags over the environment, the file and the defaults. */
    static Configuration configuration(CommandSpec spec, List<Setting> used) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        Map<String, String> flags = new LinkedHashMap<>();
        for (Setting s : used) {
            if (parsed.hasMatchedOption(s.flag())) {
                flags.put(s.key(), parsed.matchedOptionValue(s.flag(), ""));
            }
        }
        Path file = parsed.matchedOptionValue(CONFIG, null);
        return Configuration.load(System.getenv(), Main.Workspace.home(), file, flags);
    }

    /** For a command: its configuration, from its own spec. */
    static Configuration of(CommandSpec spec) {
        return configuration(spec, ((Configurable) spec.userObject()).settings());
    }
}
