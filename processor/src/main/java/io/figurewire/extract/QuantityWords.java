package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code quantity-words.json}, which {@link QuantityReader} uses to tell a
 * quantity from a year, a date, a clock time, a name ("Game 2") or an ordinal. One list per idea.
 */
final class QuantityWords {

    static final QuantityWords DEFAULT = load("quantity-words.json");

    final Set<String> months, monthsOnlyCapitalized, clockWords, currencyCodes, currencySymbols, millionAfterGlued,
            spacedSuffixes, numberPrefixes, notUnitGlued, functionWords, referenceBefore, referenceAfter, ageCues, units,
            halfQualifiers, notFractionBefore, changeWords, rangeConnectors, notOneOfBefore, codeWords;
    final Map<String, Integer> fractionDenominators, numberWords, slashDenominators;
    final Map<String, Double> vulgarFractions;
    final String foldSuffix;

    private QuantityWords(JsonNode r) {
        months = set(r, "months");
        monthsOnlyCapitalized = set(r, "monthsOnlyCapitalized");
        clockWords = set(r, "clockWords");
        currencyCodes = set(r, "currencyCodes");
        currencySymbols = set(r, "currencySymbols");
        millionAfterGlued = set(r, "millionAfterGlued");
        spacedSuffixes = set(r, "scaleLettersSpaced");
        numberPrefixes = set(r, "numberPrefixes");
        notUnitGlued = set(r, "notUnitGlued");
        functionWords = set(r, "functionWords");
        referenceBefore = set(r, "referenceNounsBefore");
        referenceAfter = set(r, "referenceNounsAfter");
        ageCues = set(r, "ageCues");
        units = set(r, "units");
        halfQualifiers = set(r, "halfQualifiers");
        notFractionBefore = set(r, "notFractionBefore");
        changeWords = set(r, "changeWords");
        rangeConnectors = set(r, "rangeConnectors");
        notOneOfBefore = set(r, "notOneOfBefore");
        fractionDenominators = map(r, "fractionDenominators");
        numberWords = map(r, "numberWords");
        slashDenominators = map(r, "slashDenominators");
        codeWords = set(r, "codeWords");
        foldSuffix = r.path("foldSuffix").asText("fold");
        Map<String, Double> vulgar = new HashMap<>();
        r.path("vulgarFractions").fields().forEachRemaining(e -> vulgar.put(e.getKey(), e.getValue().asDouble()));
        vulgarFractions = Map.copyOf(vulgar);
    }

    static QuantityWords load(String resource) {
        try (InputStream in = QuantityWords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new QuantityWords(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> set(JsonNode root, String name) {
        JsonNode list = root.path(name);
        if (!list.isArray()) throw new IllegalStateException("quantity-words.json: no list " + name);
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(n.asText()));
        return Set.copyOf(out);
    }

    private static Map<String, Integer> map(JsonNode root, String name) {
        Map<String, Integer> out = new HashMap<>();
        root.path(name).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return Map.copyOf(out);
    }

    boolean isCurrency(Lexeme l) {
        if (l == null) return false;
        return l.isPunct() ? currencySymbols.contains(l.text()) : l.isWord() && currencyCodes.contains(l.lower());
    }

    /** A word (null: none) written with a capital somewhere ("Game", "iPhone", "NBA") that is not a common function word. */
    boolean isName(Lexeme l) {
        if (l == null || !l.isWord() || functionWords.contains(l.lower()) || currencyCodes.contains(l.lower())) return false;
        for (int i = 0; i < l.text().length(); i++) if (Character.isUpperCase(l.text().charAt(i))) return true;
        return false;
    }

    /** Whether a unit word, a percent sign or a word glued to the number stands at {@code k}: "16 inch", "5%", "500mg". */
    boolean unitAt(java.util.List<Lexeme> lx, int k) {
        if (k < 0 || k >= lx.size()) return false;
        Lexeme n = lx.get(k);
        return units.contains(n.lower()) || n.isPunct('%') || (!n.spaceBefore() && n.isWord());
    }

    boolean isMonth(Lexeme l) {
        if (l == null || !l.isWord() || !months.contains(l.lower())) return false;
        return l.isCapitalized() || !monthsOnlyCapitalized.contains(l.lower());
    }
}
