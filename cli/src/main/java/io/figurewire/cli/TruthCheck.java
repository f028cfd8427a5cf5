package io.figurewire.cli;

import io.figurewire.records.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A final {@code figures} table against a synth wire's truth: the keys the truth has that the table lacks or gets wrong. */
record TruthCheck(int metrics, List<String> wrong, List<String> missing, int otherKeys) {

    static TruthCheck of(Map<String, Integer> truth, Map<String, Figure> table) {
        List<String> wrong = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        truth.forEach((metric, want) -> {
            Figure f = table.get(metric);
            if (f == null) {
                missing.add(metric);
            } else if (f.getCurrent().getValue() == null || f.getCurrent().getValue() != want.doubleValue()) {
                wrong.add(metric + ": want " + want + ", table has " + f.getCurrent().getValue() + " (" + f.getCurrent().getArticleId() + ")");
            }
        });
        int other = (int) table.keySet().stream().filter(k -> !truth.containsKey(k)).count();
        return new TruthCheck(truth.size(), wrong, missing, other);
    }

    String summary() {
        return String.format(Locale.ROOT, "%d wrong, %d missing of %,d metrics (%d other keys)", wrong.size(), missing.size(), metrics,
                otherKeys);
    }
}
