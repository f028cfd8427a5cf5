package io.figurewire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Consumers upgrade after producers; a new reader must read every record any earlier writer
 * wrote. Each released schema version is kept under src/main/resources/history/<Record>/vN.avsc.
 */
class SchemaCompatibilityTest {

    static List<Schema> currentSchemas() {
        return RecordSerdes.currentSchemas();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void currentSchemaReadsEveryKeptVersion(Schema current) {
        List<Schema> history = RecordSerdes.historyOf(current);
        assertThat(history).as("kept versions of %s", current.getName()).isNotEmpty();
        for (Schema old : history) {
            var result = SchemaCompatibility.checkReaderWriterCompatibility(current, old);
            assertThat(result.getType())
                    .as("%s cannot read an older version: %s", current.getName(), result.getDescription())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void aChangedSchemaIsKeptAsANewVersion(Schema current) {
        List<Schema> history = RecordSerdes.historyOf(current);
        Schema newest = history.get(history.size() - 1);
        assertThat(newest)
                .as("%s changed: copy the new schema to history/%s/v%d.avsc (after checking it is compatible)",
                        current.getName(), current.getName(), history.size() + 1)
                .isEqualTo(current);
    }

    @Test
    void theCheckCatchesAnIncompatibleChange() {
        Schema old = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
        Schema addsRequiredField = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}]}");
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(addsRequiredField, old).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }
}
