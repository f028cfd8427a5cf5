package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the quantitative claims in one paragraph of news text. Pure logic: no Kafka types,
 * safe on untrusted input (a hand-written tokenizer instead of backtracking regexes, size
 * caps, never throws: a sentence it cannot read is counted and logged, and the rest go on).
 * Thread-safe: the lexicons are read-only after loading, and each
 * sentence is read by its own {@link SentenceReader}.
 */
public final class ClaimExtractor {

    /** Longer paragraphs are cut here: no news paragraph is this long, and it bounds the work per record. */
    public static final int MAX_PARAGRAPH_CHARS = 20_000;
    /** Longer "sentences" (tables, run-on lists) are skipped. */
    public static final int MAX_SENTENCE_CHARS = 1_200;

    private static final Logger LOG = LoggerFactory.getLogger(ClaimExtractor.class);

    /** The part of an untrusted text any reader here looks at: its first {@link #MAX_PARAGRAPH_CHARS} characters. */
    static String bounded(String text) {
        return text.length() > MAX_PARAGRAPH_CHARS ? text.substring(0, MAX_PARAGRAPH_CHARS) : text;
    }
    private static volatile ClaimExtractor defaultInstance;

    private final LongAdder failures = new LongAdder();

    private final CountTypeLexicon lexicon;
    private final Gazetteer gazetteer;
    private final MetricKeys metricKeys;
    private final EventAnchor anchors;

    ClaimExtractor(CountTypeLexicon lexicon, Gazetteer gazetteer, MetricKeys metricKeys) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.metricKeys = metricKeys;
        this.anchors = new EventAnchor(gazetteer);
    }

    /** The extractor with the lexicon, gazetteer and metric rules bundled on the classpath, loaded once. */
    public static ClaimExtractor withDefaultLexicon() {
        ClaimExtractor e = defaultInstance;
        if (e == null) {
            synchronized (ClaimExtractor.class) {
                e = defaultInstance;
                if (e == null) {
                    JsonNode aliases = load("metric-aliases.json");
                    e = new ClaimExtractor(new CountTypeLexicon(load("count-types.json")),
                            gazetteer(load("places.json"), aliases), new MetricKeys(aliases));
                    defaultInstance = e;
                }
            }
        }
        return e;
    }

    /** Builds an extractor from data files a user supplies (same formats as the bundled ones). */
    public static ClaimExtractor fromJson(JsonNode countTypes, JsonNode places, JsonNode metricAliases) {
        return new ClaimExtractor(new CountTypeLexicon(countTypes), gazetteer(places, metricAliases), new MetricKeys(metricAliases));
    }

    private static volatile GeoNames geoNames;

    /** The bundled GeoNames places, loaded once per JVM (about 200k places; the load time is logged). */
    static GeoNames geoNames() {
        GeoNames g = geoNames;
        if (g == null) {
            synchronized (ClaimExtractor.class) {
                g = geoNames;
                if (g == null) geoNames = g = GeoNames.load();
            }
        }
        return g;
    }

    private static Gazetteer gazetteer(JsonNode places, JsonNode aliases) {
        return new Gazetteer(places, aliases, geoNames(), PlaceRules.of(load("geo-rules.json")));
    }

    private static JsonNode load(String name) {
        try (InputStream in = ClaimExtractor.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing classpath resource io/figurewire/extract/" + name);
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CountTypeLexicon lexicon() {
        return lexicon;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    EventAnchor anchors() {
        return anchors;
    }

    MetricKeys metricKeys() {
        return metricKeys;
    }

    /** What the sentence loop hands on: each sentence read (or skipped as too long) with its span in the text. */
    private interface SentenceSink {
        void accept(int index, SentenceSplitter.Sentence sentence, SentenceReader reader);
    }

    /**
     * The one sentence loop of {@link #extract} and {@link #explain}: splits the text, reads each
     * sentence with the paragraph's memory, and hands it on. An error in one sentence costs that
     * sentence only; it is counted ({@link #failures()}) and logged with the article id, never swallowed.
     */
    private void readSentences(String text, int paragraphIndex, ArticleContext context, SentenceSink sink) {
        String t = bounded(text);
        ParagraphMemory memory = new ParagraphMemory();
        int index = 0;
        for (SentenceSplitter.Sentence s : SentenceSplitter.split(t)) {
            SentenceReader reader = null;
            if (s.text().length() <= MAX_SENTENCE_CHARS) {
                try {
                    reader = new SentenceReader(this, s.text(), paragraphIndex, context, memory);
                    reader.read();
                    memory.remember(reader, lexicon());
                } catch (RuntimeException | StackOverflowError e) {
                    reader = null;
                    failed(context, paragraphIndex, index, e);
                }
            }
            sink.accept(index++, s, reader);
        }
    }

    private void failed(ArticleContext context, int paragraphIndex, int sentence, Throwable e) {
        failures.increment();
        LOG.warn("extractor failed on article {} paragraph {} sentence {}; its claims are skipped: {}",
                context == null ? "?" : context.articleId(), paragraphIndex, sentence, e.toString());
        LOG.debug("extractor failure on article {}", context == null ? "?" : context.articleId(), e);
    }

    /** How many sentences the extractor could not read since this instance was made (each also logged). */
    public long failures() {
        return failures.sum();
    }

    /** Claims in reading order; never throws, returns fewer claims on input it cannot read. */
    public List<ExtractedClaim> extract(String paragraph, int paragraphIndex, ArticleContext context) {
        List<ExtractedClaim> out = new ArrayList<>();
        if (paragraph == null || paragraph.isBlank()) return out;
        try {
            readSentences(paragraph, paragraphIndex, context, (i, s, r) -> {
                if (r == null) return;
                for (Finding f : r.findings) if (f.claim) out.add(f.extracted);
            });
        } catch (RuntimeException | StackOverflowError e) {
            failed(context, paragraphIndex, -1, e);
        }
        return out;
    }

    /** Everything the extractor saw in a text: sentences, each number and why it was or was not a claim, the claims. */
    public Explanation explain(String text, ArticleContext context) {
        List<Explanation.SentenceView> sentences = new ArrayList<>();
        List<Explanation.NumberFinding> numbers = new ArrayList<>();
        List<ExtractedClaim> claims = new ArrayList<>();
        if (text == null) return new Explanation(sentences, numbers, claims);
        try {
            readSentences(text, 0, context, (idx, s, r) -> {
                sentences.add(new Explanation.SentenceView(idx, s.start(), s.end(), s.text()));
                if (r == null) return;
                for (Finding f : r.findings) {
                    numbers.add(numberFinding(text, idx, s, r, f));
                    if (f.claim) claims.add(f.extracted);
                }
            });
        } catch (RuntimeException | StackOverflowError e) {
            failed(context, 0, -1, e);
        }
        return new Explanation(sentences, numbers, claims);
    }

    private static Explanation.NumberFinding numberFinding(String text, int idx, SentenceSplitter.Sentence s, SentenceReader r, Finding f) {
        int a = s.start() + r.lexemeStart(f.first);
        int b = s.start() + r.lexemeEnd(f.end - 1);
        boolean range = f.low != null;
        return new Explanation.NumberFinding(idx, a, b, text.substring(a, b), range ? null : f.value, f.low, f.high, f.qualifier,
                f.claim ? f.kind : null, f.countType, f.claim ? f.role : null, f.claim, f.reason);
    }

    /**
     * The article's anchor, the place of its main event, from its title and first paragraphs, as
     * a path ("Antakya, Hatay, Turkey", or "Karsk" for a dateline place no gazetteer knows), or null.
     * This is what travels with each paragraph as {@link ArticleContext#location()}.
     */
    public String mainLocation(String title, List<String> leadParagraphs) {
        try {
            List<String> leads = new ArrayList<>();
            if (leadParagraphs != null) {
                for (String p : leadParagraphs) {
                    if (p != null) leads.add(bounded(p));
                }
            }
            GeoPlace a = anchors.anchor(title, leads);
            return a == null ? null : a.path();
        } catch (RuntimeException | StackOverflowError e) {
            // Counted and logged like a sentence the reader could not read; the article goes on without an anchor.
            failed(null, -1, -1, e);
            return null;
        }
    }
}
