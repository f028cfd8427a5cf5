package io.figurewire.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Apicurio Registry (the runner jar of its -all.zip from Maven Central, unpacked into target/) in a
 * child JVM on a free loopback port, with its default in-memory storage (H2 in memory), for one
 * test class. Started before the class, stopped after it; its log goes to target/.
 */
final class ApicurioRegistry implements BeforeAllCallback, AfterAllCallback {

    private Process process;
    private int port;
    private Path log;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path jar = unpacked();
        port = freePort();
        log = jar.getParent().resolveSibling("apicurio-registry-" + port + ".log");
        process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.access-log.enabled=false", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a JVM and Quarkus start on a loaded 2-core machine: half a minute is usual
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .ignoreException(UncheckedIOException.class).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with " + process.exitValue() + "; see " + log);
            }
            var ready = Http.get(port, "/health/ready");
            return ready.statusCode() == 200 && Http.json(ready).path("status").asText().equals("UP");
        });
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * An assumption that fails here, in the extension's beforeAll, aborts the whole class, and
     * Surefire then reports "Tests run: 0" with no skip and no reason: say why on stderr first.
     */
    private static void skipUnless(boolean condition, String reason) {
        if (!condition) System.err.println("SchemaRegistryIT " + reason);
        Assumptions.assumeTrue(condition, reason);
    }

    /** The runner jar, unpacked from the -all.zip into target/ on first use. */
    private static Path unpacked() throws IOException {
        String zipPath = System.getProperty("figurewire.apicurio.zip");
        String dirPath = System.getProperty("figurewire.apicurio.dir");
        skipUnless(zipPath != null && dirPath != null, "skipped: run through Maven (mvn verify), which says where the registry is");
        Path zip = Path.of(zipPath);
        skipUnless(Files.isRegularFile(zip), "skipped: no " + zip + "; fetch it as .ci/run does: mvn -B -ntp "
                + "org.apache.maven.plugins:maven-dependency-plugin:2.8:get -Dtransitive=false -Dartifact=io.apicurio:apicurio-registry-app:"
                + zip.getParent().getFileName() + ":zip:all");
        Path dir = Path.of(dirPath);
        String name = zip.getFileName().toString().replace("-all.zip", "-runner.jar");
        Path jar = dir.resolve(name);
        if (!Files.isRegularFile(jar)) {
            unzip(zip, dir);
        }
        return jar;
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), "apicurio-unpack");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                Path to = tmp.resolve(e.getName()).normalize();
                if (!to.startsWith(tmp)) {
                    throw new IOException("entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (var in = z.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        Files.move(tmp, dir); // whole or not at all: a half-unpacked directory is never taken for a good one
    }

    int port() {
        return port;
    }

    /** The v3 API, as the serdes take it. */
    String url() {
        return "http://127.0.0.1:" + port + "/apis/registry/v3";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
