package io.figurewire.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.figurewire.records.RawArticle;
import io.figurewire.schemas.ArticleIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    final FeedReader reader = new FeedReader(Clock.fixed(NOW, ZoneOffset.UTC));

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream("feeds/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    static RawArticle article(FeedEntry entry) {
        assertThat(entry.result()).isInstanceOf(ReadResult.Article.class);
        return ((ReadResult.Article) entry.result()).article();
    }

    @Test
    void rssItemsBecomeArticlesWithFullContentAndTheFeedAsSource() throws Exception {
        List<FeedEntry> entries = reader.read("courier.rss", fixture("harbour-valley.rss.xml"), null);
        assertThat(entries).hasSize(3);

        RawArticle landslide = article(entries.get(0));
        assertThat(landslide.getId()).isEqualTo("hvc-2026-0412");
        assertThat(landslide.getSource()).isEqualTo("Harbour Valley Courier");
        assertThat(landslide.getUrl()).isEqualTo("https://courier.example/2026/04/brennock-landslide");
        assertThat(landslide.getTitle()).isEqualTo("Landslide closes the Brennock pass");
        assertThat(landslide.getPublished()).isEqualTo(Instant.parse("2026-04-12T06:30:00Z"));
        assertThat(landslide.getReceived()).isEqualTo(NOW);
        assertThat(landslide.getLanguage()).isEqualTo("en-gb");
        // content:encoded wins over the one-line description
        assertThat(landslide.getBody()).contains("At least 14 vehicles were trapped").startsWith("<p>");

        RawArticle strike = article(entries.get(1));
        assertThat(strike.getBody()).isEqualTo("About 1,200 crossings have been cancelled since the strike began.");
        assertThat(strike.getPublished()).isNull();
        // no guid: ROME falls back to the link, or we derive from source + link; stable either way
        assertThat(strike.getId()).isIn("https://courier.example/2026/04/ferry-strike",
                ArticleIds.derive(null, "Harbour Valley Courier", "https://courier.example/2026/04/ferry-strike", ""));
        assertThat(article(reader.read("again", fixture("harbour-valley.rss.xml"), null).get(1)).getId()).isEqualTo(strike.getId());

        assertThat(entries.get(2).result()).isInstanceOfSatisfying(ReadResult.Rejected.class, r -> {
            assertThat(r.where()).startsWith("courier.rss entry 3").contains("hvc-2026-0413");
            assertThat(r.reason()).contains("no text");
        });
        assertThat(entries.get(2).id()).isEqualTo("hvc-2026-0413");
    }

    @Test
    void atomEntriesUseIdUpdatedAndHtmlContentAndFallBackToSummary() throws Exception {
        List<FeedEntry> entries = reader.read("lakeside.atom", fixture("lakeside-wire.atom.xml"), "application/atom+xml");
        assertThat(entries).hasSize(2);

        RawArticle storm = article(entries.get(0));
        assertThat(storm.getId()).isEqualTo("urn:lakeside-wire:2026-0420-17");
        assertThat(storm.getSource()).isEqualTo("Lakeside Wire");
        assertThat(storm.getUrl()).isEqualTo("https://wire.lakeside.example/0420-17");
        assertThat(storm.getPublished()).isEqualTo(Instant.parse("2026-04-20T07:15:00Z"));
        assertThat(storm.getBody()).isEqualTo("<p>A storm cut power to about 8,000 homes on the north shore, the grid operator said.</p>");
        assertThat(entries.get(0).revision()).contains("2026-04-20T08:45:00Z");

        RawArticle boats = article(entries.get(1));
        assertThat(boats.getBody()).isEqualTo("Two fishing boats with 5 crew aboard have not returned to port.");
        // no <published>: the entry's <updated> is the best publication time there is
        assertThat(boats.getPublished()).isEqualTo(Instant.parse("2026-04-20T08:50:00Z"));
    }

    @Test
    void rssRevisionFollowsTheTextAndAtomRevisionFollowsUpdated() throws Exception {
        String rss = new String(fixture("harbour-valley.rss.xml"), StandardCharsets.UTF_8);
        FeedEntry before = reader.read("a", rss.getBytes(StandardCharsets.UTF_8), null).get(1);
        FeedEntry same = reader.read("a", rss.getBytes(StandardCharsets.UTF_8), null).get(1);
        FeedEntry revised = reader.read("a", rss.replace("About 1,200", "About 1,350").getBytes(StandardCharsets.UTF_8), null).get(1);
        assertThat(same.revision()).isEqualTo(before.revision());
        assertThat(revised.id()).isEqualTo(before.id());
        assertThat(revised.revision()).isNotEqualTo(before.revision());

        String atom = new String(fixture("lakeside-wire.atom.xml"), StandardCharsets.UTF_8);
        FeedEntry updated = reader.read("b", atom.replace("2026-04-20T08:45:00Z", "2026-04-20T10:00:00Z")
                .getBytes(StandardCharsets.UTF_8), null).get(0);
        assertThat(updated.revision()).isNotEqualTo(reader.read("b", atom.getBytes(StandardCharsets.UTF_8), null).get(0).revision());
    }

    @Test
    void malformedDocumentsAndNonFeedsAreUnreadableWithTheLocation() {
        assertThatThrownBy(() -> reader.read("https://broken.example/feed", "<rss version=\"2.0\"><channel><item><title>cut".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(UnreadableFeedException.class)
                .hasMessageStartingWith("https://broken.example/feed: not a readable RSS or Atom feed");
        assertThatThrownBy(() -> reader.read("page", "<html><body><p>Not a feed</p></body></html>".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(UnreadableFeedException.class);
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>T</title><item><guid>x</guid><description>&secret;</description></item></channel></rss>
                """;
        assertThatThrownBy(() -> reader.read("xxe", xxe.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(UnreadableFeedException.class);
    }
}
