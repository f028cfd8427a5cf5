package io.figurewire.api;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers only requests whose {@code Host} header names this API. Without it, a web page on
 * evil.example can re-point its own name at 127.0.0.1 (DNS rebinding) and read a loopback API
 * as same-origin. Accepted: {@code localhost} and {@code *.localhost}, IP literals (a browser sends
 * one only for a page loaded from that very address, so they cannot be rebound), this instance's
 * bind and advertised names (instances forward to each other by those), and configured names.
 * Anything else, or no Host at all, gets 403 before any route runs.
 */
final class HostCheck extends Filter {

    private final Set<String> names;

    HostCheck(Collection<String> names) {
        this.names = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void doFilter(HttpExchange x, Chain chain) throws IOException {
        if (allows(x.getRequestHeaders().getFirst("Host"))) {
            chain.doFilter(x);
            return;
        }
        byte[] body = "{\"error\":\"host not allowed; add it with --http-allowed-hosts\"}".getBytes(StandardCharsets.UTF_8);
        try (x) {
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(403, body.length);
            x.getResponseBody().write(body);
        }
    }

    @Override
    public String description() {
        return "Host header check (DNS rebinding)";
    }

    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = withoutPort(hostHeader.strip().toLowerCase(Locale.ROOT));
        return host.equals("localhost") || host.endsWith(".localhost") || isIpLiteral(host) || names.contains(host);
    }

    /** "example.org:8080" → "example.org"; "[::1]:8080" → "[::1]". */
    static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** A dotted IPv4 address or a bracketed IPv6 one, by its characters alone (no DNS lookup). */
    static boolean isIpLiteral(String host) {
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.length() > 2 && host.substring(1, host.length() - 1).chars()
                    .allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
