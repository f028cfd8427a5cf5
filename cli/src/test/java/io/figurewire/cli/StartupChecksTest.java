package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong setting is one sentence that names it and the fix; no broker needed for these. */
class StartupChecksTest {

    @TempDir
    Path dir;

    @Test
    void aBootstrapStringMustBeHostPortPairs() {
        assertThatCode(() -> StartupChecks.requireBootstrapList("127.0.0.1:9092,broker-2.example:19092")).doesNotThrowAnyException();
        for (String bad : new String[] {"localhost", "localhost:", ":9092", "host:port", "host:70000", "a b:9092", " "}) {
            assertThatThrownBy(() -> StartupChecks.requireBootstrapList(bad)).as(bad).hasMessageContaining("--bootstrap");
        }
    }

    @Test
    void aStateDirectoryThatCannotBeWrittenIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> StartupChecks.requireWritableDir(file.resolve("state"), "--state-dir"))
                .hasMessageContaining(file.resolve("state").toString()).hasMessageContaining("--state-dir");
        assertThatCode(() -> StartupChecks.requireWritableDir(dir.resolve("state"), "--state-dir")).doesNotThrowAnyException();
    }

    @Test
    void aPortInUseIsNamedWithTheOptionToChangeIt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> StartupChecks.requireFreePort("127.0.0.1", port, "--http-port"))
                    .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("--http-port");
        }
    }

    @Test
    void processWithABadBootstrapSaysOneLineAndExitsNonZero() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("process", "--bootstrap", "not-a-bootstrap", "--state-dir", dir.resolve("s").toString());
        } finally {
            System.setErr(err);
        }
        String out = captured.toString(StandardCharsets.UTF_8).strip();
        assertThat(status).isNotZero();
        assertThat(out).contains("bad --bootstrap entry 'not-a-bootstrap'").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.lines().count()).isEqualTo(1);
    }
}
