package io.figurewire.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.records.Claim;
import io.figurewire.records.Figure;
import io.figurewire.runtime.TopicSnapshot;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A varied wire for runs that are compared, and the committed outputs in comparable form. */
final class Outputs {

    private Outputs() {
    }

    /** Articles with distinct wording and times, so a run's outputs do not depend on arrival order. */
    static List<String> variedWire(String idPrefix, int count) {
        ObjectMapper json = new ObjectMapper();
        String[] places = {"Sudan", "Chad", "Yemen", "Haiti", "Peru", "Nepal", "Gaza", "Mali"};
        String[] events = {"Floods", "A landslide", "Fighting", "A fire", "A storm", "An earthquake"};
        Instant base = Instant.now().minus(Duration.ofDays(2));
        List<String> lines = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                lines.add(json.writeValueAsString(Map.of("id", idPrefix + i, "source", "Wire " + (i % 3),
                        "published", base.plus(Duration.ofSeconds(30L * i)).toString(),
                        "body", events[i % 6] + " killed " + (10 + i) + " people in " + places[i % 8] + " on day " + i
                                + ", officials said.\nConvoy " + i + " brought aid to " + (100 + 3 * i) + " families in "
                                + places[(i + 3) % 8] + " district " + i + ".")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Every committed claim as one line, counted: a duplicate shows as a count of 2. */
    static Map<String, Long> claims(String bootstrap, Topics topics) {
        return TopicSnapshot.read(bootstrap, topics.claims(), RecordSerdes.claim().deserializer()).stream()
                .map(r -> {
                    Claim c = r.value();
                    return r.key() + "|" + c.getArticleId() + "|" + c.getParagraphIndex() + "|" + c.getSpanStart() + "|" + c.getValue();
                })
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }

    /** The figures table: per metric, the current value, qualifier, article, report count and flags. */
    static Map<String, String> table(String bootstrap, Topics topics) {
        return table(bootstrap, topics, null);
    }

    /** The same, without one flag (null: all flags). */
    static Map<String, String> table(String bootstrap, Topics topics, String leftOut) {
        Map<String, String> rows = new TreeMap<>();
        TopicSnapshot.latestByKey(TopicSnapshot.read(bootstrap, topics.figures(), RecordSerdes.figure().deserializer()))
                .forEach((metric, f) -> rows.put(metric, row(f, leftOut)));
        return rows;
    }

    private static String row(Figure f, String leftOut) {
        List<String> flags = f.getFlags().stream().filter(flag -> !flag.equals(leftOut)).toList();
        return f.getCurrent().getValue() + " " + f.getCurrent().getQualifier() + " " + f.getCurrent().getArticleId()
                + " reports=" + f.getReportCount() + " flags=" + flags;
    }
}
