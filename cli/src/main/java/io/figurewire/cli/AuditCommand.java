package io.figurewire.cli;

import io.figurewire.runtime.Audit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Checks in = processed + dead-lettered from committed data (read_committed): the input's records below",
                "the application's committed offsets, the articles in articles.clean and the dead letters read from the input.",
                "Exit status 0 when they balance, 3 when some are in flight or missing."})
final class AuditCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--application-id", defaultValue = "${env:FIGUREWIRE_APPLICATION_ID:-figurewire}",
            description = "the processor's application.id, whose committed offsets say what it has read (default: ${DEFAULT-VALUE})")
    String applicationId;

    @Override
    public Integer call() throws Exception {
        Preflight.requireReachable(kafka.bootstrap());
        var topics = kafka.topics();
        Audit.Ledger l = Audit.read(kafka.bootstrap(), applicationId, topics);
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
