package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds metric keys {@code countType[-refinement]/place-or-group[@period]} from the rules in
 * {@code metric-aliases.json}. Keys are lowercase slugs, so the same figure from different
 * outlets lands on the same key, while period counts ("@24h", "@recent", "@oct7") and
 * sub-groups ("israeli-troops") get keys of their own and never overwrite a headline figure.
 */
public final class MetricKeys {

    /** The place part of a key whose figure no place is known for ("killed/unknown"). */
    public static final String NO_PLACE = "unknown";

    private record Refinement(String countType, List<String[]> cues, boolean needsEvent, String metric, boolean eventSlot) {
    }

    private final List<Refinement> refinements = new ArrayList<>();
    private final Map<String, String> groups = new HashMap<>();
    private final Map<String, String> periodUnits = new HashMap<>();
    private final Releases releases;

    MetricKeys(JsonNode root) {
        for (JsonNode r : root.path("refinements")) {
            List<String[]> cues = new ArrayList<>();
            for (JsonNode c : r.path("cues")) cues.add(Phrases.words(c.asText()));
            refinements.add(new Refinement(r.path("countType").asText(), cues, r.path("event").asBoolean(false),
                    r.path("metric").asText(), "event".equals(r.path("slot").asText(""))));
        }
        root.path("groups").fields().forEachRemaining(e -> groups.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
        root.path("periods").fields().forEachRemaining(e -> periodUnits.put(e.getKey(), e.getValue().asText()));
        releases = new Releases(root);
    }

    Releases releases() {
        return releases;
    }

    /**
     * Key of a proposed or demanded release: "hostages-release-proposed/living". No period: the
     * time words near such a figure date the people ("arrested after Oct. 7") or the deal's
     * phase, not a reporting window.
     */
    /** Whether a key names where its figure is: "killed/karsk@24h" does, "killed/unknown" does not. */
    public static boolean placed(String metric) {
        String where = placePart(metric);
        return where != null && !where.equals(NO_PLACE);
    }

    /** The place or group part of a key: "karsk" of "killed/karsk@24h"; null for a metric without one. */
    static String placePart(String metric) {
        int slash = metric == null ? -1 : metric.indexOf('/');
        if (slash < 0) return null;
        int at = metric.indexOf('@', slash);
        return metric.substring(slash + 1, at < 0 ? metric.length() : at);
    }

    String releaseKey(Releases.Reading r, String peopleGroup, String place) {
        String where = r.group() != null ? r.group() : peopleGroup != null ? peopleGroup : place != null ? place : NO_PLACE;
        return r.metricName() + "/" + where;
    }

    /** The sub-group slug for a counted noun ("troops"), or null. */
    String group(String noun) {
        return noun == null ? null : groups.get(noun.toLowerCase(Locale.ROOT));
    }

    /** Key suffix for a period like "24 hours" → "24h", "recent" → "recent". */
    String periodSlug(String period, String eventSlug) {
        if (eventSlug != null) return eventSlug;
        if (period == null || period.equals("cumulative") || period.equals("current")) return null;
        if (period.equals("recent")) return "recent";
        String[] parts = period.split(" ");
        if (parts.length == 2) {
            String unit = periodUnits.get(parts[1]);
            if (unit != null) return parts[0] + unit;
        }
        return null;
    }

    /**
     * @param clause  the lexemes of the claim's clause, to look for refinement cues
     * @param place   place slug or null
     * @param group   group slug or null ("israeli-troops")
     */
    String key(String countType, List<Lexeme> clause, String place, String group, String period, String eventSlug) {
        String name = countType;
        boolean eventSlot = false;
        for (Refinement r : refinements) {
            if (!r.countType().equals(countType)) continue;
            if (r.needsEvent() && eventSlug == null) continue;
            if (!r.cues().isEmpty() && !anyCue(clause, r.cues())) continue;
            name = r.metric();
            eventSlot = r.eventSlot();
            break;
        }
        String where = eventSlot && eventSlug != null ? eventSlug : group != null ? group : place != null ? place : NO_PLACE;
        String p = eventSlot ? null : periodSlug(period, eventSlug);
        return name + "/" + where + (p == null ? "" : "@" + p);
    }

    private static boolean anyCue(List<Lexeme> clause, List<String[]> cues) {
        for (int i = 0; i < clause.size(); i++) {
            for (String[] c : cues) {
                if (Phrases.matchLength(clause, i, c) > 0) return true;
            }
        }
        return false;
    }

    static String slug(String s) {
        if (s == null) return null;
        // "Şanlıurfa" → "sanliurfa": letters with no decomposition (ı, ł, ø) get their plain form too
        String n = GeoNames.ascii(s);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (char c : n.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
                dash = false;
            } else if (!dash && b.length() > 0) {
                b.append('-');
                dash = true;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == '-') b.setLength(len - 1);
        return b.toString();
    }
}
