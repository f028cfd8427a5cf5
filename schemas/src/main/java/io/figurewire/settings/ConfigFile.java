package io.figurewire.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The properties file: {@code --config FILE}, else {@code $FIGUREWIRE_CONFIG}, else
 * {@code $FIGUREWIRE_HOME/figurewire.properties} when it exists. Keys are setting keys
 * ({@code partitions=6}) or Kafka client settings under {@code kafka.}; any other key is a typo
 * and stops the command, naming it.
 *
 * @param chosenBy "--config", "FIGUREWIRE_CONFIG" or "default location"
 */
public record ConfigFile(Path path, String chosenBy, boolean exists) {

    public static final String DEFAULT_NAME = "figurewire.properties";
    public static final String ENV = Setting.ENV_PREFIX + "CONFIG";
    /** A configuration file is a few hundred bytes; anything near this is not one. */
    static final long MAX_BYTES = 1 << 20;

    static ConfigFile locate(Path flag, Map<String, String> env, Path home) {
        if (flag != null) return required(flag, "--config");
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return required(Path.of(fromEnv), ENV);
        Path byDefault = home.resolve(DEFAULT_NAME);
        return new ConfigFile(byDefault, "default location", Files.isRegularFile(byDefault));
    }

    private static ConfigFile required(Path p, String by) {
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException("configuration file " + p + " (" + by + ") does not exist");
        return new ConfigFile(p.toAbsolutePath(), by, true);
    }

    /** Key to value, trimmed; empty when there is no file. */
    Map<String, String> read() {
        if (!exists) return Map.of();
        Properties props = new Properties();
        try {
            if (Files.size(path) > MAX_BYTES) throw new IllegalArgumentException("configuration file " + path + " is over 1 MiB");
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration file " + path, e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            if (!key.startsWith(KafkaPassThrough.FILE_PREFIX) && Settings.byKey(key).isEmpty()) {
                throw new IllegalArgumentException("unknown setting '" + key + "' in " + path + "; figurewire settings are "
                        + Settings.ALL.stream().map(Setting::key).toList() + ", Kafka client settings go under kafka.");
            }
            out.put(key, props.getProperty(key).strip());
        }
        return out;
    }
}
