package io.figurewire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.records.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NinjsJsonTest {

    // read after the items were published: a publication time more than an hour ahead of ingest is dropped (PublishedTimes)
    final ArticleReader reader = new ArticleReader(Clock.fixed(Instant.parse("2026-05-04T12:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    List<ReadResult> read(String fileName, String content) throws Exception {
        Path file = dir.resolve(fileName);
        Files.writeString(file, content);
        List<ReadResult> out = new ArrayList<>();
        reader.read(file, out::add);
        return out;
    }

    static RawArticle article(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Article.class);
        return ((ReadResult.Article) result).article();
    }

    @Test
    void ninjsOneItemsMapUriHeadlineVersionCreatedBodyTextAndCopyrightHolder() throws Exception {
        List<ReadResult> results = read("items.jsonl", String.join("\n",
                "{\"uri\":\"urn:newsml:tidewater.example:20260503:quarry-1\",\"type\":\"text\",\"headline\":\"Quarry blast injures 6\","
                        + "\"firstcreated\":\"2026-05-03T05:00:00Z\",\"versioncreated\":\"2026-05-03T06:10:00+02:00\","
                        + "\"language\":\"en\",\"copyrightholder\":\"Tidewater Press\",\"by\":\"A. Reporter\","
                        + "\"body_text\":\"An explosion at the Carrow quarry injured 6 workers.\"}",
                "{\"uri\":\"https://tidewater.example/items/quarry-2\",\"by\":\"B. Writer\",\"firstcreated\":\"2026-05-03T09:00:00Z\","
                        + "\"body_html\":\"<p>Two of the 6 injured remain in hospital.</p>\"}",
                "{\"id\":\"plain\",\"uri\":\"ignored-because-body-is-present\",\"body\":\"Contract format, 4 people rescued.\"}"));
        assertThat(results).hasSize(3);

        RawArticle first = article(results.get(0));
        assertThat(first.getId()).isEqualTo("urn:newsml:tidewater.example:20260503:quarry-1");
        assertThat(first.getTitle()).isEqualTo("Quarry blast injures 6");
        assertThat(first.getPublished()).isEqualTo(Instant.parse("2026-05-03T04:10:00Z"));
        assertThat(first.getSource()).isEqualTo("Tidewater Press");
        assertThat(first.getLanguage()).isEqualTo("en");
        assertThat(first.getUrl()).isNull();
        assertThat(first.getBody()).isEqualTo("An explosion at the Carrow quarry injured 6 workers.");

        RawArticle second = article(results.get(1));
        assertThat(second.getId()).isEqualTo("https://tidewater.example/items/quarry-2");
        assertThat(second.getUrl()).isEqualTo("https://tidewater.example/items/quarry-2");
        assertThat(second.getSource()).isEqualTo("B. Writer");
        assertThat(second.getPublished()).isEqualTo(Instant.parse("2026-05-03T09:00:00Z"));
        assertThat(second.getBody()).isEqualTo("<p>Two of the 6 injured remain in hospital.</p>");

        RawArticle contract = article(results.get(2));
        assertThat(contract.getId()).isEqualTo("plain");
        assertThat(contract.getBody()).isEqualTo("Contract format, 4 people rescued.");
    }

    @Test
    void ninjsTwoHeadlinesBodiesAndInfosourceAreRead() throws Exception {
        List<ReadResult> results = read("item.json", """
                {"uri": "urn:ninjs2:marrow-bay:77", "versioncreated": "2026-05-04T11:00:00Z",
                 "headlines": [{"role": "main", "value": "Bridge repairs to cost 40 million"}],
                 "infosource": [{"name": "Marrow Bay Herald", "role": "originating"}],
                 "bodies": [{"contenttype": "text/html", "value": "<p>html</p>"},
                            {"contenttype": "text/plain", "value": "Repairs to the old bridge will cost 40 million crowns."}]}
                """);
        RawArticle item = article(results.get(0));
        assertThat(item.getTitle()).isEqualTo("Bridge repairs to cost 40 million");
        assertThat(item.getSource()).isEqualTo("Marrow Bay Herald");
        assertThat(item.getBody()).isEqualTo("Repairs to the old bridge will cost 40 million crowns.");
    }

    @Test
    void ninjsItemsWithoutTextOrWithdrawnOrWithBadTimesAreRejectedWithReasons() throws Exception {
        List<ReadResult> results = read("bad.jsonl", String.join("\n",
                "{\"uri\":\"urn:x:1\",\"body_text\":\"  \"}",
                "{\"uri\":\"urn:x:2\",\"pubstatus\":\"canceled\",\"body_text\":\"Withdrawn: 9 dead.\"}",
                "{\"uri\":\"urn:x:3\",\"versioncreated\":\"yesterday\",\"body_text\":\"3 hurt.\"}",
                "{\"uri\":\"urn:x:4\",\"headline\":{\"nested\":true},\"body_text\":\"3 hurt.\"}"));
        assertThat(results).allMatch(r -> r instanceof ReadResult.Rejected);
        assertThat(results).extracting(r -> ((ReadResult.Rejected) r).reason()).satisfiesExactly(
                r -> assertThat(r).isEqualTo("empty body"),
                r -> assertThat(r).contains("pubstatus \"canceled\""),
                r -> assertThat(r).contains("\"versioncreated\" is not an ISO-8601 time"),
                r -> assertThat(r).contains("\"headline\" must be a string"));
    }
}
