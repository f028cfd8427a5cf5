package io.figurewire.cli;

import io.figurewire.settings.Setting;
import java.util.List;

/**
 * A command that takes settings from the layered configuration. Its flags for them are not
 * written in the command: {@link SettingOptions} adds one per setting named here, with the
 * catalog's help text and default, so every command offers a setting the same way.
 */
interface Configurable {

    List<Setting> settings();
}
