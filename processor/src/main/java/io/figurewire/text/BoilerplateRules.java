package io.figurewire.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Line rules that recognise what is not article text: bylines, credits, share buttons,
 * related-stories tails. They live in a JSON data file so users can extend them without code.
 */
public final class BoilerplateRules {

    public static final String DEFAULT_RESOURCE = "/io/figurewire/text/boilerplate.json";

    /** What a rule does with a matching line. */
    public enum Action {
        /** remove this line */
        DROP,
        /** remove this line and everything after it */
        DROP_REST
    }

    public record Rule(String reason, Action action, Pattern pattern) {
    }

    /** A matched rule, or a line one or two words long that reads like a menu item. */
    public record Verdict(String reason, Action action) {
    }

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?:;\"\u201c\u201d]");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final List<Rule> rules;
    private final int maxLineChars;
    private final int shortLineMaxWords;

    BoilerplateRules(List<Rule> rules, int maxLineChars, int shortLineMaxWords) {
        this.rules = List.copyOf(rules);
        this.maxLineChars = maxLineChars;
        this.shortLineMaxWords = shortLineMaxWords;
    }

    /** The rules in the order they are tried. */
    List<Rule> rules() {
        return rules;
    }

    public static BoilerplateRules defaults() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE + " on the classpath");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** The defaults plus the rules of a user's file (same format), which are tried first. */
    public static BoilerplateRules defaultsPlus(Path userRules) {
        BoilerplateRules base = defaults();
        try {
            BoilerplateRules extra = parse(new ObjectMapper().readTree(Files.readString(userRules)));
            List<Rule> all = new ArrayList<>(extra.rules);
            all.addAll(base.rules);
            return new BoilerplateRules(all, base.maxLineChars, base.shortLineMaxWords);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read boilerplate rules " + userRules, e);
        }
    }

    static BoilerplateRules parse(JsonNode root) {
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            String reason = r.path("reason").asText("boilerplate");
            Action action = "drop-rest".equals(r.path("action").asText("drop")) ? Action.DROP_REST : Action.DROP;
            int flags = r.path("caseSensitive").asBoolean(false) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            rules.add(new Rule(reason, action, Pattern.compile(r.path("pattern").asText(), flags)));
        }
        return new BoilerplateRules(rules, root.path("maxLineChars").asInt(240), root.path("shortLineMaxWords").asInt(2));
    }

    /** The rule a trimmed line falls under, if any. Long lines are article text and never match. */
    public Optional<Verdict> judge(String line) {
        String text = line.strip();
        if (text.length() > maxLineChars) {
            return Optional.empty();
        }
        for (Rule rule : rules) {
            if (rule.pattern().matcher(text).matches()) {
                return Optional.of(new Verdict(rule.reason(), rule.action()));
            }
        }
        if (isMenuItem(text)) {
            return Optional.of(new Verdict("navigation", Action.DROP));
        }
        return Optional.empty();
    }

    private boolean isMenuItem(String text) {
        return !moreWordsThan(text, shortLineMaxWords) && !DIGIT.matcher(text).find() && !SENTENCE_PUNCTUATION.matcher(text).find();
    }

    /**
     * Whether the stripped line has more than {@code max} words separated by {@code \s} (ASCII
     * whitespace), as {@code split("\\s+")} counts them; stops at word max + 1 instead of splitting a paragraph.
     */
    static boolean moreWordsThan(String text, int max) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            if (!space && !inWord && ++words > max) return true;
            inWord = !space;
        }
        return false;
    }
}
