package io.figurewire.schemas;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads back what {@link RecordJson} writes: plain JSON (no Avro union wrappers), times as ISO-8601,
 * enums as their names. The walk follows the schema, not the document, so it goes no deeper than
 * the schema does; Jackson's own nesting limit bounds the parse. A field missing from the JSON
 * takes its schema default, as an Avro reader would; one without a default is an error.
 */
public final class RecordJsonReader {

    /** Our records nest 4 levels; anything far deeper is not one of them. */
    private static final int MAX_NESTING = 64;
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build()).build();

    private RecordJsonReader() {
    }

    /** @throws IllegalArgumentException naming the first field that does not fit the schema */
    public static <T extends SpecificRecord> T read(byte[] json, Class<T> type, Schema schema) throws IOException {
        JsonNode node = MAPPER.readTree(json);
        return type.cast(value(node, schema, SpecificData.getForClass(type), "$"));
    }

    private static Object value(JsonNode node, Schema schema, SpecificData model, String path) {
        return switch (schema.getType()) {
            case NULL -> expect(node.isNull(), null, path, "null");
            case UNION -> union(node, schema, model, path);
            case RECORD -> record(expect(node.isObject(), node, path, "an object"), schema, model, path);
            case STRING -> expect(node.isTextual(), node.asText(), path, "a string");
            case ENUM -> enumSymbol(node, schema, model, path);
            case BOOLEAN -> expect(node.isBoolean(), node.asBoolean(), path, "true or false");
            case INT -> expect(node.isIntegralNumber() && node.canConvertToInt(), node.asInt(), path, "a whole number");
            case LONG -> isTimestamp(schema) ? instant(node, path) : expect(node.isIntegralNumber() && node.canConvertToLong(),
                    node.asLong(), path, "a whole number");
            case DOUBLE -> expect(node.isNumber(), node.asDouble(), path, "a number");
            case FLOAT -> expect(node.isNumber(), (float) node.asDouble(), path, "a number");
            case ARRAY -> array(expect(node.isArray(), node, path, "an array"), schema, model, path);
            case MAP -> map(expect(node.isObject(), node, path, "an object"), schema, model, path);
            default -> throw new IllegalArgumentException(path + ": Avro type " + schema.getType() + " has no JSON form here");
        };
    }

    private static Object record(JsonNode node, Schema schema, SpecificData model, String path) {
        Object record = model.newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            JsonNode child = node.get(field.name());
            Object v;
            if (child == null) {
                if (!field.hasDefaultValue()) {
                    throw new IllegalArgumentException(path + "." + field.name() + ": missing, and it has no default");
                }
                v = model.deepCopy(field.schema(), model.getDefaultValue(field));
            } else {
                v = value(child, field.schema(), model, path + "." + field.name());
            }
            model.setField(record, field.name(), field.pos(), v);
        }
        return record;
    }

    /** The first branch the JSON value's kind fits: null for null, else the first non-null branch that accepts it. */
    private static Object union(JsonNode node, Schema schema, SpecificData model, String path) {
        for (Schema branch : schema.getTypes()) {
            if (node.isNull() ? branch.getType() == Schema.Type.NULL : fits(node, branch)) {
                return value(node, branch, model, path);
            }
        }
        throw new IllegalArgumentException(path + ": " + node.getNodeType() + " fits none of " + schema.getTypes().stream()
                .map(Schema::getName).toList());
    }

    private static boolean fits(JsonNode node, Schema branch) {
        return switch (branch.getType()) {
            case RECORD, MAP -> node.isObject();
            case ARRAY -> node.isArray();
            case STRING, ENUM -> node.isTextual();
            case BOOLEAN -> node.isBoolean();
            case INT, LONG -> node.isIntegralNumber() || (isTimestamp(branch) && node.isTextual());
            case DOUBLE, FLOAT -> node.isNumber();
            default -> false;
        };
    }

    private static Object enumSymbol(JsonNode node, Schema schema, SpecificData model, String path) {
        if (!node.isTextual() || !schema.hasEnumSymbol(node.asText())) {
            throw new IllegalArgumentException(path + ": expected one of " + schema.getEnumSymbols());
        }
        return model.createEnum(node.asText(), schema);
    }

    private static List<Object> array(JsonNode node, Schema schema, SpecificData model, String path) {
        List<Object> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(value(node.get(i), schema.getElementType(), model, path + "[" + i + "]"));
        }
        return out;
    }

    private static Map<String, Object> map(JsonNode node, Schema schema, SpecificData model, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), value(e.getValue(), schema.getValueType(), model, path + "." + e.getKey())));
        return out;
    }

    private static boolean isTimestamp(Schema schema) {
        return schema.getLogicalType() instanceof LogicalTypes.TimestampMillis;
    }

    private static Instant instant(JsonNode node, String path) {
        if (node.isIntegralNumber()) {
            return Instant.ofEpochMilli(node.asLong());
        }
        try {
            return Instant.parse(expect(node.isTextual(), node, path, "an ISO-8601 instant").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": not an ISO-8601 instant");
        }
    }

    private static <V> V expect(boolean ok, V value, String path, String what) {
        if (!ok) {
            throw new IllegalArgumentException(path + ": expected " + what);
        }
        return value;
    }
}
