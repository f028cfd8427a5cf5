package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The place path a claim carries with its metric: the key's place and the places above it,
 * country first, as slugs ({@code [norway, vestland, karsk]}), so that the figures stage can tell
 * that {@code killed/vestland} contains {@code killed/karsk} without a gazetteer (see
 * figures/KeyJoin). Only for a key that is the article's anchor's and whose place part is that
 * place: a breakdown place, a group key or an event slot carries none.
 */
final class KeyPaths {

    private KeyPaths() {
    }

    /** Country, state, county (or, for a place no gazetteer knows, the place it was found in), the place; no repeats. */
    static List<String> of(GeoPlace p) {
        List<String> out = new ArrayList<>(4);
        for (String level : new String[] {p.country(), p.admin1(), p.admin2(), p.name()}) {
            String slug = level == null ? null : MetricKeys.slug(level);
            if (slug != null && !slug.isEmpty() && !out.contains(slug)) out.add(slug);
        }
        return out;
    }

    /** The path, if the metric's place part ({@code killed/<place>[@period]}) is its last slug; else null. */
    static List<String> forMetric(String metric, List<String> path) {
        if (path == null || path.isEmpty()) return null;
        String where = MetricKeys.placePart(metric);
        return where != null && where.equals(path.get(path.size() - 1)) ? path : null;
    }
}
