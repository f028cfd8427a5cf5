package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The settings catalog is the only place a default is written, and no two commands disagree on one. */
class SettingDefaultsTest {

    private record Found(String command, OptionSpec option) {
    }

    private static List<Found> allOptions() {
        List<Found> out = new ArrayList<>();
        collect(Main.commandLine(), out);
        return out;
    }

    private static void collect(CommandLine cmd, List<Found> out) {
        cmd.getCommandSpec().options().forEach(o -> out.add(new Found(cmd.getCommandSpec().qualifiedName(), o)));
        cmd.getSubcommands().values().forEach(sub -> collect(sub, out));
    }

    private static Optional<Setting> settingOf(OptionSpec o) {
        return Settings.ALL.stream().filter(s -> s.flag().equals(o.longestName())).findFirst();
    }

    @Test
    void everyOptionForASettingIsTheCatalogsAndHasNoDefaultOfItsOwn() {
        List<String> wrong = new ArrayList<>();
        for (Found f : allOptions()) {
            settingOf(f.option()).ifPresent(s -> {
                String help = String.join(" ", f.option().description());
                String expected = s.defaultValue().isEmpty() ? "none" : s.defaultValue().replace(Setting.HOME_PLACEHOLDER, "$FIGUREWIRE_HOME");
                if (f.option().defaultValue() != null || !help.contains("(default: " + expected + ";")) {
                    wrong.add(f.command() + " " + s.flag() + ": default " + f.option().defaultValue() + ", help '" + help + "'");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Beyond the settings, no two commands may give one option name two defaults. The benchmarks'
     * own options (corpus size, seed, run timeout) describe one generated run, not the system, so
     * bench and its subcommands take part only with their settings.
     */
    @Test
    void noTwoCommandsDisagreeOnTheDefaultOfAnOptionOfTheSameName() {
        Map<String, Map<String, String>> defaultsByName = new TreeMap<>();
        for (Found f : allOptions()) {
            if (f.command().startsWith("figurewire bench") && settingOf(f.option()).isEmpty()) continue;
            String shown = settingOf(f.option()).map(Setting::defaultValue).orElse(String.valueOf(f.option().defaultValue()));
            defaultsByName.computeIfAbsent(f.option().longestName(), k -> new HashMap<>()).put(f.command(), shown);
        }
        Map<String, Map<String, String>> disagreeing = new TreeMap<>();
        defaultsByName.forEach((name, byCommand) -> {
            if (new TreeSet<>(byCommand.values()).size() > 1) disagreeing.put(name, byCommand);
        });
        assertThat(disagreeing).isEmpty();
    }

    @Test
    void partitionsHaveOneDefaultForProcessDemoAndBench() {
        assertThat(allOptions()).filteredOn(f -> f.option().longestName().equals("--partitions"))
                .extracting(f -> f.command().replace("figurewire ", ""))
                .contains("process", "demo", "bench", "config");
        assertThat(Settings.PARTITIONS.defaultValue()).isEqualTo("6");
    }
}
