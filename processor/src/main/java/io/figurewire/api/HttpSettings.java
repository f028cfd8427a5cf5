package io.figurewire.api;

import java.util.List;

/**
 * Where the HTTP API listens. Loopback unless told otherwise: the API has no authentication,
 * so exposing it is a deliberate choice ({@code --http-host 0.0.0.0}). Port 0 asks the system
 * for a free port (tests, several instances on one machine).
 *
 * @param allowedHosts host names accepted in the {@code Host} header besides loopback names, IP
 *                     addresses and this instance's own bind and advertised names (see {@link HostCheck})
 */
public record HttpSettings(String host, int port, List<String> allowedHosts) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public HttpSettings {
        allowedHosts = List.copyOf(allowedHosts);
    }

    public HttpSettings(String host, int port) {
        this(host, port, List.of());
    }

    public static HttpSettings anyFreePort() {
        return new HttpSettings(DEFAULT_HOST, 0);
    }
}
