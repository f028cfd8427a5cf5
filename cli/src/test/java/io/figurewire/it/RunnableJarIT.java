package io.figurewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one runnable jar, as docker-compose.yml and the launcher run it: {@code java -jar
 * figurewire.jar demo} with nothing else on the class path and no system properties, so the
 * broker it starts, Streams with RocksDB, Avro and the merged META-INF/services all come from
 * the jar alone. It runs in a directory outside the checkout, as a user who only downloaded the
 * jar would: the broker template then comes from the jar too.
 */
class RunnableJarIT {

    @Test
    void theDemoRunsFromTheJarAlone(@TempDir Path home) throws Exception {
        Path root = Path.of(System.getProperty("figurewire.root"));
        Path jar = root.resolve("cli/target/figurewire.jar");
        assertThat(jar).exists();
        Path output = home.resolve("demo.out");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "demo")).directory(home.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("FIGUREWIRE_HOME", home.toString());
        Process demo = pb.start();
        boolean ended = demo.waitFor(6, TimeUnit.MINUTES);
        if (!ended) demo.destroyForcibly().waitFor();
        String out = Files.readString(output);
        assertThat(ended).as(out).isTrue();
        assertThat(demo.exitValue()).as(out).isZero();
        assertThat(out).contains("LATEST FIGURES").contains("[5/5] processor and broker stopped cleanly");
        assertThat(home.resolve("broker-template.properties")).content()
                .isEqualTo(Files.readString(root.resolve("config/broker.properties")));
    }
}
