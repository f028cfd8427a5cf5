package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.extract.ArticleContext;
import io.figurewire.extract.ClaimExtractor;
import io.figurewire.extract.ClaimRole;
import io.figurewire.extract.ExtractedClaim;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated wire has what issue 10 asks of it, and the extractor alone already keys it by its truth. */
class EventWireTest {

    private final EventWire wire = EventWire.generate(2026, 18);

    @Test
    void aSeedIsOneWire() {
        assertThat(EventWire.generate(2026, 18).articles()).isEqualTo(wire.articles());
        assertThat(EventWire.generate(2027, 18).articles()).isNotEqualTo(wire.articles());
    }

    @Test
    void theWireHasConcurrentEventsCopiesLateItemsRegionAndCountryMentionsAndPastEvents() {
        List<EventWire.Article> articles = wire.articles();
        assertThat(wire.events()).hasSize(18);
        assertThat(wire.events().stream().map(EventWire.Event::region).distinct().count()).isLessThan(18);
        // concurrent: every event's reports span hours, and events start within a few hours of each other
        assertThat(Duration.between(articles.get(0).published(), wire.events().size() > 1 ? articles.get(articles.size() - 1).published()
                : articles.get(0).published())).isLessThan(Duration.ofDays(3));
        long late = articles.stream().filter(EventWire.Article::late).count();
        long originals = articles.stream().filter(a -> a.copyOf() == null).count();
        assertThat(late / (double) originals).isBetween(0.05, 0.2);
        assertThat(articles).anyMatch(a -> a.copyOf() != null);
        String all = articles.stream().flatMap(a -> a.paragraphs().stream()).collect(Collectors.joining("\n"));
        assertThat(all).contains("Across ").contains(" since ").contains(" county, the emergency agency");
        assertThat(wire.truth()).hasSize(36);
        for (int i = 1; i < articles.size(); i++) {
            EventWire.Article a = articles.get(i);
            if (!a.late()) assertThat(a.published()).isAfterOrEqualTo(articles.get(i - 1).published().minus(Duration.ofDays(1)));
        }
    }

    @Test
    void eachEventsCurrentCountsGetItsTruthKeyFromTheExtractorAlone() {
        wire.articles().stream().filter(a -> a.paragraphs().stream().anyMatch(p -> p.contains(" since "))).limit(1)
                .forEach(a -> System.out.println("EXAMPLE " + a.title() + "\n" + String.join("\n", a.paragraphs())));
        ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();
        Map<String, Set<String>> keys = new TreeMap<>();
        for (EventWire.Article a : wire.articles()) {
            List<String> leads = a.paragraphs().subList(0, Math.min(5, a.paragraphs().size()));
            ArticleContext ctx = new ArticleContext(a.id(), a.title(), a.source(), null, a.published(), ex.mainLocation(a.title(), leads));
            for (int p = 0; p < a.paragraphs().size(); p++) {
                for (ExtractedClaim c : ex.extract(a.paragraphs().get(p), p, ctx)) {
                    if (c.role() == ClaimRole.CURRENT && Set.of("killed", "injured").contains(c.countType())) {
                        keys.computeIfAbsent(a.eventId() + " " + c.countType(), k -> new TreeSet<>()).add(c.metric());
                        // an article that names no town is keyed where it places the event: only the figures stage joins it
                        assertThat(c.metric()).as("key of %s (%s)", c.text(), a.id()).isEqualTo(c.countType() + "/" + keyPlace(a));
                        // a past event's toll is never read as this event's current figure
                        assertThat(c.value()).as("%s in %s", c.text(), a.id())
                                .isEqualTo(c.countType().equals("killed") ? a.killed() : a.injured());
                    }
                }
            }
        }
        Map<String, Set<String>> want = new HashMap<>();
        for (EventWire.Truth t : wire.truth()) want.put(t.eventId() + " " + t.countType(), new TreeSet<>(Set.of(t.key())));
        for (EventWire.Article a : wire.articles()) {
            if (a.level() == EventWire.Level.TOWN) continue;
            for (String type : List.of("killed", "injured")) want.get(a.eventId() + " " + type).add(type + "/" + keyPlace(a));
        }
        assertThat(keys).isEqualTo(want);
        assertThat(wire.articles()).as("reports at the region and at the country level only")
                .anyMatch(a -> a.level() == EventWire.Level.REGION).anyMatch(a -> a.level() == EventWire.Level.COUNTRY);
        assertThat(wire.articles()).as("an event first reported at a coarse level")
                .anyMatch(a -> a.id().endsWith("-0") && a.level() != EventWire.Level.TOWN);
    }

    private EventWire.Event eventOf(EventWire.Article a) {
        return wire.events().stream().filter(e -> e.id().equals(a.eventId())).findFirst().orElseThrow();
    }

    /** The place part of an article's own key: its event's town, region or country, as a slug. */
    private String keyPlace(EventWire.Article a) {
        EventWire.Event e = eventOf(a);
        String place = switch (a.level()) {
            case TOWN -> e.town();
            case REGION -> e.region();
            case COUNTRY -> e.country();
        };
        return place.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
