package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/** No Docker engine runs here, so the compose file is checked as data: valid YAML, right image, wired services. */
class DockerComposeFileTest {

    @Test
    void composeFileIsValidAndRunsTheSameKafkaVersionInKRaftMode() throws Exception {
        Path file = Path.of(System.getProperty("figurewire.root", ".."), "docker-compose.yml");
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        JsonNode services = compose.get("services");
        assertThat(services.fieldNames()).toIterable().contains("kafka", "processor", "producer");

        JsonNode kafka = services.get("kafka");
        assertThat(kafka.get("image").asText()).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
        assertThat(kafka.get("environment").get("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(kafka.get("environment").get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asInt()).isEqualTo(1);

        assertThat(services.get("processor").get("command").toString()).contains("process");
        assertThat(services.get("processor").get("depends_on").get("kafka").get("condition").asText()).isEqualTo("service_healthy");
        assertThat(services.get("producer").get("command").toString()).contains("produce");
        assertThat(services.get("producer").get("restart").asText()).isEqualTo("no");
    }
}
