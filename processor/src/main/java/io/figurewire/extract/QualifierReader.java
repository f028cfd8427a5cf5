package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads how a figure is hedged from the words right before it ("more than", "nearly",
 * "an estimated", "as many as") or right after it ("or more", "or so", "-odd", "+").
 */
final class QualifierReader {

    /** A qualifier and the lexeme where its words start. */
    record Read(Qualifier qualifier, int first, int afterEnd) {
    }

    private record Cue(String[] words, Qualifier q) {
    }

    static final String CUES_RESOURCE = "qualifier-cues.json";

    /** Cues before a figure, in file order: the first that ends right before the figure wins. */
    private static final List<Cue> BEFORE = loadCues();

    /** The cues by their last word's last part, each list in file order: only those can end before a given lexeme. */
    private static final Map<String, List<Cue>> BEFORE_BY_LAST = byLastPart(BEFORE);

    /** Verbs after which "past" means "beyond" ("the toll climbed past 200"), unlike "the past 24 hours". */
    private static final Set<String> RISE_VERBS = WordClasses.get("rise-verbs");

    /** Tally nouns after which "near" means "nearly": "Death Toll Near 2,300". */
    private static final Set<String> NEAR_AFTER = WordClasses.get("near-tallies");

    /** Verbs whose particle "over" stands right before their object. */
    private static final Set<String> OVER_VERBS = WordClasses.get("over-verbs");

    private QualifierReader() {
    }

    /** Reads the cues once; a phrase or qualifier name that does not parse fails at class-load time. */
    private static List<Cue> loadCues() {
        try (InputStream in = QualifierReader.class.getResourceAsStream(CUES_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource io/figurewire/extract/" + CUES_RESOURCE);
            List<Cue> cues = new ArrayList<>();
            for (JsonNode c : new ObjectMapper().readTree(in).path("before")) {
                String phrase = c.path("phrase").asText();
                if (phrase.isBlank()) throw new IllegalStateException("a cue without a phrase in " + CUES_RESOURCE);
                cues.add(new Cue(Phrases.words(phrase), Qualifier.valueOf(c.path("qualifier").asText())));
            }
            return List.copyOf(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<Cue>> byLastPart(List<Cue> cues) {
        Map<String, List<Cue>> out = new HashMap<>();
        for (Cue c : cues) out.computeIfAbsent(Phrases.lastPart(c.words()), k -> new ArrayList<>()).add(c);
        return out;
    }

    /** The cue phrases before a figure with their qualifiers, in matching order (for tests). */
    static List<Map.Entry<String, Qualifier>> beforeCues() {
        return BEFORE.stream().map(c -> Map.entry(String.join(" ", c.words()), c.q())).toList();
    }

    /** The qualifier ending right before lexeme {@code first}, else EXACT. */
    static Read before(List<Lexeme> lx, int first) {
        List<Cue> candidates = first >= 1 && first <= lx.size() ? BEFORE_BY_LAST.get(lx.get(first - 1).lower()) : null;
        for (Cue c : candidates == null ? List.<Cue>of() : candidates) {
            int s = Phrases.startEndingAt(lx, first, c.words());
            if (s >= 0) {
                // "handed over 11 hostages": the verb's particle, not "more than 11"
                if (c.words().length == 1 && c.words()[0].equals("over") && s > 0 && OVER_VERBS.contains(lx.get(s - 1).lower())) break;
                if (c.words().length == 1 && c.words()[0].equals("past") && !(s > 0 && RISE_VERBS.contains(lx.get(s - 1).lower()))) break;
                // "the toll rose up to 2,344": the verb's particle, not "as many as"; "Death Toll Near 900", not "near 10 Downing Street"
                if (c.words().length == 2 && c.words()[0].equals("up") && s > 0 && RISE_VERBS.contains(lx.get(s - 1).lower())) break;
                if (c.words().length == 1 && c.words()[0].equals("near") && !(s > 0 && NEAR_AFTER.contains(lx.get(s - 1).lower()))) break;
                // "over the past 24 hours" is not a qualifier of a count, "tops" only as a verb
                return new Read(c.q(), s, -1);
            }
        }
        return new Read(Qualifier.EXACT, first, -1);
    }

    /** A qualifier written after the figure: "500 or more", "30-odd", "1,000+", "20-plus", "50 or so". */
    static Read after(List<Lexeme> lx, int end) {
        int n = lx.size();
        if (end < n && lx.get(end).isPunct('+') && !lx.get(end).spaceBefore()) return new Read(Qualifier.MORE_THAN, -1, end + 1);
        if (end + 1 < n && lx.get(end).is("or") && lx.get(end + 1).is("more")) return new Read(Qualifier.AT_LEAST, -1, end + 2);
        if (end + 1 < n && lx.get(end).is("and") && lx.get(end + 1).is("more")) return new Read(Qualifier.AT_LEAST, -1, end + 2);
        if (end + 1 < n && lx.get(end).is("or") && lx.get(end + 1).is("greater")) return new Read(Qualifier.AT_LEAST, -1, end + 2);
        if (end + 1 < n && lx.get(end).is("or") && (lx.get(end + 1).is("less") || lx.get(end + 1).is("fewer")))
            return new Read(Qualifier.UP_TO, -1, end + 2);
        if (end + 1 < n && lx.get(end).is("or") && lx.get(end + 1).is("so")) return new Read(Qualifier.ABOUT, -1, end + 2);
        if (end + 1 < n && lx.get(end).isDash() && lx.get(end + 1).is("odd")) return new Read(Qualifier.ABOUT, -1, end + 2);
        if (end < n && lx.get(end).is("plus")) return new Read(Qualifier.MORE_THAN, -1, end + 1);
        if (end + 1 < n && lx.get(end).isDash() && lx.get(end + 1).is("plus")) return new Read(Qualifier.MORE_THAN, -1, end + 2);
        return null;
    }
}
