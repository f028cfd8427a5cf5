package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated wire of 16 concurrent events in invented towns of 4 invented countries, each town
 * named only in datelines, reported by several articles that also speak of the country: every
 * event's deaths and injuries land on one key each, and no two events share one.
 */
class InventedWireKeysTest {

    private static final String[] SYLLABLES = {"kar", "vel", "dor", "mun", "ost", "bre", "sal", "tiv", "gan", "rok", "lem", "qua"};
    private static final String[] COUNTRIES = {"Valdoria", "Nortavia", "Keldmark", "Surrania"};
    private static final String[] KINDS = {"colliery blast", "floods", "ferry fire", "landslide"};

    private final ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();

    /** Deterministic invented town names that no gazetteer knows. */
    private List<String> towns(int n) {
        Random r = new Random(11);
        Set<String> out = new TreeSet<>();
        while (out.size() < n) {
            String t = SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)] + "by";
            String name = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            if (ClaimExtractor.geoNames().named(name).isEmpty() && ex.gazetteer().place(name) == null) out.add(name);
        }
        return new ArrayList<>(out);
    }

    private static List<String> article(String town, String country, String kind, int update, boolean qualified) {
        int killed = 10 + 7 * update + town.length();
        String dateline = town.toUpperCase() + (qualified ? ", " + country + " (Wire) \u2014 " : " \u2014 ");
        List<String> paras = new ArrayList<>();
        paras.add(dateline + "At least " + killed + " people were killed and " + (killed * 2) + " injured in the " + kind
                + " on Monday, officials said.");
        paras.add("Rescuers searched through the night and said the toll could rise.");
        if (update % 2 == 1) paras.add("Across " + country + ", " + killed + " people have died in the " + kind + ", the civil defence agency said.");
        return paras;
    }

    @Test
    void everyEventMeetsOnOneKeyPerCountTypeAndNoTwoEventsShareOne() {
        List<String> towns = towns(16);
        Map<String, Set<String>> keysByEvent = new HashMap<>();
        for (int e = 0; e < towns.size(); e++) {
            String town = towns.get(e);
            String country = COUNTRIES[e % COUNTRIES.length];
            String kind = KINDS[(e / COUNTRIES.length) % KINDS.length];
            for (int u = 0; u < 3; u++) {
                List<String> paras = article(town, country, kind, u, (e + u) % 2 == 0);
                String title = u == 2 ? "Toll in " + kind + " rises" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " kills dozens";
                ArticleContext ctx = new ArticleContext(town + "-" + u, title, "Wire", null, null, ex.mainLocation(title, paras));
                for (int p = 0; p < paras.size(); p++) {
                    for (ExtractedClaim c : ex.extract(paras.get(p), p, ctx)) {
                        keysByEvent.computeIfAbsent(town, k -> new TreeSet<>()).add(c.metric());
                    }
                }
            }
        }
        Set<String> all = new TreeSet<>();
        for (String town : towns) {
            String slug = MetricKeys.slug(town);
            assertThat(keysByEvent.get(town)).as(town).containsExactlyInAnyOrder("killed/" + slug, "injured/" + slug);
            all.addAll(keysByEvent.get(town));
        }
        assertThat(all).hasSize(32);
    }
}
