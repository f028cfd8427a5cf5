package io.figurewire.text;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns an article body into paragraphs a reader should see. A paragraph is a run of text
 * between line breaks, except that a hard-wrapped sentence is joined again ({@link WrappedLines});
 * blank lines only separate. Markdown heading marks are dropped, and boilerplate lines, judged
 * one physical line at a time before any joining, are removed by {@link BoilerplateRules}. {@link TextLimits} are counted first,
 * by plain scans; the two regexes left are a single anchored prefix and a character-class run,
 * linear on any input.
 */
public final class ArticleCleaner {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    /** What counts as a space in a line: Java's whitespace and the no-break spaces wires paste in. */
    private static final String SPACE = "\\s\u00a0\u2007\u202f";
    private static final Pattern SPACES = Pattern.compile("[" + SPACE + "]+");
    /** What {@link #SPACES} would change in a stripped line: a space other than ' ', or two in a row. */
    private static final Pattern UNTIDY_SPACE = Pattern.compile("[" + SPACE + "&&[^ ]]| {2}");

    private final BoilerplateRules rules;
    private final TextLimits limits;

    public ArticleCleaner(BoilerplateRules rules) {
        this(rules, TextLimits.defaults());
    }

    public ArticleCleaner(BoilerplateRules rules, TextLimits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    public TextLimits limits() {
        return limits;
    }

    public static ArticleCleaner withDefaultRules() {
        return new ArticleCleaner(BoilerplateRules.defaults());
    }

    /** @throws TextLimits.ExceededException for a body over the size or paragraph limit, before any parsing */
    public CleanedText clean(String body) {
        String text = body == null ? "" : body;
        refuseOverLimits(text);
        if (HtmlText.looksLikeHtml(text)) {
            text = HtmlText.toPlainText(text);
            refuseOverLimits(text); // one line of HTML can hold many paragraphs
        }
        WrappedLines paragraphs = new WrappedLines();
        Map<String, Integer> removed = new TreeMap<>();
        String dropRestReason = null;
        for (String rawLine : Lines.split(text)) {
            if (limits.tooManyNumbers(rawLine)) {
                removed.merge(TextLimits.TOO_MANY_NUMBERS, 1, Integer::sum);
                paragraphs.breakHere();
                continue;
            }
            String line = tidied(rawLine);
            if (line.isEmpty()) {
                paragraphs.breakHere();
                continue;
            }
            if (dropRestReason != null) {
                removed.merge(dropRestReason, 1, Integer::sum);
                continue;
            }
            var verdict = rules.judge(line);
            if (verdict.isEmpty()) {
                paragraphs.add(line);
                continue;
            }
            paragraphs.breakHere();
            removed.merge(verdict.get().reason(), 1, Integer::sum);
            // a tail marker above the article's first line is one of a scraped page's menus, not its tail
            if (verdict.get().action() == BoilerplateRules.Action.DROP_REST && !paragraphs.isEmpty()) {
                dropRestReason = verdict.get().reason();
            }
        }
        return new CleanedText(List.copyOf(paragraphs.lines()), Map.copyOf(removed));
    }

    /**
     * The line stripped, without a Markdown heading mark, each run of spaces one ' ': what the
     * two regexes give, but a line with neither (most lines) is returned as it is instead of
     * being copied twice (the copies were about 3 % of the exactly-once stream thread, issue 12).
     */
    static String tidied(String rawLine) {
        String line = rawLine.strip();
        if (line.startsWith("#")) {
            return SPACES.matcher(MARKDOWN_HEADING.matcher(line).replaceFirst("")).replaceAll(" ").strip();
        }
        return UNTIDY_SPACE.matcher(line).find() ? SPACES.matcher(line).replaceAll(" ").strip() : line;
    }

    private void refuseOverLimits(String text) {
        String refusal = limits.refusal(text);
        if (refusal != null) {
            throw new TextLimits.ExceededException(refusal);
        }
    }
}
