package io.figurewire.cli;

import io.figurewire.cli.broker.LocalBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run a local single-node Kafka broker (KRaft combined mode) on 127.0.0.1.",
                "Runs in the foreground until Ctrl-C; the data directory keeps topics between runs.",
                "The broker's own log goes to <data-dir>/broker.log."})
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "broker data, PID file and log (default: $FIGUREWIRE_HOME/broker)")
    Path dataDir;

    @Option(names = "--port", defaultValue = "9092", description = "client port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--controller-port", defaultValue = "9093", description = "KRaft controller port (default: ${DEFAULT-VALUE})")
    int controllerPort;

    @Option(names = "--broker-config", paramLabel = "FILE",
            description = "broker properties template (default: config/broker.properties in the checkout)")
    Path config;

    @Option(names = "--stop", description = "stop the broker running from --data-dir and exit")
    boolean stop;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir != null ? dataDir : Main.Workspace.home().resolve("broker");
        if (stop) {
            boolean stopped = LocalBroker.stopRunning(dir, Duration.ofSeconds(30));
            System.out.println(stopped ? "broker stopped" : "no broker running from " + dir);
            return 0;
        }
        LocalBroker broker = new LocalBroker(dir, config != null ? config : Main.Workspace.brokerTemplate(), port, controllerPort);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-stop"));
        long started = System.nanoTime();
        System.out.println("starting Kafka broker (KRaft) in " + dir + " ...");
        broker.start(Duration.ofSeconds(90));
        System.out.printf("broker ready on %s in %.1f s (pid file %s, log %s); Ctrl-C to stop%n", broker.bootstrap(),
                (System.nanoTime() - started) / 1e9, broker.pidFile(), broker.logFile());
        int status = broker.awaitExit();
        System.out.println("broker exited with status " + status);
        return status == 0 || status == 143 ? 0 : status;
    }
}
