package io.figurewire.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A figure's subject (the words it counts) and, when that subject is a breakdown group or a side
 * count ("troops", "children", "hospitals"), the group slug of its key: "israeli-troops",
 * "gaza-children", "beirut-hospitals". Other subjects ("miners", "workers") are no key part.
 */
final class SubjectGroups {

    private static final Set<String> FUNCTION_AFTER = WordClasses.get("function-after");

    private SubjectGroups() {
    }

    static void read(ClaimExtractor ex, SentenceView view, ArticleContext ctx, Finding f) {
        List<Lexeme> lx = view.lx;
        if (f.subject == null) {
            int e = f.end;
            int stop = view.nextMentionStart(f.end);
            while (e < Math.min(stop, f.end + 3) && lx.get(e).isWord() && !FUNCTION_AFTER.contains(lx.get(e).lower())) e++;
            if (e > f.end) f.subject = view.text(f.end, e);
        }
        if (f.subject == null) return;
        String[] words = f.subject.split("[\\s\u00A0]+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        String g = ex.metricKeys().group(head);
        if (g == null) return;
        String demonym = demonym(ex, view, f, words);
        f.group = demonym != null ? MetricKeys.slug(demonym) + "-" + g
                : (f.location != null ? ex.anchors().keyPlace(f.location, ctx) + "-" + g : g);
    }

    /** The nationality of the group: a demonym in the subject, else the country acting in the clause. */
    private static String demonym(ClaimExtractor ex, SentenceView view, Finding f, String[] words) {
        String demonym = null;
        for (String w : words) {
            if (ex.gazetteer().byDemonym(w) != null) demonym = w;
        }
        if (demonym != null) return demonym;
        // "Israel has lost 400 troops": the country acting in the clause names the group
        int c = view.clause[f.first];
        for (Gazetteer.Hit h : view.hits) {
            if (h.place() != null && h.first() < f.first && view.clause[h.first()] == c && "country".equals(h.place().kind())
                    && !h.place().demonyms().isEmpty()) {
                return h.place().demonyms().get(0);
            }
        }
        return null;
    }
}
