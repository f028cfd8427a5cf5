package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a GeoNames name in text is a place, from {@code geo-rules.json}: precision before recall,
 * because 200,000 names include "Police", "Hope" and "Mobile".
 */
record PlaceRules(long minPopulation, long bureauPopulation, long namesakePopulation, Set<String> confirmBefore, Set<String> modifiers,
                  Set<String> placeNouns, Set<String> stopNames, Set<String> personNames, Set<String> datelineSkip,
                  Set<String> eventNouns, Set<String> facilityNouns, Set<String> months, Map<String, String> stateAbbreviations,
                  Set<String> pointEventWords, Set<String> arealEventWords, Set<String> sitePrepositions,
                  Set<String> notEventAfter, Set<String> notSiteNames) {

    static PlaceRules of(JsonNode root) {
        return new PlaceRules(root.path("minPopulation").asLong(100_000), root.path("bureauPopulation").asLong(1_000_000),
                root.path("namesakePopulation").asLong(500_000),
                words(root.path("confirmBefore")), words(root.path("modifiers")), words(root.path("placeNouns")),
                words(root.path("stopNames")), words(root.path("personNames")), words(root.path("datelineSkip")), words(root.path("eventNouns")),
                words(root.path("facilityNouns")), words(root.path("months")), names(root.path("stateAbbreviations")),
                words(root.path("pointEventWords")), words(root.path("arealEventWords")), words(root.path("sitePrepositions")),
                words(root.path("notEventAfter")), words(root.path("notSiteNames")));
    }

    private static Map<String, String> names(JsonNode map) {
        Map<String, String> out = new HashMap<>();
        map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(out);
    }

    private static Set<String> words(JsonNode list) {
        Set<String> out = new HashSet<>();
        for (JsonNode w : list) out.add(w.asText());
        return Set.copyOf(out);
    }

    /** Whether a place at lexeme {@code at} is the object of a confirming preposition ("in the town of Karsk"). */
    boolean prepositionBefore(List<Lexeme> lx, int at) {
        return openedBy(lx, at, confirmBefore);
    }

    /** Whether a place at lexeme {@code at} follows a word that sites an event ("in", "near"), past modifiers. */
    boolean sitePrepositionBefore(List<Lexeme> lx, int at) {
        return openedBy(lx, at, sitePrepositions);
    }

    /** Whether the first word before lexeme {@code at}, past up to five modifiers, is one of {@code words}. */
    private boolean openedBy(List<Lexeme> lx, int at, Set<String> words) {
        int k = at - 1;
        while (k >= 0 && k > at - 6 && lx.get(k).isWord() && modifiers.contains(lx.get(k).lower())) k--;
        return k >= 0 && lx.get(k).isWord() && words.contains(lx.get(k).lower());
    }

    /** A dateline city where a bureau files from (a capital, or one of {@code bureauPopulation}): weak evidence of the event's place. */
    boolean bureau(GeoPlace dateline) {
        return dateline.capital() || dateline.population() >= bureauPopulation;
    }

    /** A word that names an event: at a site ("fire", "crash"), at one place ("siege") or over an area ("floods"). */
    boolean eventWord(String lower) {
        return eventNouns.contains(lower) || pointEventWords.contains(lower) || arealEventWords.contains(lower);
    }

    /** How many words may describe a place between its article and its place noun ("the ancient northwestern Spanish city of"). */
    private static final int MAX_DESCRIBED = 5;

    /**
     * "the northern Spanish city of Lugo", "the small mining town of Paracatu": a place noun and
     * "of" right before the name say what the place is, past any words describing it; unless the
     * phrase says where people came from ("from the mining town of Paracatu"). Looks back at most
     * {@code MAX_DESCRIBED} words.
     */
    boolean calledAPlace(List<Lexeme> lx, int at) {
        if (at < 2 || !lx.get(at - 1).is("of") || !lx.get(at - 2).isWord() || !placeNouns.contains(lx.get(at - 2).lower())) return false;
        int k = at - 3;
        while (k >= 0 && k > at - 3 - MAX_DESCRIBED && lx.get(k).isWord() && !lx.get(k).is("the") && !lx.get(k).is("a")) k--;
        return !(k > 0 && lx.get(k - 1).is("from")) && !(k >= 0 && lx.get(k).is("from"));
    }

    /** "Hatay province", "Sonoma county": a place noun right after the name. */
    boolean placeNounAfter(List<Lexeme> lx, int end) {
        return end < lx.size() && lx.get(end).isWord() && placeNouns.contains(lx.get(end).lower());
    }
}
