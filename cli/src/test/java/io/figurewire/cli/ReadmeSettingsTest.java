package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's settings table is the catalog's: every setting, its flag, variable and default, and no other row. */
class ReadmeSettingsTest {

    private static final String ROW_START = "| `";

    static String row(Setting s) {
        String d = s.defaultValue().isEmpty() ? "(none)" : "`" + s.defaultValue().replace(Setting.HOME_PLACEHOLDER, "$FIGUREWIRE_HOME") + "`";
        return ROW_START + s.key() + "` | `" + s.flag() + "` | `" + s.envName() + "` | " + d + " |";
    }

    @Test
    void theConfigurationTableListsEverySettingAsTheCatalogDoes() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("figurewire.root", ".."), "README.md"));
        List<String> rows = lines.stream().filter(l -> l.startsWith(ROW_START) && l.contains("` | `--")).toList();
        for (Setting s : Settings.ALL) {
            assertThat(rows).as(s.key()).anyMatch(l -> l.startsWith(row(s)));
        }
        assertThat(rows).hasSameSizeAs(Settings.ALL);
    }
}
