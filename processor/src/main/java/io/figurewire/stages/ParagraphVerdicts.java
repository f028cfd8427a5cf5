package io.figurewire.stages;

import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphRef;
import io.figurewire.text.CrossArticleDedup;
import io.figurewire.text.CrossArticleDedup.Sighting;
import io.figurewire.text.ParagraphSignature;
import java.util.List;

/**
 * One verdict per paragraph, as a {@link Paragraph}: dropped as a cross-article repeat when
 * {@code duplicate_of} is set, kept otherwise ({@code revision_of} set for a revision). Reusing
 * Paragraph rather than a new record keeps one schema for "a paragraph and what became of it":
 * the fields already exist, the paragraphs topic simply carries the kept ones, and the gather
 * step needs the text anyway. Shared by the topology and the offline {@code extract --clean}.
 */
public final class ParagraphVerdicts {

    private ParagraphVerdicts() {
    }

    /** The verdict, and the sighting to remember when the paragraph was kept (else null). */
    public record Decision(Paragraph verdict, Sighting remember) {
        public boolean kept() {
            return remember != null;
        }
    }

    /** Where a paragraph must be routed so that its repeats, revisions and near-duplicates meet it. */
    public static String routingKey(Paragraph p) {
        return ParagraphSignature.of(p.getText()).nearKey();
    }

    public static boolean dropped(Paragraph verdict) {
        return verdict.getDuplicateOf() != null;
    }

    public static Decision decide(Paragraph p, List<Sighting> earlier) {
        return decide(ParagraphSignature.of(p.getText()), p, earlier);
    }

    /** @param signature the paragraph's, when the caller has it already */
    public static Decision decide(ParagraphSignature signature, Paragraph p, List<Sighting> earlier) {
        CrossArticleDedup.Verdict v = CrossArticleDedup.judge(signature, earlier);
        Paragraph out = Paragraph.newBuilder(p).setDuplicateOf(null).setRevisionOf(null).build();
        return switch (v.outcome()) {
            case DUPLICATE -> new Decision(Paragraph.newBuilder(out).setDuplicateOf(ref(v.of())).build(), null);
            case REVISION -> new Decision(Paragraph.newBuilder(out).setRevisionOf(ref(v.of())).build(), remember(signature, p));
            case NEW -> new Decision(out, remember(signature, p));
        };
    }

    private static Sighting remember(ParagraphSignature signature, Paragraph p) {
        return Sighting.of(signature, p.getArticleId(), p.getIndex());
    }

    private static ParagraphRef ref(Sighting s) {
        return new ParagraphRef(s.articleId(), s.index());
    }
}
