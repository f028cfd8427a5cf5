package io.figurewire.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.figurewire.records.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@code RawArticle} from JSON with the contract's field names ({@code id, source, url,
 * title, published, body, language}). Shared by the producer (JSON / JSON Lines files) and by
 * the articles.raw deserializer (JSON sent straight to the topic), so both reject the same
 * input with the same words.
 */
public final class RawArticleJson {

    /** Kafka's default message limit is 1 MB; a body near it is not an article. */
    public static final int MAX_BODY_CHARS = 512 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RawArticleJson() {
    }

    public static RawArticle parse(String json, Instant received) {
        return fromTree(readTree(json), received);
    }

    /** The JSON tree, for readers that look at an object before deciding how to map it (ninjs). */
    public static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("malformed JSON: " + e.getOriginalMessage());
        }
    }

    public static RawArticle fromTree(JsonNode node, Instant received) {
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException("expected a JSON object with at least a \"body\" field");
        }
        String body = text(node, "body");
        if (body == null) {
            throw new InvalidArticleException("missing field \"body\"");
        }
        String source = text(node, "source");
        String url = text(node, "url");
        return RawArticle.newBuilder()
                .setId(ArticleIds.derive(text(node, "id"), source, url, body))
                .setSource(source)
                .setUrl(url)
                .setTitle(text(node, "title"))
                .setPublished(parseTime(text(node, "published")))
                .setReceived(received)
                .setBody(checkBody(body))
                .setLanguage(text(node, "language"))
                .build();
    }

    /** A body must have text and fit the size limit. */
    public static String checkBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidArticleException("empty body");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new InvalidArticleException("body too large: " + body.length() + " characters, limit " + MAX_BODY_CHARS);
        }
        return body;
    }

    /** ISO-8601 instant, offset date-time, or a bare date (taken as midnight UTC). */
    public static Instant parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new InvalidArticleException("\"published\" is not an ISO-8601 time: " + t);
                }
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidArticleException("field \"" + field + "\" must be a string");
        }
        return value.asText();
    }
}
