package io.figurewire.cli;

import io.figurewire.settings.ConfigFile;
import io.figurewire.settings.Configuration;
import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the effective configuration: every setting, its value and where it came from",
                "(flag > env FIGUREWIRE_* > file > default), then the Kafka client settings passed to every client",
                "(kafka.* in the file, KAFKA_* variables). Values whose key contains password, secret, jaas or token",
                "print as ******. Takes every setting's flag, to show what a command given it would use."})
final class ConfigCommand implements Callable<Integer>, Configurable {

    @Spec
    CommandSpec spec;

    @Override
    public List<Setting> settings() {
        return Settings.ALL;
    }

    @Override
    public Integer call() {
        print(SettingOptions.of(spec), System.out);
        return 0;
    }

    static void print(Configuration c, PrintStream out) {
        ConfigFile f = c.file();
        out.println("configuration file: " + f.path() + " (" + f.chosenBy() + (f.exists() ? ")" : "; not present)"));
        out.println();
        TextTable table = new TextTable(200, "SETTING", "VALUE", "FROM");
        c.values().forEach(v -> table.row(v.key(), v.shown(), Configuration.describe(v)));
        c.kafka().values().forEach(v -> table.row(v.key(), v.shown(), Configuration.describe(v)));
        table.print(out);
        if (c.kafka().isEmpty()) {
            out.println("(no Kafka client settings: add kafka.* keys to the file or KAFKA_* variables, e.g. kafka.security.protocol)");
        }
        c.ignored().forEach(i -> out.println("ignored: " + i));
    }
}
