package io.figurewire.cli;

import io.figurewire.api.HttpSettings;
import io.figurewire.extract.ClaimExtractor;
import io.figurewire.figures.FigureBook;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.settings.Configuration;
import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import io.figurewire.topology.FigurewireTopology;
import io.figurewire.topology.ProcessorSettings;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "process", mixinStandardHelpOptions = true,
        description = {"Run the figurewire Kafka Streams application until Ctrl-C.",
                "Creates missing topics, then: clean -> paragraphs -> dedup -> claims -> latest figures.",
                "Records that cannot be read or processed go to articles.dlq with the error in headers.",
                "Settings: these flags, else FIGUREWIRE_* variables, else the --config file,",
                "else defaults; kafka.* keys of the file and KAFKA_* variables go to every",
                "Kafka client ('figurewire config' shows what is in effect)."})
final class ProcessCommand implements Callable<Integer>, Configurable {

    @Spec
    CommandSpec spec;

    @Override
    public List<Setting> settings() {
        return Stream.of(Settings.CLUSTER, Settings.STREAMS, Settings.HTTP, Settings.TEXT, Settings.OUTPUT).flatMap(List::stream).toList();
    }

    @Override
    public Integer call() throws Exception {
        Configuration config = SettingOptions.of(spec);
        ProcessorSettings settings = ProcessorSettings.from(config);
        HttpSettings http = HttpSettings.from(config);
        StartupChecks.requireBootstrapList(settings.bootstrap());
        StartupChecks.requireWritableDir(settings.stateDir(), Settings.STATE_DIR.flag());
        if (http != null) StartupChecks.requireFreePort(http.host(), http.port(), Settings.HTTP_PORT.flag());
        Preflight.requireReachable(settings.kafka());
        StartupChecks.requireCleanupPolicies(settings.kafka(), settings.topics());
        var topology = new FigurewireTopology(settings, ClaimExtractor.withDefaultLexicon(), Cleaning.cleaner(config),
                FigureBook.defaults()).build();
        try (ProcessorApp app = new ProcessorApp(settings, topology, http)) {
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "processor-stop"));
            app.start();
            Throwable fatal = app.awaitStop();
            return fatal == null ? 0 : 1;
        }
    }
}
