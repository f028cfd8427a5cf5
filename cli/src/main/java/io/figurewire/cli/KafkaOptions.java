package io.figurewire.cli;

import io.figurewire.schemas.Topics;
import picocli.CommandLine.Option;

/** Options every command that talks to Kafka shares. Defaults come from the environment. */
public final class KafkaOptions {

    @Option(names = {"-b", "--bootstrap"}, paramLabel = "HOST:PORT",
            defaultValue = "${env:FIGUREWIRE_BOOTSTRAP:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}; env FIGUREWIRE_BOOTSTRAP)")
    String bootstrap;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", defaultValue = "${env:FIGUREWIRE_TOPIC_PREFIX:-}",
            description = "prefix for every topic name, e.g. 'staging.' (env FIGUREWIRE_TOPIC_PREFIX)")
    String topicPrefix;

    public String bootstrap() {
        return bootstrap;
    }

    public Topics topics() {
        return new Topics(topicPrefix);
    }
}
