package io.figurewire.cli;

import io.figurewire.schemas.SerdeOptions;
import io.figurewire.schemas.WireFormat;
import picocli.CommandLine.Option;

/** How {@code process} writes the topics consumers read. */
final class OutputOptions {

    @Option(names = "--output-format", paramLabel = "avro|json", defaultValue = "${env:FIGUREWIRE_OUTPUT_FORMAT:-avro}",
            description = "how paragraphs, articles.clean, claims*, figures and figure-changes are written: Avro single-object "
                    + "encoding, or one JSON object per record with snake_case fields (default: ${DEFAULT-VALUE}; env FIGUREWIRE_OUTPUT_FORMAT)")
    WireFormat format;

    @Option(names = "--schema-registry", paramLabel = "URL", defaultValue = "${env:FIGUREWIRE_SCHEMA_REGISTRY}",
            description = "Apicurio Registry, e.g. http://127.0.0.1:8081 (its /apis/registry/v3 is added): write Avro through "
                    + "Apicurio's serdes and register the schemas as <topic>-value (env FIGUREWIRE_SCHEMA_REGISTRY)")
    String schemaRegistry;

    SerdeOptions serdes() {
        return new SerdeOptions(format, SerdeOptions.registryApi(schemaRegistry));
    }
}
