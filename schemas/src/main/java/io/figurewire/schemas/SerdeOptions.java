package io.figurewire.schemas;

import io.figurewire.settings.Configuration;
import io.figurewire.settings.Settings;
import java.util.Objects;

/**
 * What the serde factory needs to know to write the output topics: their format, and the URL of
 * an Apicurio Registry ({@code http://host:8080/apis/registry/v3}) when its Avro serdes are to be
 * used instead. A registry makes the values Avro through the registry whatever the format says,
 * so the two are never combined.
 */
public record SerdeOptions(WireFormat format, String schemaRegistry) {

    public SerdeOptions {
        Objects.requireNonNull(format, "format");
        if (schemaRegistry != null && schemaRegistry.isBlank()) {
            schemaRegistry = null;
        }
        if (schemaRegistry != null && format != WireFormat.avro) {
            throw new IllegalArgumentException("--schema-registry writes Avro through the registry: it cannot be combined with --output-format "
                    + format);
        }
    }

    /** The output settings of the configuration model. */
    public static SerdeOptions from(Configuration c) {
        return new SerdeOptions(WireFormat.of(c.string(Settings.OUTPUT_FORMAT)), registryApi(c.string(Settings.SCHEMA_REGISTRY)));
    }

    /** For writing articles.raw: Avro, through the registry when one is set (the output format is the processor's). */
    public static SerdeOptions forInput(Configuration c) {
        return new SerdeOptions(WireFormat.avro, registryApi(c.string(Settings.SCHEMA_REGISTRY)));
    }

    /** The default: Avro single-object encoding, no registry. */
    public static SerdeOptions defaults() {
        return new SerdeOptions(WireFormat.avro, null);
    }

    public static SerdeOptions json() {
        return new SerdeOptions(WireFormat.json, null);
    }

    public static SerdeOptions registry(String url) {
        return new SerdeOptions(WireFormat.avro, Objects.requireNonNull(url, "url"));
    }

    /**
     * The registry's v3 API for a URL given either way: {@code http://host:8081} or the API itself
     * ({@code http://host:8081/apis/registry/v3}); null or blank stays null.
     */
    public static String registryApi(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip().replaceAll("/+$", "");
        return u.contains("/apis/") ? u : u + "/apis/registry/v3";
    }

    public boolean usesRegistry() {
        return schemaRegistry != null;
    }
}
