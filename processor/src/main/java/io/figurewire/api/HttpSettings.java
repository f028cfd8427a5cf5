package io.figurewire.api;

/**
 * Where the HTTP API listens. Loopback unless told otherwise: the API has no authentication,
 * so exposing it is a deliberate choice ({@code --http-host 0.0.0.0}). Port 0 asks the system
 * for a free port (tests, several instances on one machine).
 */
public record HttpSettings(String host, int port) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public static HttpSettings anyFreePort() {
        return new HttpSettings(DEFAULT_HOST, 0);
    }
}
