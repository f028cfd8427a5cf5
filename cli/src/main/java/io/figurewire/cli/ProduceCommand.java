package io.figurewire.cli;

import io.figurewire.producer.ArticlePublisher;
import io.figurewire.producer.ArticleReader;
import io.figurewire.producer.PublishRun;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Publish articles to articles.raw, keyed by article id, timestamped by publication time.",
                "Reads .txt/.html files (the file is the body), .json (object or array), .jsonl/.ndjson",
                "(one article per line: id, source, url, title, published, body), directories, and stdin ('-').",
                "A bad line is reported as file:line with the reason; the rest are still published.",
                "Exit status: 0 all published, 3 some rejected or not acknowledged, 1 error."})
final class ProduceCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "files or directories; '-' or nothing reads stdin")
    List<String> inputs;

    @Override
    public Integer call() {
        List<String> sources = inputs == null || inputs.isEmpty() ? List.of("-") : inputs;
        String topic = kafka.topics().raw();
        Preflight.requireTopics(kafka.bootstrap(), java.util.List.of(topic));
        try (ArticlePublisher publisher = new ArticlePublisher(kafka.bootstrap(), topic)) {
            return new PublishRun(ArticleReader.systemClock(), publisher, System.out, System.err).run(sources, topic).exitCode();
        }
    }
}
