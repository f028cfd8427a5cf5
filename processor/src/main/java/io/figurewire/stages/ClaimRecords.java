package io.figurewire.stages;

import io.figurewire.extract.ArticleContext;
import io.figurewire.extract.ClaimExtractor;
import io.figurewire.extract.ExtractedClaim;
import io.figurewire.extract.MetricKeys;
import io.figurewire.records.Claim;
import io.figurewire.records.ClaimBatch;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.records.ClaimKind;
import io.figurewire.records.ClaimRole;
import io.figurewire.records.FigureReport;
import io.figurewire.records.Paragraph;
import io.figurewire.records.Qualifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Claims of one kept paragraph, as the records the claims topics carry. */
public final class ClaimRecords {

    private final ClaimExtractor extractor;

    public ClaimRecords(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * The claims of a batch of verdicts, in reading order: those of the paragraphs dedup kept. A
     * progress mark comes out as a mark of the same progress (see ClaimBatch).
     */
    public ClaimBatch of(ParagraphBatch verdicts) {
        if (verdicts.getProgress() != null) {
            return new ClaimBatch("", List.of(), verdicts.getProgress());
        }
        List<Claim> claims = new ArrayList<>();
        for (Paragraph p : verdicts.getParagraphs()) {
            if (!ParagraphVerdicts.dropped(p)) {
                claims.addAll(of(p));
            }
        }
        return new ClaimBatch(verdicts.getArticleId(), claims, null);
    }

    public List<Claim> of(Paragraph p) {
        ArticleContext context = new ArticleContext(p.getArticleId(), p.getTitle(), p.getSource(), p.getUrl(),
                p.getPublished(), p.getLocation());
        return extractor.extract(p.getText(), p.getIndex(), context).stream().map(c -> toRecord(c, p)).toList();
    }

    static Claim toRecord(ExtractedClaim c, Paragraph p) {
        return Claim.newBuilder()
                .setArticleId(p.getArticleId()).setParagraphIndex(c.paragraphIndex())
                .setSentence(c.sentence()).setSentenceStart(sentenceStart(p.getText(), c.sentence())).setSpanStart(c.spanStart()).setSpanEnd(c.spanEnd()).setText(c.text())
                .setMetric(c.metric())
                .setKind(ClaimKind.valueOf(c.kind().name().toLowerCase(Locale.ROOT)))
                .setCountType(c.countType())
                .setValue(c.value()).setLow(c.low()).setHigh(c.high())
                .setQualifier(Qualifier.valueOf(c.qualifier().name().toLowerCase(Locale.ROOT)))
                .setSubject(c.subject()).setLocation(c.location()).setPeriod(c.period()).setAttribution(c.attribution())
                .setRole(ClaimRole.valueOf(c.role().name().toLowerCase(Locale.ROOT)))
                .setPublished(p.getPublished()).setSource(p.getSource()).setUrl(p.getUrl())
                .setReceived(p.getReceived()).setPlacePath(c.placePath())
                .build();
    }

    /** Where the sentence starts in its paragraph, or null when the splitter changed its text. */
    private static Integer sentenceStart(String paragraph, String sentence) {
        int at = paragraph.indexOf(sentence);
        return at < 0 ? null : at;
    }

    /**
     * Only current counts of a known place move the figures table; projections, increments and old
     * figures do not, nor does a figure no place is known for: every such article would meet on one
     * row ("killed/unknown") whatever its event. It stays on the claims topic.
     */
    public static boolean movesTheTable(Claim c) {
        return c.getRole() == ClaimRole.current && c.getKind() == ClaimKind.count && MetricKeys.placed(c.getMetric());
    }

    /** A claim as one report of its metric's figure, timed by the article's publication. */
    public static FigureReport toReport(Claim c, Instant published) {
        return FigureReport.newBuilder()
                .setValue(c.getValue()).setLow(c.getLow()).setHigh(c.getHigh()).setQualifier(c.getQualifier())
                .setKind(c.getKind()).setCountType(c.getCountType()).setSubject(c.getSubject())
                .setLocation(c.getLocation()).setPeriod(c.getPeriod()).setAttribution(c.getAttribution())
                .setArticleId(c.getArticleId()).setSource(c.getSource()).setUrl(c.getUrl())
                .setPublished(published).setSentence(c.getSentence())
                .setParagraphIndex(c.getParagraphIndex()).setPosition(position(c))
                .setReceived(c.getReceived())
                .build();
    }

    /** The claim's offset in its paragraph: its reading order after the paragraph index. */
    public static int position(Claim c) {
        return (c.getSentenceStart() == null ? 0 : c.getSentenceStart()) + c.getSpanStart();
    }

    /** When the claim's article reached figurewire; its publication time for claims written before that was carried. */
    public static long arrival(Claim c, long recordTimestamp) {
        return c.getReceived() != null ? c.getReceived().toEpochMilli() : recordTimestamp;
    }
}
