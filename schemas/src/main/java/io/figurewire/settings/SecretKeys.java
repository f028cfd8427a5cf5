package io.figurewire.settings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Which settings hold secrets, by the words of their key (secret-key-words.txt): such a value is
 * never printed, only "******". Matching on words of the name rather than on a list of known keys
 * also covers settings of Kafka plugins figurewire has never heard of.
 */
public final class SecretKeys {

    static final String RESOURCE = "/io/figurewire/settings/secret-key-words.txt";
    public static final String MASK = "******";
    private static final List<String> WORDS = load();

    private SecretKeys() {
    }

    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return WORDS.stream().anyMatch(k::contains);
    }

    /** The value as it may be shown: masked when the key names a secret. */
    public static String shown(String key, String value) {
        return isSecret(key) && value != null && !value.isEmpty() ? MASK : value;
    }

    public static List<String> words() {
        return WORDS;
    }

    private static List<String> load() {
        try (InputStream in = SecretKeys.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " on the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
