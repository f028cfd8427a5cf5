package io.figurewire.figures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Which key a report of a metric meets on, when outlets anchor one event at different levels
 * (one names the country or the state, another the town). Pure: the topology keeps the known
 * keys of each family in a store and applies the decisions in the order reports arrived.
 * <ul>
 * <li>A report whose key is a place that contains the place of exactly one <em>active</em> finer
 * key of its family (a key that got a report within {@code window} of this one's publication)
 * goes to that key: {@code killed/ecuador} joins {@code killed/<town>}. With none it stays on its
 * own key; with several (two concurrent events in one country) too, and its key is then marked
 * ambiguous. Only the finest active keys count: a state key and a town key in it are one candidate.</li>
 * <li>A report that lands on a key K also closes what came before it at a coarser level: every
 * active coarser key of the family that contains K, holds only reports that came while no finer
 * key was active in it (never ambiguous), and has K as its only active finer key, is
 * <em>adopted</em> by K: its row moves into K's and is deleted. Keys it was ambiguous between
 * that have since been adopted by one key count as that key. So an event first seen only at the
 * country level and then at its town ends on the town's key, with the country's reports in its
 * history, and no older figure is left on another key.</li>
 * </ul>
 * A family is the keys of one metric name and period ({@code killed}, {@code killed@24h}); keys
 * of groups ({@code killed/israeli-troops}) or unknown places carry no place path and never join.
 */
public final class KeyJoin {

    /**
     * What is known of one key of a family: its place path (country first), its latest report, and
     * the finest keys a report that stayed on it could have belonged to, when there were several.
     */
    public record Known(String metric, List<String> path, long lastPublished, List<String> among) {
        public Known {
            among = List.copyOf(among);
        }

        /** A report stayed on this key while several finer keys inside it were active. */
        public boolean ambiguous() {
            return among.size() > 1;
        }
    }

    /** Where a report goes, and the coarser keys whose rows its key adopts first (coarsest first). */
    public record Decision(String target, List<String> adopted) {
    }

    private final long windowMs;

    public KeyJoin(Duration window) {
        this.windowMs = window.toMillis();
    }

    /** The family a metric's key belongs to: its name and period without the place ("killed@24h"), or null. */
    public static String family(String metric) {
        int slash = metric.indexOf('/');
        if (slash < 0) {
            return null;
        }
        int at = metric.indexOf('@', slash);
        return metric.substring(0, slash) + (at < 0 ? "" : metric.substring(at));
    }

    /** What reports are partitioned by so that a family meets in one task: the metric's name, a function of the key. */
    public static String partitionKey(String metric) {
        int slash = metric.indexOf('/');
        return slash < 0 ? metric : metric.substring(0, slash);
    }

    /**
     * Decides a report of {@code metric} placed at {@code path} (null when the key has no place)
     * and published at {@code published}, and updates {@code family}, the known keys of its
     * family by metric: forgotten once inactive, adopted ones removed, the target's activity moved.
     * Keys without a place are never kept: they neither join nor are joined.
     */
    public Decision decide(String metric, List<String> path, long published, SortedMap<String, Known> family) {
        // forget keys gone quiet before this report's window; a newer key only waits, inactive for it
        family.values().removeIf(k -> k.lastPublished() < published - windowMs && !k.metric().equals(metric));
        if (path == null || path.isEmpty()) {
            return new Decision(metric, List.of());
        }
        List<Known> leaves = finestInside(path, metric, published, family);
        String target = leaves.size() == 1 ? leaves.get(0).metric() : metric;
        Known before = family.get(target);
        boolean renewed = before == null || !active(before, published);
        List<String> targetPath = target.equals(metric) ? longer(before == null ? null : before.path(), path) : before.path();
        long last = before == null ? published : Math.max(before.lastPublished(), published);
        TreeSet<String> among = new TreeSet<>(before == null || renewed ? List.of() : before.among());
        if (leaves.size() > 1) {
            leaves.forEach(k -> among.add(k.metric()));
        }
        family.put(target, new Known(target, targetPath, last, List.copyOf(among)));
        return new Decision(target, adopt(target, published, family));
    }

    /**
     * The active coarser keys that {@code target} adopts, removed from the family, coarsest first.
     * Repeated until none is left: once a region's key is adopted by its town, a country key that
     * was ambiguous between that region and that town no longer is (they proved one event).
     */
    private List<String> adopt(String target, long published, SortedMap<String, Known> family) {
        List<Known> adopted = new ArrayList<>();
        for (Known c = adoptable(family.get(target), published, family); c != null; c = adoptable(family.get(target), published, family)) {
            adopted.add(c);
            family.remove(c.metric());
            String gone = c.metric();
            family.replaceAll((m, k) -> k.among().contains(gone) ? new Known(m, k.path(), k.lastPublished(),
                    k.among().stream().map(a -> a.equals(gone) ? target : a).distinct().sorted().toList()) : k);
        }
        adopted.sort(Comparator.comparingInt((Known k) -> k.path().size()).thenComparing(Known::metric));
        return adopted.stream().map(Known::metric).toList();
    }

    /** The first (by metric) active coarser key whose only finest active key is {@code target}, that was ambiguous between no other keys. */
    private Known adoptable(Known target, long published, SortedMap<String, Known> family) {
        for (Known c : family.values()) {
            boolean onlyTarget = c.among().stream().allMatch(a -> a.equals(target.metric()));
            if (c == target || !onlyTarget || !active(c, published) || !contains(c.path(), target.path())) {
                continue;
            }
            List<Known> leaves = finestInside(c.path(), c.metric(), published, family);
            if (leaves.size() == 1 && leaves.get(0) == target) {
                return c;
            }
        }
        return null;
    }

    /** The active keys strictly inside {@code outer} that contain no other such key, in metric order. */
    private List<Known> finestInside(List<String> outer, String self, long published, Map<String, Known> family) {
        List<Known> inside = new ArrayList<>();
        for (Known k : family.values()) {
            if (!k.metric().equals(self) && active(k, published) && contains(outer, k.path())) {
                inside.add(k);
            }
        }
        return inside.stream().filter(k -> inside.stream().noneMatch(o -> o != k && contains(k.path(), o.path()))).toList();
    }

    /**
     * A key reported within the window of this report's publication, before or after it: a report
     * published long before a key's latest (a replayed archive, a late delivery) belongs to
     * another event, so it neither joins nor is adopted by that key.
     */
    private boolean active(Known k, long published) {
        return k.lastPublished() >= published - windowMs && k.lastPublished() <= published + windowMs;
    }

    /**
     * Whether the place {@code outer} strictly contains {@code inner} (paths country first): same
     * country, the outer place a level above the inner one in its path, and the outer's state, if
     * it names one, in the inner's path too. Not a prefix test: a place no gazetteer knows sits
     * right under the place it was found in ("Grenfell Tower" under "London"), without the
     * county between them that the town's own path has.
     */
    public static boolean contains(List<String> outer, List<String> inner) {
        if (outer.isEmpty() || inner.size() < 2 || !outer.get(0).equals(inner.get(0))) {
            return false;
        }
        String place = outer.get(outer.size() - 1);
        int at = inner.subList(0, inner.size() - 1).indexOf(place);
        return at >= 0 && (outer.size() < 2 || inner.contains(outer.get(1)));
    }

    /** The more specific of two readings of one key's path (the longer; the first on a tie). */
    private static List<String> longer(List<String> known, List<String> reported) {
        return known != null && known.size() >= reported.size() ? known : List.copyOf(reported);
    }
}
