package io.figurewire.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * The JSON view of any record: the Avro field names (snake_case, as DESIGN.md's JSON
 * contract and the eval files use), times as ISO-8601, whole numbers without ".0".
 * One view for demo output, {@code extract}, {@code tail --json} and the HTTP API.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RecordJson() {
    }

    public static Map<String, Object> toMap(IndexedRecord record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Schema.Field field : record.getSchema().getFields()) {
            out.put(field.name(), plain(record.get(field.pos())));
        }
        return out;
    }

    public static String line(IndexedRecord record) {
        return write(MAPPER, toMap(record));
    }

    public static String pretty(Object value) {
        return write(PRETTY, value instanceof IndexedRecord r ? toMap(r) : value);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static Object plain(Object value) {
        if (value instanceof IndexedRecord r) {
            return toMap(r);
        }
        if (value instanceof Instant t) {
            return t.toString();
        }
        if (value instanceof GenericEnumSymbol<?> || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (value instanceof CharSequence s) {
            return s.toString();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return value;
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
