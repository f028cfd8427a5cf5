package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./figurewire config}: every setting with its value and origin, secrets masked. */
class ConfigCommandTest {

    static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEverySettingWithWhereItCameFromAndMasksSecrets(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("cluster.properties"), String.join("\n",
                "partitions=3",
                "threads=2",
                "kafka.security.protocol=SASL_SSL",
                "kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"fw\" password=\"pw-in-jaas-1\";",
                "kafka.ssl.truststore.password=pw-truststore-2",
                "kafka.sasl.oauthbearer.token.endpoint.url=https://idp.example/token-3",
                ""));

        String out = run("config", "--config", file.toString(), "--threads", "4");

        assertThat(out).contains("configuration file: " + file.toAbsolutePath() + " (--config)");
        assertThat(out.lines()).anyMatch(l -> l.matches("partitions\\s+3\\s+file " + java.util.regex.Pattern.quote(file.toAbsolutePath().toString())))
                .anyMatch(l -> l.matches("threads\\s+4\\s+flag --threads"))
                .anyMatch(l -> l.matches("application\\.id\\s+figurewire\\s+default"))
                .anyMatch(l -> l.matches("kafka\\.security\\.protocol\\s+SASL_SSL\\s+file .*"))
                .anyMatch(l -> l.matches("kafka\\.sasl\\.jaas\\.config\\s+\\*{6}\\s+file .*"));
        assertThat(out).doesNotContain("pw-in-jaas-1").doesNotContain("pw-truststore-2").doesNotContain("token-3");
    }

    @Test
    void worksWithNoFileAtAllListingEverySetting() {
        String out = run("config");
        assertThat(out).contains("default location");
        for (var s : io.figurewire.settings.Settings.ALL) {
            assertThat(out.lines()).as(s.key()).anyMatch(l -> l.startsWith(s.key() + " "));
        }
    }
}
