package io.figurewire.cli.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Kafka broker in KRaft combined mode on 127.0.0.1, run from the kafka_2.13 jar
 * on this JVM's classpath as a child process: a data directory, an effective server.properties
 * in it, a PID file, a log file, readiness checked by asking the broker (not by sleeping), and
 * a stop that waits for the process to end.
 */
public final class LocalBroker implements AutoCloseable {

    public static final String PID_FILE = "broker.pid";
    public static final String LOG_FILE = "broker.log";
    public static final String CONFIG_FILE = "server.properties";

    private final Path dataDir;
    private final Path template;
    private final int port;
    private final int controllerPort;
    private Process process;
    private int saslPort;
    private Map<String, String> saslUsers = Map.of();

    public LocalBroker(Path dataDir, Path template, int port, int controllerPort) {
        this.dataDir = dataDir.toAbsolutePath();
        this.template = template;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /**
     * Adds a SASL_PLAINTEXT listener with the PLAIN mechanism on 127.0.0.1:{@code port}, accepting
     * these users (name to password), beside the plain listener the broker uses for itself: a
     * secured cluster to test clients against, without certificates.
     */
    public LocalBroker withSaslPlain(int port, Map<String, String> users) {
        this.saslPort = port;
        this.saslUsers = Map.copyOf(users);
        return this;
    }

    /** The SASL/PLAIN listener's address; see {@link #withSaslPlain}. */
    public String saslBootstrap() {
        return "127.0.0.1:" + saslPort;
    }

    public Path logFile() {
        return dataDir.resolve(LOG_FILE);
    }

    public Path pidFile() {
        return dataDir.resolve(PID_FILE);
    }

    /** Starts the broker and returns once it answers metadata requests. */
    public LocalBroker start(Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        refuseIfAlreadyRunning();
        requireFreePort(port);
        requireFreePort(controllerPort);
        Path config = writeEffectiveConfig();
        format(config);
        ProcessBuilder pb = new ProcessBuilder(javaCommand("kafka.Kafka", config.toString()));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        process = pb.start();
        Files.writeString(pidFile(), process.pid() + "\n");
        awaitReady(timeout);
        return this;
    }

    /** Blocks until the broker process ends. */
    public int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (process != null) {
            stop(process.toHandle(), Duration.ofSeconds(30));
        }
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the broker whose PID file is in {@code dataDir}; false if none was running. */
    public static boolean stopRunning(Path dataDir, Duration timeout) throws IOException {
        Path pid = dataDir.resolve(PID_FILE);
        if (!Files.exists(pid)) {
            return false;
        }
        var handle = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
        Files.deleteIfExists(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        stop(handle.get(), timeout);
        return true;
    }

    private static void stop(ProcessHandle handle, Duration timeout) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy(); // SIGTERM: the broker shuts down cleanly and flushes its logs
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception timedOut) {
            handle.destroyForcibly();
            handle.onExit().join();
        }
    }

    private void refuseIfAlreadyRunning() throws IOException {
        Path pid = pidFile();
        if (Files.exists(pid)) {
            var handle = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
            if (handle.isPresent() && handle.get().isAlive()) {
                throw new IllegalStateException("a broker is already running from " + dataDir + " (pid "
                        + handle.get().pid() + "); stop it with ./figurewire broker --stop");
            }
            Files.delete(pid);
        }
    }

    private Path writeEffectiveConfig() throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(template)) {
            props.load(in);
        }
        props.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        if (saslPort > 0) {
            addSaslListener(props);
        }
        props.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.setProperty("log.dirs", dataDir.resolve("data").toString());
        Path config = dataDir.resolve(CONFIG_FILE);
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "written by figurewire from " + template + " at " + Instant.now());
        }
        return config;
    }

    private void addSaslListener(Properties props) {
        String sasl = "SASL_PLAINTEXT://127.0.0.1:" + saslPort;
        props.setProperty("listeners", props.getProperty("listeners") + "," + sasl);
        props.setProperty("advertised.listeners", props.getProperty("advertised.listeners") + "," + sasl);
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
        props.setProperty("sasl.enabled.mechanisms", "PLAIN");
        props.setProperty("listener.name.sasl_plaintext.plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + saslUsers.entrySet().stream().map(u -> "user_" + u.getKey() + "=\"" + u.getValue() + "\"")
                        .collect(java.util.stream.Collectors.joining(" ")) + ";");
    }

    private void format(Path config) throws IOException, InterruptedException {
        if (Files.exists(dataDir.resolve("data").resolve("meta.properties"))) {
            return;
        }
        ProcessBuilder pb = new ProcessBuilder(javaCommand("kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("formatting the broker's storage failed:\n" + output);
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (!accepts(port)) {
            checkAlive(deadline, timeout);
            Thread.sleep(100);
        }
        try (Admin admin = Admin.create(props)) {
            while (true) {
                checkAlive(deadline, timeout);
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // not listening yet: ask again
                }
                Thread.sleep(200);
            }
        }
    }

    private void checkAlive(Instant deadline, Duration timeout) {
        if (!process.isAlive()) {
            throw new IllegalStateException("the broker exited during startup (status " + process.exitValue()
                    + "); see " + logFile());
        }
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("the broker did not become ready within " + timeout.toSeconds()
                    + " s; see " + logFile());
        }
    }

    /** The listener is up: connecting first keeps the admin client from logging refusals. */
    private static boolean accepts(int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static List<String> javaCommand(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xms256m");
        cmd.add("-Xmx1g");
        cmd.add("-Dfigurewire.log.target=CONSOLE");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** A port the OS says is free right now, for runs that must not collide with a user's broker. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static void requireFreePort(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use (another broker?); "
                    + "stop it or choose another port with --port");
        }
    }
}
