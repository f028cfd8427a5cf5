package io.figurewire.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.figurewire.settings.Configuration.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    @TempDir
    Path home;

    private Path file(String text) throws IOException {
        return Files.writeString(home.resolve("test.properties"), text);
    }

    @Test
    void flagBeatsEnvironmentBeatsFileBeatsDefault() throws IOException {
        Path f = file("partitions=2\nthreads=3\ncommit.interval.ms=50\n");
        Map<String, String> env = Map.of("FIGUREWIRE_PARTITIONS", "4", "FIGUREWIRE_THREADS", "5");
        Configuration c = Configuration.load(env, home, f, Map.of("partitions", "9"));

        assertThat(c.integer(Settings.PARTITIONS)).isEqualTo(9);
        assertThat(c.value(Settings.PARTITIONS).origin()).isEqualTo(Origin.FLAG);
        assertThat(c.integer(Settings.THREADS)).isEqualTo(5);
        assertThat(c.value(Settings.THREADS).source()).isEqualTo("FIGUREWIRE_THREADS");
        assertThat(c.longValue(Settings.COMMIT_INTERVAL_MS)).isEqualTo(50);
        assertThat(c.value(Settings.COMMIT_INTERVAL_MS).origin()).isEqualTo(Origin.FILE);
        assertThat(c.string(Settings.APPLICATION_ID)).isEqualTo("figurewire");
        assertThat(c.value(Settings.APPLICATION_ID).origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void defaultsNameTheHomeDirectory() {
        Configuration c = Configuration.load(Map.of(), home, null, Map.of());
        assertThat(c.path(Settings.STATE_DIR)).isEqualTo(home.resolve("state"));
        assertThat(c.file().exists()).isFalse();
        assertThat(c.file().path()).isEqualTo(home.resolve(ConfigFile.DEFAULT_NAME));
    }

    @Test
    void theDefaultFileIsReadWhenPresentAndTheEnvironmentCanNameAnother() throws IOException {
        Files.writeString(home.resolve(ConfigFile.DEFAULT_NAME), "application.id=from-default-file\n");
        assertThat(Configuration.load(Map.of(), home, null, Map.of()).string(Settings.APPLICATION_ID)).isEqualTo("from-default-file");

        Path other = file("application.id=from-env-file\n");
        Configuration c = Configuration.load(Map.of(ConfigFile.ENV, other.toString()), home, null, Map.of());
        assertThat(c.string(Settings.APPLICATION_ID)).isEqualTo("from-env-file");
        assertThat(c.file().chosenBy()).isEqualTo(ConfigFile.ENV);
    }

    @Test
    void kafkaKeysOfTheFileAndKafkaVariablesPassThroughTheEnvironmentWinning() throws IOException {
        Path f = file("kafka.security.protocol=SASL_SSL\nkafka.sasl.mechanism=PLAIN\nkafka.num.standby.replicas=1\n");
        Map<String, String> env = Map.of("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required;",
                "KAFKA_HOME", "/opt/kafka", "KAFKA_HEAP_OPTS", "-Xmx1g");
        Configuration c = Configuration.load(env, home, f, Map.of());

        assertThat(c.connection().clientProperties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512", "num.standby.replicas", "1",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required;"));
        assertThat(c.kafka().get("sasl.mechanism").source()).isEqualTo("KAFKA_SASL_MECHANISM");
        assertThat(c.ignored()).anyMatch(s -> s.startsWith("KAFKA_HOME")).anyMatch(s -> s.startsWith("KAFKA_HEAP_OPTS"));
        assertThat(c.connection().applyTo(new java.util.Properties())).containsEntry("bootstrap.servers", "127.0.0.1:9092");
    }

    @Test
    void bootstrapServersIsNotPassedThroughTwice() throws IOException {
        Configuration c = Configuration.load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092"), home,
                file("bootstrap=here:9092\n"), Map.of());
        assertThat(c.connection().bootstrap()).isEqualTo("here:9092");
        assertThat(c.connection().clientProperties()).isEmpty();
        assertThat(c.ignored()).anyMatch(s -> s.contains("bootstrap.servers"));
    }

    @Test
    void anUnknownKeyInTheFileIsATypoNamed() throws IOException {
        Path f = file("partitons=3\n");
        assertThatThrownBy(() -> Configuration.load(Map.of(), home, f, Map.of()))
                .hasMessageContaining("unknown setting 'partitons'");
        assertThatThrownBy(() -> Configuration.load(Map.of(), home, home.resolve("missing.properties"), Map.of()))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aBadNumberNamesTheSettingAndWhereItCameFrom() {
        Configuration c = Configuration.load(Map.of("FIGUREWIRE_PARTITIONS", "six"), home, null, Map.of());
        assertThatThrownBy(() -> c.integer(Settings.PARTITIONS))
                .hasMessage("partitions = 'six' (env FIGUREWIRE_PARTITIONS) is not a whole number");
    }

    @Test
    void secretsAreMaskedWhereverTheConnectionIsShown() throws IOException {
        Path f = file("kafka.sasl.jaas.config=PlainLoginModule required username=\"u\" password=\"hunter2\";\n"
                + "kafka.ssl.truststore.password=trust-me\nkafka.ssl.truststore.location=/etc/ts.jks\n");
        Configuration c = Configuration.load(Map.of(), home, f, Map.of());
        assertThat(c.connection().toString()).doesNotContain("hunter2").doesNotContain("trust-me").contains("/etc/ts.jks");
        assertThat(c.kafka().get("sasl.jaas.config").shown()).isEqualTo(SecretKeys.MASK);
        assertThat(c.kafka().get("ssl.truststore.location").shown()).isEqualTo("/etc/ts.jks");
    }

    @Test
    void secretWordsComeFromTheDataFile() {
        assertThat(SecretKeys.words()).containsExactlyInAnyOrder("password", "secret", "jaas", "token");
        assertThat(SecretKeys.isSecret("sasl.oauthbearer.client.credentials.client.secret")).isTrue();
        assertThat(SecretKeys.isSecret("ssl.keystore.location")).isFalse();
    }

    @Test
    void flagsAndVariablesAreDerivedFromTheKey() {
        assertThat(Settings.STATE_DIR.flag()).isEqualTo("--state-dir");
        assertThat(Settings.STATE_DIR.envName()).isEqualTo("FIGUREWIRE_STATE_DIR");
        assertThat(Settings.ALL).extracting(Setting::key).doesNotHaveDuplicates();
    }
}
