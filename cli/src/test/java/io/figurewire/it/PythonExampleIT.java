package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.cli.DemoOutputs;
import io.figurewire.producer.PublishRun;
import io.figurewire.records.Figure;
import io.figurewire.runtime.ProcessorApp;
import io.figurewire.schemas.RecordJson;
import io.figurewire.topology.ProcessorSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/python/read_figures.py, run with Debian's python3-avro and python3-confluent-kafka
 * against the local broker, reads the figures topic (Avro single-object encoding, writer schema
 * found by fingerprint in schemas/) and prints the same figures the Java readers see. Skips, with
 * the reason, where those packages are not installed (.ci/run installs them).
 */
class PythonExampleIT {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path ROOT = Path.of(System.getProperty("figurewire.root", ".."));
    static final Path SCRIPT = ROOT.resolve("examples/python/read_figures.py");

    @RegisterExtension
    static final KafkaCluster KAFKA = new KafkaCluster();

    @TempDir
    Path dir;

    @Test
    void theExamplePrintsTheFiguresTheJavaReadersSee() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "skipped: no " + PYTHON);
        assumeTrue(run(List.of(PYTHON.toString(), "-c", "import avro.io, confluent_kafka"), dir.resolve("probe.txt")) == 0,
                "skipped: python3-avro or python3-confluent-kafka is not installed (apt-get install python3-avro python3-confluent-kafka)");
        ProcessorSettings settings = Pipelines.settings(KAFKA.bootstrap(), dir.resolve("state"), "py.");
        try (ProcessorApp app = Pipelines.startAndAwaitRunning(settings)) {
            PublishRun.publishQuietly(KAFKA.bootstrap(), settings.topics().raw(), List.of(TieWire.write(dir.resolve("ties.jsonl")).toString()));
            Pipelines.awaitProcessed(app);
        }
        Map<String, Figure> expected = DemoOutputs.read(KAFKA.bootstrap(), settings.topics()).figures();
        assertThat(expected).isNotEmpty();

        Path out = dir.resolve("python-out.txt");
        int exit = run(List.of(PYTHON.toString(), SCRIPT.toString(), "--bootstrap", KAFKA.bootstrap(),
                "--topic", settings.topics().figures(), "--until-end"), out);
        String printed = Files.readString(out);
        assertThat(exit).as("exit of read_figures.py; it printed:%n%s", printed).isZero();

        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (String line : printed.lines().filter(l -> l.startsWith("{")).toList()) {
            JsonNode figure = json.readTree(line);
            latest.put(figure.get("metric").asText(), figure);
        }
        assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((metric, figure) -> {
            JsonNode java = json.valueToTree(RecordJson.toMap(figure));
            assertThat(latest.get(metric).equals(NUMBERS_BY_VALUE, java))
                    .as("figure %s%n python: %s%n java:   %s", metric, latest.get(metric), java).isTrue();
        });
    }

    /** Python prints 12.0 where Java's JSON view prints 12: the same number. */
    static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? Double.compare(a.doubleValue(), b.doubleValue()) : (a.equals(b) ? 0 : 1);

    private static int run(List<String> command, Path output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 180 s; it printed:\n" + Files.readString(output, StandardCharsets.UTF_8));
        }
        return p.exitValue();
    }
}
