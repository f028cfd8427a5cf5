package io.figurewire.settings;

import java.util.Locale;

/**
 * One configuration setting: its key in a properties file, its default (the only place a
 * default is written), and the words its flag's help shows. The flag and the environment
 * variable are derived from the key, so they cannot drift apart: {@code state.dir} is
 * {@code --state-dir} and {@code FIGUREWIRE_STATE_DIR}.
 *
 * @param defaultValue may name {@code {home}}, the figurewire home directory ($FIGUREWIRE_HOME)
 */
public record Setting(String key, String defaultValue, String paramLabel, String description) {

    public static final String ENV_PREFIX = "FIGUREWIRE_";
    public static final String HOME_PLACEHOLDER = "{home}";

    public Setting {
        if (!key.matches("[a-z]+(\\.[a-z]+)*")) {
            throw new IllegalArgumentException("a setting key is lower-case words joined by dots: " + key);
        }
    }

    public String flag() {
        return "--" + key.replace('.', '-');
    }

    public String envName() {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public boolean secret() {
        return SecretKeys.isSecret(key);
    }
}
