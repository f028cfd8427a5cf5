package io.figurewire.producer;

import com.fasterxml.jackson.databind.JsonNode;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.ArticleIds;
import io.figurewire.schemas.InvalidArticleException;
import io.figurewire.schemas.RawArticleJson;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Maps an IPTC ninjs news item (1.x and 2.x field names) to an article: {@code uri} → id,
 * {@code headline}/{@code headlines} → title, {@code versioncreated} (else
 * {@code firstcreated}) → published, {@code body_text}/{@code body_html}/{@code bodies} →
 * body, {@code copyrightholder}/{@code infosource}/{@code by} → source. Bodies are checked by
 * {@link RawArticleJson#checkBody}, like every other input.
 */
final class NinjsJson {

    /** ninjs says these items must not be used (killed or embargoed stories). */
    private static final Set<String> NOT_USABLE = Set.of("withheld", "canceled", "cancelled");

    private NinjsJson() {
    }

    /** ninjs rather than the contract's format: a {@code uri} and a ninjs body, and no {@code body}. */
    static boolean isNinjs(JsonNode node) {
        return node != null && node.isObject() && node.has("uri") && !node.has("body")
                && (node.has("body_text") || node.has("body_html") || node.has("bodies"));
    }

    static RawArticle toArticle(JsonNode item, Instant received) {
        String pubstatus = text(item, "pubstatus");
        if (pubstatus != null && NOT_USABLE.contains(pubstatus.toLowerCase(Locale.ROOT))) {
            throw new InvalidArticleException("ninjs item has pubstatus \"" + pubstatus + "\" (not for publication)");
        }
        String uri = text(item, "uri");
        String source = firstPresent(text(item, "copyrightholder"), firstName(item.get("infosource")), text(item, "by"));
        String body = firstPresent(text(item, "body_text"), text(item, "body_html"), preferredBody(item.get("bodies")));
        String url = uri != null && uri.toLowerCase(Locale.ROOT).matches("https?://.*") ? uri : null;
        return RawArticle.newBuilder()
                .setId(ArticleIds.derive(uri, source, url, body))
                .setSource(source)
                .setUrl(url)
                .setTitle(firstPresent(text(item, "headline"), preferredValue(item.get("headlines"))))
                .setPublished(published(item))
                .setReceived(received)
                .setBody(RawArticleJson.checkBody(body))
                .setLanguage(text(item, "language"))
                .build();
    }

    private static Instant published(JsonNode item) {
        for (String field : new String[] {"versioncreated", "firstcreated"}) {
            String value = text(item, field);
            if (value != null) {
                try {
                    return RawArticleJson.parseTime(value);
                } catch (InvalidArticleException e) {
                    throw new InvalidArticleException("\"" + field + "\" is not an ISO-8601 time: " + value);
                }
            }
        }
        return null;
    }

    /** ninjs 2 {@code bodies}: the plain-text one when there is one, else the first. */
    private static String preferredBody(JsonNode bodies) {
        if (bodies == null || !bodies.isArray()) {
            return null;
        }
        for (JsonNode b : bodies) {
            if (b.path("contenttype").asText("").startsWith("text/plain")) {
                return text(b, "value");
            }
        }
        return preferredValue(bodies);
    }

    /** ninjs 2 {@code headlines}: the first one's value (the main headline comes first by convention). */
    private static String preferredValue(JsonNode values) {
        return values != null && values.isArray() && !values.isEmpty() ? text(values.get(0), "value") : null;
    }

    private static String firstName(JsonNode infosource) {
        return infosource != null && infosource.isArray() && !infosource.isEmpty() ? text(infosource.get(0), "name") : null;
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidArticleException("ninjs field \"" + field + "\" must be a string");
        }
        return value.asText();
    }
}
