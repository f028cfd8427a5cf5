package io.figurewire.cli;

import io.figurewire.runtime.Audit;
import io.figurewire.schemas.Topics;
import io.figurewire.settings.Configuration;
import io.figurewire.settings.KafkaConnection;
import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Checks in = processed + dead-lettered from committed data (read_committed): the input's records below",
                "the application's committed offsets, the articles in articles.clean and the dead letters read from the input.",
                "Exit status 0 when they balance, 3 when some are in flight or missing."})
final class AuditCommand implements Callable<Integer>, Configurable {

    @Spec
    CommandSpec spec;

    @Override
    public List<Setting> settings() {
        return List.of(Settings.BOOTSTRAP, Settings.TOPIC_PREFIX, Settings.APPLICATION_ID);
    }

    @Override
    public Integer call() throws Exception {
        Configuration config = SettingOptions.of(spec);
        KafkaConnection kafka = config.connection();
        String applicationId = config.string(Settings.APPLICATION_ID);
        Preflight.requireReachable(kafka);
        var topics = new Topics(config.string(Settings.TOPIC_PREFIX));
        Audit.Ledger l = Audit.read(kafka, applicationId, topics);
        System.out.printf("%s: %d records, %d read by %s%n", topics.raw(), l.input(), l.consumed(), applicationId);
        System.out.printf("  processed (%s): %d%n", topics.clean(), l.processed());
        System.out.printf("  dead-lettered at read (%s): %d%n", topics.dlq(), l.deadLetteredAtRead());
        System.out.printf("  in flight or missing: %d%n", l.inFlight());
        l.deadLettersBySource().forEach((source, n) -> {
            if (!source.equals(topics.raw())) {
                System.out.printf("dead letters from %s: %d (a paragraph or claim; its article is counted as processed)%n", source, n);
            }
        });
        System.out.printf("committed records: %s%n", l.recordsByTopic());
        System.out.println(l.balanced() ? "balanced: in = processed + dead-lettered" : "NOT balanced");
        return l.balanced() ? 0 : 3;
    }
}
