package io.figurewire.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The effective configuration of one command run, layered: a flag beats an environment variable
 * ({@code FIGUREWIRE_…}), which beats the properties file, which beats the default in
 * {@link Settings}. Kafka client settings pass through from the file ({@code kafka.*}) and the
 * environment ({@code KAFKA_*}), the environment winning. Every value remembers where it came
 * from, for {@code ./figurewire config}.
 */
public final class Configuration {

    /** Where a value came from, weakest first. */
    public enum Origin {
        DEFAULT, FILE, ENV, FLAG;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param source the file, variable or flag that gave the value; empty for a default */
    public record Value(String key, String value, Origin origin, String source) {

        /** The value as it may be printed or logged: secrets masked. */
        public String shown() {
            return SecretKeys.shown(key, value);
        }
    }

    private final Map<Setting, Value> values;
    private final Map<String, Value> kafka;
    private final ConfigFile file;
    private final List<String> ignored;

    Configuration(Map<Setting, Value> values, Map<String, Value> kafka, ConfigFile file, List<String> ignored) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.kafka = Collections.unmodifiableMap(new TreeMap<>(kafka));
        this.file = file;
        this.ignored = List.copyOf(ignored);
    }

    /**
     * @param env   the process environment (System.getenv() in a real run)
     * @param home  the figurewire home ($FIGUREWIRE_HOME or ./.figurewire): {@code {home}} in defaults, and the default file's place
     * @param configFlag {@code --config FILE}, or null
     * @param flags setting key to the value given on the command line
     */
    public static Configuration load(Map<String, String> env, Path home, Path configFlag, Map<String, String> flags) {
        ConfigFile file = ConfigFile.locate(configFlag, env, home);
        Map<String, String> fromFile = file.read();
        Map<Setting, Value> values = new LinkedHashMap<>();
        for (Setting s : Settings.ALL) {
            values.put(s, resolve(s, env, home, file, fromFile, flags));
        }
        for (String key : flags.keySet()) {
            if (Settings.byKey(key).isEmpty()) throw new IllegalArgumentException("unknown setting '" + key + "'");
        }
        Map<String, Value> kafka = new LinkedHashMap<>();
        fromFile.forEach((k, v) -> {
            if (k.startsWith(KafkaPassThrough.FILE_PREFIX)) {
                String client = k.substring(KafkaPassThrough.FILE_PREFIX.length());
                kafka.put(client, new Value(k, v, Origin.FILE, file.path().toString()));
            }
        });
        List<String> ignored = new ArrayList<>();
        KafkaPassThrough.fromEnv(env, ignored).forEach((client, variable) ->
                kafka.put(client, new Value(KafkaPassThrough.FILE_PREFIX + client, env.get(variable), Origin.ENV, variable)));
        KafkaPassThrough.refuseBootstrap(kafka.keySet(), ignored).forEach(kafka::remove);
        return new Configuration(values, kafka, file, ignored);
    }

    private static Value resolve(Setting s, Map<String, String> env, Path home, ConfigFile file, Map<String, String> fromFile,
                                 Map<String, String> flags) {
        if (flags.containsKey(s.key())) return new Value(s.key(), flags.get(s.key()), Origin.FLAG, s.flag());
        if (env.containsKey(s.envName())) return new Value(s.key(), env.get(s.envName()), Origin.ENV, s.envName());
        if (fromFile.containsKey(s.key())) return new Value(s.key(), fromFile.get(s.key()), Origin.FILE, file.path().toString());
        return new Value(s.key(), s.defaultValue().replace(Setting.HOME_PLACEHOLDER, home.toString()), Origin.DEFAULT, "");
    }

    public Value value(Setting s) {
        return values.get(s);
    }

    public String string(Setting s) {
        return values.get(s).value().strip();
    }

    /** @throws IllegalArgumentException naming the setting and where the bad value came from */
    public int integer(Setting s) {
        long v = longValue(s);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw bad(s, "is out of range");
        return (int) v;
    }

    public long longValue(Setting s) {
        try {
            return Long.parseLong(string(s));
        } catch (NumberFormatException e) {
            throw bad(s, "is not a whole number");
        }
    }

    /** A path, or null when the setting is empty. */
    public Path path(Setting s) {
        String v = string(s);
        return v.isEmpty() ? null : Path.of(v);
    }

    /** Comma-separated, blanks dropped. */
    public List<String> list(Setting s) {
        return Arrays.stream(string(s).split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private IllegalArgumentException bad(Setting s, String what) {
        Value v = values.get(s);
        return new IllegalArgumentException(s.key() + " = '" + v.shown() + "' (" + describe(v) + ") " + what);
    }

    /** "default", "env FIGUREWIRE_PARTITIONS", "flag --partitions", "file /etc/figurewire.properties". */
    public static String describe(Value v) {
        return v.origin() == Origin.DEFAULT ? "default" : v.origin().label() + " " + v.source();
    }

    public KafkaConnection connection() {
        Map<String, String> props = new LinkedHashMap<>();
        kafka.forEach((k, v) -> props.put(k, v.value()));
        return new KafkaConnection(string(Settings.BOOTSTRAP), props);
    }

    /** Every setting, in catalog order. */
    public List<Value> values() {
        return List.copyOf(values.values());
    }

    /** The Kafka client settings passed through, by client key (without {@code kafka.}). */
    public Map<String, Value> kafka() {
        return kafka;
    }

    public ConfigFile file() {
        return file;
    }

    /** KAFKA_* variables and keys not passed on, each with the reason. */
    public List<String> ignored() {
        return ignored;
    }
}
