package io.figurewire.text;

import java.util.List;
import java.util.Map;

/**
 * An article body after boilerplate removal: its paragraphs in reading order (repeats still
 * in), and how many lines each rule removed.
 */
public record CleanedText(List<String> paragraphs, Map<String, Integer> removedByReason) {

    public int removedBoilerplate() {
        return removedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }
}
