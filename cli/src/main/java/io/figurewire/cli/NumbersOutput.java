package io.figurewire.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.extract.Quantity;
import io.figurewire.extract.QuantityReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code explain --numbers}: one JSON line per input line (blank lines too, so that line n of the
 * output answers line n of the input), in the NewsQuant set's format, plus what was skipped and why.
 */
final class NumbersOutput {

    private NumbersOutput() {
    }

    static void print(String input, ObjectMapper json) throws JsonProcessingException {
        String[] lines = input.split("\\R", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) n--; // the newline that ends the last line opens no new one
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(json.writeValueAsString(line(lines[i]))).append('\n');
        }
        System.out.print(out);
    }

    static Map<String, Object> line(String text) {
        List<Map<String, Object>> numbers = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (Quantity q : QuantityReader.read(text)) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (!q.quantity()) {
                m.put("text", q.text());
                m.put("reason", q.rule());
                skipped.add(m);
                continue;
            }
            if (q.isRange()) {
                m.put("low", q.low());
                m.put("high", q.high());
            } else {
                m.put("value", q.value());
            }
            m.put("text", q.text());
            m.put("rule", q.rule());
            numbers.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("numbers", numbers);
        out.put("skipped", skipped);
        return out;
    }
}
