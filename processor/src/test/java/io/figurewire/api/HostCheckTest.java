package io.figurewire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostCheckTest {

    final HostCheck check = new HostCheck(List.of("127.0.0.1", "figures.example.org", "Desk-7"));

    @Test
    void loopbackNamesIpLiteralsAndConfiguredNamesPass() {
        assertThat(List.of("localhost", "LOCALHOST:8080", "app.localhost:80", "127.0.0.1:8080", "[::1]:8080", "[::1]",
                "10.0.0.5", "figures.example.org", "Figures.Example.org:443", "desk-7:8080"))
                .allSatisfy(h -> assertThat(check.allows(h)).as(h).isTrue());
    }

    @Test
    void otherNamesAndAMissingHostAreRefused() {
        assertThat(java.util.Arrays.asList("evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.evil.example",
                "figures.example.org.evil.example", "256.1.1.1", "1.2.3", "[zz::1]", "", " ", null))
                .allSatisfy(h -> assertThat(check.allows(h)).as("%s", h).isFalse());
    }
}
