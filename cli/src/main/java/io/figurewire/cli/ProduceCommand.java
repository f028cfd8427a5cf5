package io.figurewire.cli;

import io.figurewire.producer.ArticlePublisher;
import io.figurewire.producer.ArticleReader;
import io.figurewire.producer.FeedFetcher;
import io.figurewire.producer.FeedPoller;
import io.figurewire.producer.FeedReader;
import io.figurewire.producer.FeedState;
import io.figurewire.producer.IngestClock;
import io.figurewire.producer.PublishRun;
import io.figurewire.schemas.SerdeOptions;
import io.figurewire.schemas.Topics;
import io.figurewire.settings.Configuration;
import io.figurewire.settings.KafkaConnection;
import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "produce", mixinStandardHelpOptions = true,
        description = {"Publish articles to articles.raw, keyed by article id, timestamped by publication time.",
                "Reads .txt/.html files (the file is the body), .json (object or array), .jsonl/.ndjson",
                "(one article per line: id, source, url, title, published, body; ninjs items too), directories,",
                "stdin ('-'), and RSS/Atom feeds (--feed), once or every --poll seconds.",
                "A bad line is reported as file:line with the reason; the rest are still published.",
                "Exit status: 0 all published, 3 some rejected, not acknowledged, or a feed failed, 1 error."})
final class ProduceCommand implements Callable<Integer>, Configurable {

    @Spec
    CommandSpec spec;

    @Override
    public List<Setting> settings() {
        return Stream.of(Settings.CLUSTER, Settings.FEEDS, List.of(Settings.SCHEMA_REGISTRY)).flatMap(List::stream).toList();
    }

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "files or directories; '-' or nothing (and no --feed) reads stdin")
    List<String> inputs;

    @Option(names = "--feed", paramLabel = "URL|FILE",
            description = "an RSS or Atom feed: http(s):// or file:// URL, or a file path; repeatable")
    List<String> feeds;

    @Option(names = "--poll", paramLabel = "SECONDS",
            description = "read the feeds again every SECONDS until Ctrl-C, publishing only new or revised entries")
    Integer pollSeconds;

    @Option(names = "--max-polls", paramLabel = "N", defaultValue = "0",
            description = "with --poll: stop after N polls (default: no limit)")
    int maxPolls;

    @Override
    public Integer call() throws InterruptedException {
        boolean withFeeds = feeds != null && !feeds.isEmpty();
        Configuration config = SettingOptions.of(spec);
        checkOptions(withFeeds, config.integer(Settings.FEED_TIMEOUT));
        KafkaConnection kafka = config.connection();
        String topic = new Topics(config.string(Settings.TOPIC_PREFIX)).raw();
        Preflight.requireTopics(kafka, List.of(topic));
        try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic, SerdeOptions.forInput(config))) {
            int status = PublishRun.OK;
            if (!withFeeds || (inputs != null && !inputs.isEmpty())) {
                List<String> sources = inputs == null || inputs.isEmpty() ? List.of("-") : inputs;
                status = new PublishRun(ArticleReader.systemClock(), publisher, System.out, System.err).run(sources, topic).exitCode();
            }
            if (withFeeds) {
                status = Math.max(status, pollFeeds(publisher, config, topic));
            }
            return status;
        }
    }

    private void checkOptions(boolean withFeeds, int feedTimeoutSeconds) {
        if (pollSeconds != null && !withFeeds) {
            throw new ParameterException(spec.commandLine(), "--poll needs at least one --feed");
        }
        if (pollSeconds != null && pollSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--poll must be at least 1 second");
        }
        if (maxPolls != 0 && pollSeconds == null) {
            throw new ParameterException(spec.commandLine(), "--max-polls needs --poll");
        }
        if (maxPolls < 0 || feedTimeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--max-polls must be 0 or more and feed.timeout at least 1 second");
        }
    }

    /** 'none' keeps nothing across runs. */
    private static FeedState feedState(Configuration config, String topic) {
        String where = config.string(Settings.FEED_STATE);
        return where.isEmpty() || where.equals("none") ? FeedState.none()
                : FeedState.at(Path.of(where), config.connection().bootstrap() + " " + topic);
    }

    private int pollFeeds(ArticlePublisher publisher, Configuration config, String topic) throws InterruptedException {
        FeedState state = feedState(config, topic);
        FeedPoller poller = new FeedPoller(feeds, new FeedFetcher(Duration.ofSeconds(config.integer(Settings.FEED_TIMEOUT))),
                new FeedReader(IngestClock.system()), publisher, System.out, System.err, state);
        if (poller.remembered() > 0) {
            System.out.printf("%d entries published by earlier runs (%s)%n", poller.remembered(), state.describe());
        }
        if (pollSeconds == null) {
            return poller.run(Duration.ZERO, 1);
        }
        System.out.printf("polling %d feed(s) every %d s into %s%s; Ctrl-C to stop%n", feeds.size(), pollSeconds,
                topic, maxPolls > 0 ? " for " + maxPolls + " polls" : "");
        // Ctrl-C ends the wait for the next poll; the hook waits so what was sent is flushed and acknowledged.
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            poller.stop();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "produce-feed-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return poller.run(Duration.ofSeconds(pollSeconds), maxPolls);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting through the hook; nothing to remove
            }
        }
    }
}
