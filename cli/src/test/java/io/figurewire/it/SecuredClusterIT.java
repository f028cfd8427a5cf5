package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.figurewire.cli.Main;
import io.figurewire.cli.broker.LocalBroker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A secured cluster: the local broker with a SASL/PLAIN listener on loopback, and {@code process},
 * {@code produce}, {@code tail} and {@code config} given the cluster only in a properties file
 * (address, security.protocol, sasl.mechanism, sasl.jaas.config). The processor runs as the
 * launcher would run it, in its own JVM with the production logging configuration; the other
 * commands run here with every logback event captured at INFO, so Kafka's own config dumps are
 * in what is checked. The password must appear in no log line and no output.
 */
class SecuredClusterIT {

    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final String USER = "figurewire";

    @TempDir
    static Path dir;
    private static LocalBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new LocalBroker(dir.resolve("broker"), Path.of(System.getProperty("figurewire.root"), "config", "broker.properties"),
                LocalBroker.freePort(), LocalBroker.freePort()).withSaslPlain(LocalBroker.freePort(), Map.of(USER, PASSWORD));
        broker.start(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) broker.close();
    }

    private static Path configFile(String name, String password, int httpPort) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n",
                "# the cluster, for every command",
                "bootstrap=" + broker.saslBootstrap(),
                "topic.prefix=secured.",
                "state.dir=" + dir.resolve("state"),
                "http.port=" + httpPort,
                "kafka.security.protocol=SASL_PLAINTEXT",
                "kafka.sasl.mechanism=PLAIN",
                "kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + USER
                        + "\" password=\"" + password + "\";",
                ""));
    }

    @Test
    void processProduceAndTailWorkThroughSaslWithSettingsOnlyInAFileAndNeverShowThePassword() throws Exception {
        int httpPort = LocalBroker.freePort();
        Path config = configFile("secured.properties", PASSWORD, httpPort);
        Path processorLog = dir.resolve("processor.out");
        Process processor = startProcessor(config, processorLog);
        ListAppender<ILoggingEvent> logs = captureLogs();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
                assertThat(processor.isAlive()).as("processor alive; its output: %s", processorLog).isTrue();
                assertThat(Http.get(httpPort, "/health").statusCode()).isEqualTo(200);
            });
            Path wire = Files.writeString(dir.resolve("wire.jsonl"), "{\"id\": \"sec-1\", \"source\": \"Test Wire\", "
                    + "\"published\": \"2026-03-02T08:00:00Z\", \"body\": \"At least 14 people were killed in the floods in Ashgrove, officials said.\"}\n");

            Run produced = run("produce", "--config", config.toString(), wire.toString());
            assertThat(produced.status()).as(produced.out()).isZero();

            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Run tail = run("tail", "claims", "--config", config.toString(), "--from-beginning", "--until-end", "--json");
                assertThat(tail.status()).isZero();
                assertThat(tail.out()).contains("\"article_id\":\"sec-1\"").contains("14");
            });

            Run shown = run("config", "--config", config.toString());
            assertThat(shown.out()).contains("kafka.sasl.jaas.config").contains("******").contains(broker.saslBootstrap());

            Run wrongPassword = run("produce", "--config", configFile("wrong.properties", "not-the-password", 0).toString(), wire.toString());
            assertThat(wrongPassword.status()).as("a wrong password is refused: the listener really checks").isNotZero();

            for (Run r : List.of(produced, shown, wrongPassword)) {
                assertThat(r.out()).doesNotContain(PASSWORD);
            }
        } finally {
            stopCapture(logs);
            processor.destroy();
            processor.waitFor();
        }
        List<String> lines = new ArrayList<>();
        logs.list.forEach(e -> {
            lines.add(e.getFormattedMessage());
            if (e.getThrowableProxy() != null) lines.add(ThrowableProxyUtil.asString(e.getThrowableProxy()));
        });
        assertThat(lines).as("Kafka's config dumps are among the captured lines").anyMatch(l -> l.contains("sasl.jaas.config = [hidden]"));
        assertThat(lines).noneMatch(l -> l.contains(PASSWORD));
        String processorOutput = Files.readString(processorLog);
        assertThat(processorOutput).contains("sasl.jaas.config = [hidden]").contains("streams state").doesNotContain(PASSWORD);
    }

    /** process as the launcher runs it: its own JVM, the production logback.xml, Kafka's INFO lines included. */
    private static Process startProcessor(Path config, Path output) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + Main.class.getResource("/logback.xml"), "-Dfigurewire.log.target=CONSOLE",
                "-Dfigurewire.kafka.log.level=INFO", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.figurewire.records",
                "-cp", System.getProperty("java.class.path"), "io.figurewire.cli.Main", "process", "--config", config.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("FIGUREWIRE_HOME", dir.resolve("home").toString());
        return pb.start();
    }

    private record Run(int status, String out) {
    }

    /** A command in this JVM, its stdout and stderr captured. */
    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            return new Run(Main.run(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger("org.apache.kafka")).setLevel(Level.INFO);
        return appender;
    }

    private static void stopCapture(ListAppender<ILoggingEvent> appender) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        root.setLevel(Level.WARN);
        ((Logger) LoggerFactory.getLogger("org.apache.kafka")).setLevel(Level.WARN);
    }
}
