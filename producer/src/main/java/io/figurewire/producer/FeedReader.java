package io.figurewire.producer;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.ArticleIds;
import io.figurewire.schemas.InvalidArticleException;
import io.figurewire.schemas.RawArticleJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns an RSS (0.9x, 1.0, 2.0) or Atom document into articles with ROME. Each entry becomes
 * an article: id = the entry's guid/id (else derived from feed title + link), source = the
 * feed's title, body = the entry's full content (RSS {@code content:encoded}, Atom
 * {@code content}) else its description/summary; HTML is kept as it is, the processor strips
 * it. An entry without text is a rejection with a reason, never dropped.
 */
public final class FeedReader {

    private final Clock clock;

    public FeedReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param location where the document came from, used in rejection messages
     * @param contentType the HTTP Content-Type when known (it may name the charset), else null
     * @throws UnreadableFeedException when the document is not a well-formed RSS or Atom feed
     */
    public List<FeedEntry> read(String location, byte[] document, String contentType) throws UnreadableFeedException {
        SyndFeed feed = parse(location, document, contentType);
        Instant received = Instant.now(clock);
        String source = blankToNull(feed.getTitle());
        // RSS <language> or dc:language; ROME does not carry an Atom feed's xml:lang over, so Atom feeds have none.
        String language = blankToNull(feed.getLanguage());
        List<FeedEntry> entries = new ArrayList<>();
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            entries.add(entry(location + " entry " + number, entry, source, language, received));
        }
        return entries;
    }

    private static SyndFeed parse(String location, byte[] document, String contentType) throws UnreadableFeedException {
        // SyndFeedInput refuses DOCTYPEs by default, which keeps external entities (XXE) out.
        SyndFeedInput input = new SyndFeedInput();
        try (XmlReader xml = contentType == null
                ? new XmlReader(new ByteArrayInputStream(document), true)
                : new XmlReader(new ByteArrayInputStream(document), contentType, true)) {
            return input.build(xml);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new UnreadableFeedException(location + ": not a readable RSS or Atom feed: " + firstLine(e.getMessage()), e);
        }
    }

    private static FeedEntry entry(String where, SyndEntry entry, String source, String language, Instant received) {
        String link = blankToNull(entry.getLink());
        String title = blankToNull(entry.getTitle());
        String body = text(entry);
        String id = ArticleIds.derive(entry.getUri(), source, link, body == null ? Objects.toString(title, "") : body);
        Instant updated = instant(entry.getUpdatedDate());
        Instant published = instant(entry.getPublishedDate());
        // A revised story keeps its id; Atom says so with <updated>, RSS only by changing the text.
        String revision = updated != null ? "updated " + updated : "text " + digest(title + "\n" + body);
        try {
            RawArticle article = RawArticle.newBuilder()
                    .setId(id)
                    .setSource(source)
                    .setUrl(link)
                    .setTitle(title)
                    .setPublished(published != null ? published : updated)
                    .setReceived(received)
                    .setBody(RawArticleJson.checkBody(body))
                    .setLanguage(language)
                    .build();
            PublishedTimes.Checked checked = PublishedTimes.check(article);
            return new FeedEntry(id, revision, new ReadResult.Article(where, checked.article(), checked.warning()));
        } catch (InvalidArticleException e) {
            String reason = body == null ? "entry has no text (no content and no description)" : e.getMessage();
            return new FeedEntry(id, revision, new ReadResult.Rejected(where + " (" + id + ")", reason));
        }
    }

    /** Full content when the feed carries it, else the description (RSS) or summary (Atom). */
    private static String text(SyndEntry entry) {
        String content = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining("\n\n"));
        if (!content.isBlank()) {
            return content;
        }
        SyndContent description = entry.getDescription();
        return description == null ? null : blankToNull(description.getValue());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
