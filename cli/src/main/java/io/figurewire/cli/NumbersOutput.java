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

    /** Prints the lines; returns how many could not be read (each then has an "error" and no numbers). */
    static int print(String input, ObjectMapper json) throws JsonProcessingException {
        String[] lines = input.split("\\R", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) n--; // the newline that ends the last line opens no new one
        StringBuilder out = new StringBuilder();
        int failed = 0;
        for (int i = 0; i < n; i++) {
            Map<String, Object> result;
            try {
                result = line(lines[i]);
            } catch (RuntimeException e) {
                // never silent: the line keeps its place in the output, says why, and the exit status tells
                failed++;
                result = new LinkedHashMap<>();
                result.put("numbers", List.of());
                result.put("error", e.toString());
                System.err.println("explain --numbers: line " + (i + 1) + ": " + e);
            }
            out.append(json.writeValueAsString(result)).append('\n');
        }
        System.out.print(out);
        return failed;
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
