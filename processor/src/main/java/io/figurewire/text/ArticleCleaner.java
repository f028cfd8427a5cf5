package io.figurewire.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns an article body into paragraphs a reader should see. A paragraph is a run of text
 * between line breaks; blank lines only separate. Markdown heading marks are dropped, and
 * boilerplate lines are removed by {@link BoilerplateRules}.
 */
public final class ArticleCleaner {

    /** Bodies beyond this are cut: wire articles are far shorter, and work must stay bounded. */
    public static final int MAX_BODY_CHARS = 512 * 1024;

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u2007\u202f]+");

    private final BoilerplateRules rules;

    public ArticleCleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    public static ArticleCleaner withDefaultRules() {
        return new ArticleCleaner(BoilerplateRules.defaults());
    }

    public CleanedText clean(String body) {
        String text = body == null ? "" : body;
        if (text.length() > MAX_BODY_CHARS) {
            text = text.substring(0, MAX_BODY_CHARS);
        }
        if (HtmlText.looksLikeHtml(text)) {
            text = HtmlText.toPlainText(text);
        }
        List<String> paragraphs = new ArrayList<>();
        Map<String, Integer> removed = new TreeMap<>();
        String dropRestReason = null;
        for (String rawLine : LINE_BREAK.split(text)) {
            String line = SPACES.matcher(MARKDOWN_HEADING.matcher(rawLine.strip()).replaceFirst("")).replaceAll(" ").strip();
            if (line.isEmpty()) {
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
            removed.merge(verdict.get().reason(), 1, Integer::sum);
            if (verdict.get().action() == BoilerplateRules.Action.DROP_REST) {
                dropRestReason = verdict.get().reason();
            }
        }
        return new CleanedText(List.copyOf(paragraphs), Map.copyOf(removed));
    }
}
