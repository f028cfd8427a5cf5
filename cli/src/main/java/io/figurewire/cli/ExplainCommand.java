package io.figurewire.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.figurewire.extract.ArticleContext;
import io.figurewire.extract.ClaimExtractor;
import io.figurewire.extract.Explanation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code explain}: what the extractor sees in a text, for debugging a missed or wrong figure.
 * Per paragraph (a line of input, as in articles): the sentences, every number with its
 * qualifier and the reason it was or was not taken as a claim, and the claims with their metric
 * keys. Uses {@link ClaimExtractor#explain}, the same code path as the pipeline.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show the sentences, numbers (with qualifiers and the reason each is or is not a claim)",
                "and claims (with metric keys) that the extractor finds in a text, as JSON.",
                "Reads --text, or stdin. Each non-blank line is a paragraph, as in articles.",
                "Example: echo 'The death toll has risen to 27.' | ./figurewire explain --pretty",
                "With --numbers: one JSON line per input line with every quantity read (not years, dates, clock times,",
                "ordinals or names such as 'Game 2'), and the numbers skipped with the rule that skipped them."})
final class ExplainCommand implements Callable<Integer> {

    @Option(names = "--text", description = "the text to explain (default: read stdin)")
    String text;

    @Option(names = "--pretty", description = "indented JSON for people")
    boolean pretty;

    @Option(names = "--numbers", description = {"print only the quantities of each input line, one JSON line per line:",
            "{\"numbers\": [{\"value\": v} | {\"low\": a, \"high\": b}, ...], \"skipped\": [...]} (NewsQuant's format)"})
    boolean numbers;

    @Option(names = "--location", description = "the article's main place, used when a sentence names none (as the pipeline does)")
    String location;

    @Override
    public Integer call() throws IOException {
        String input = text != null ? text : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        if (numbers) {
            return NumbersOutput.print(input, mapper(pretty)) == 0 ? 0 : 1;
        }
        ClaimExtractor extractor = ClaimExtractor.withDefaultLexicon();
        ArticleContext context = new ArticleContext("explain", null, null, null, null, location);
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        int claims = 0, numbers = 0;
        String[] lines = input.split("\\R");
        for (String line : lines) {
            if (line.isBlank()) continue;
            Explanation e = extractor.explain(line, context);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("paragraph", paragraphs.size());
            p.put("text", line);
            if (line.length() > ClaimExtractor.MAX_PARAGRAPH_CHARS) {
                p.put("note", "only the first " + ClaimExtractor.MAX_PARAGRAPH_CHARS + " characters are read");
            }
            p.put("sentences", sentences(e));
            p.put("numbers", e.numbers());
            p.put("claims", e.claims());
            paragraphs.add(p);
            claims += e.claims().size();
            numbers += e.numbers().size();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("paragraphs", paragraphs.size());
        summary.put("numbers", numbers);
        summary.put("claims", claims);
        out.put("summary", summary);
        out.put("paragraphs", paragraphs);
        ObjectMapper json = mapper(pretty);
        System.out.println(json.writeValueAsString(out));
        return 0;
    }

    /** Sentences with a note when one is too long to be read (tables, run-on lists). */
    private static List<Map<String, Object>> sentences(Explanation e) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Explanation.SentenceView s : e.sentences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", s.index());
            m.put("start", s.start());
            m.put("end", s.end());
            m.put("text", s.text());
            if (s.text().length() > ClaimExtractor.MAX_SENTENCE_CHARS) {
                m.put("note", "skipped: longer than " + ClaimExtractor.MAX_SENTENCE_CHARS + " characters");
            }
            out.add(m);
        }
        return out;
    }

    /** snake_case fields and lowercase enum values, as in the claims JSON (DESIGN.md). */
    static ObjectMapper mapper(boolean pretty) {
        SimpleModule lowercaseEnums = new SimpleModule().addSerializer(Enum.class, new JsonSerializer<Enum>() {
            @Override
            public void serialize(Enum value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        ObjectMapper m = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).registerModule(lowercaseEnums);
        return pretty ? m.enable(SerializationFeature.INDENT_OUTPUT) : m;
    }
}
