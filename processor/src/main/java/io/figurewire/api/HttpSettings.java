package io.figurewire.api;

import io.figurewire.settings.Configuration;
import io.figurewire.settings.Settings;
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

    public static final String DEFAULT_HOST = Settings.HTTP_HOST.defaultValue();

    public HttpSettings {
        allowedHosts = List.copyOf(allowedHosts);
    }

    public HttpSettings(String host, int port) {
        this(host, port, List.of());
    }

    /** From the configuration; null when {@code http.port} is 0 (no API). */
    public static HttpSettings from(Configuration c) {
        int port = c.integer(Settings.HTTP_PORT);
        return port == 0 ? null : new HttpSettings(c.string(Settings.HTTP_HOST), port, c.list(Settings.HTTP_ALLOWED_HOSTS));
    }

    public static HttpSettings anyFreePort() {
        return new HttpSettings(DEFAULT_HOST, 0);
    }
}
