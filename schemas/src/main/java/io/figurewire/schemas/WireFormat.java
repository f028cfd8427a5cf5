package io.figurewire.schemas;

/**
 * How the output topics' values are written. Lower-case names, as typed on the command line
 * ({@code --output-format json}).
 */
public enum WireFormat {
    /** Avro single-object encoding: two marker bytes, the schema's fingerprint, Avro binary. */
    avro,
    /** One JSON object per record with the records' snake_case fields, as {@link RecordJson} writes them. */
    json;

    /** The format a setting names, with the choices in the error when it names none. */
    public static WireFormat of(String name) {
        for (WireFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("output.format: '" + name + "' is not one of avro, json");
    }
}
