package io.figurewire.text;

import io.figurewire.text.CrossArticleDedup.Sighting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Kept paragraphs in memory, found again by exact fingerprint first and else by their
 * {@link CandidateKeys} within a routing key: the processor's store layout without the store,
 * for {@code extract} over files (it remembers everything, which suits bounded input).
 * Candidates come back in the order they were remembered, as {@link CrossArticleDedup#judge}
 * expects.
 */
public final class SightingIndex {

    private record Scoped(String routingKey, long key) {
    }

    private final List<Sighting> remembered = new ArrayList<>();
    private final Map<String, Integer> byFingerprint = new HashMap<>();
    private final Map<Scoped, List<Integer>> byKey = new HashMap<>();

    /** The earlier sightings worth comparing with this paragraph, oldest first. */
    public List<Sighting> candidates(String routingKey, ParagraphSignature paragraph) {
        Integer exact = byFingerprint.get(paragraph.fingerprint());
        if (exact != null) {
            return List.of(remembered.get(exact));
        }
        TreeSet<Integer> found = new TreeSet<>();
        for (long key : CandidateKeys.of(paragraph)) {
            found.addAll(byKey.getOrDefault(new Scoped(routingKey, key), List.of()));
        }
        return found.stream().map(remembered::get).toList();
    }

    public void remember(String routingKey, ParagraphSignature paragraph, Sighting sighting) {
        int at = remembered.size();
        remembered.add(sighting);
        byFingerprint.putIfAbsent(paragraph.fingerprint(), at);
        for (long key : CandidateKeys.of(paragraph)) {
            byKey.computeIfAbsent(new Scoped(routingKey, key), k -> new ArrayList<>()).add(at);
        }
    }
}
