package io.figurewire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./figurewire} launcher's entry point. Chooses where logs go before anything logs:
 * commands whose terminal output is a table send logs to a file and say where.
 */
@Command(name = "figurewire", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Live news wires in, trustworthy structured figures out.", ""},
        subcommands = {DemoCommand.class, BrokerCommand.class, ProcessCommand.class, ProduceCommand.class, TailCommand.class,
                ExtractCommand.class, ExplainCommand.class, BenchCommand.class, SynthCommand.class, AuditCommand.class, ConfigCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Settings, strongest first: a flag (--state-dir), its variable",
                "(FIGUREWIRE_STATE_DIR), the properties file (--config FILE, else",
                "$FIGUREWIRE_CONFIG, else $FIGUREWIRE_HOME/figurewire.properties), the default.",
                "kafka.* keys of the file and KAFKA_* variables (KAFKA_SASL_JAAS_CONFIG is",
                "sasl.jaas.config) go to every Kafka client.",
                "'figurewire config' prints every setting with where it came from.",
                "FIGUREWIRE_HOME: where data, state and logs go (default: ./.figurewire).",
                "Run 'figurewire help COMMAND' for a command's options."})
public final class Main implements Runnable {

    /** Commands whose output is for people; their logs go to a file. */
    private static final Set<String> QUIET_COMMANDS = Set.of("demo", "bench");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Avro refuses to read record classes from packages not listed here; set before any Avro class loads. */
    static final String AVRO_PACKAGES = "org.apache.avro.SERIALIZABLE_PACKAGES";

    public static void main(String[] args) {
        if (System.getProperty(AVRO_PACKAGES) == null) {
            System.setProperty(AVRO_PACKAGES, "io.figurewire.records");
        }
        System.exit(run(args));
    }

    public static int run(String... args) {
        String command = args.length > 0 ? args[0] : "";
        if (QUIET_COMMANDS.contains(command) && System.getProperty("figurewire.log.target") == null) {
            System.setProperty("figurewire.log.target", "FILE");
            System.setProperty("figurewire.log.file", Workspace.home().resolve("logs").resolve(command + ".log").toString());
        }
        CommandLine cli = commandLine();
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("error: " + e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }

    /** Every command, with the settings' options installed. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        SettingOptions.install(cli);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"figurewire " + (v == null ? "(development build)" : v),
                    "Kafka clients " + org.apache.kafka.common.utils.AppInfoParser.getVersion()};
        }
    }

    /** Where figurewire keeps local data: $FIGUREWIRE_HOME or ./.figurewire. */
    static final class Workspace {
        static Path home() {
            String env = System.getenv("FIGUREWIRE_HOME");
            return (env == null || env.isBlank() ? Path.of(".figurewire") : Path.of(env)).toAbsolutePath();
        }

        static final String BUNDLED_BROKER_TEMPLATE = "/io/figurewire/cli/broker.properties";

        /**
         * The checked-in broker properties (the launcher passes the checkout as figurewire.root); outside
         * a checkout, the copy bundled in the jar, written once into the workspace so a user can read
         * what the broker runs with.
         */
        static Path brokerTemplate() {
            String root = System.getProperty("figurewire.root");
            Path checkedIn = (root == null ? Path.of("config") : Path.of(root, "config")).resolve("broker.properties");
            return Files.isRegularFile(checkedIn) ? checkedIn : bundledBrokerTemplate(home());
        }

        static Path bundledBrokerTemplate(Path home) {
            Path file = home.resolve("broker-template.properties");
            try (InputStream in = Main.class.getResourceAsStream(BUNDLED_BROKER_TEMPLATE)) {
                if (in == null) {
                    throw new IllegalStateException("the broker template " + BUNDLED_BROKER_TEMPLATE + " is missing from the build");
                }
                Files.createDirectories(home);
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the broker template to " + file, e);
            }
        }
    }
}
