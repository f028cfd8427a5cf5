package io.figurewire.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic news wire for benchmarking the extractor: paragraphs that mix sentences with
 * claims (verb objects, tallies, ranges, qualifiers, attributions), trap sentences (dates, ages,
 * money, percentages, projections) and plain narrative with no figures at all, in roughly the
 * proportions of real disaster and conflict coverage. Deterministic for a seed.
 */
final class ExtractCorpus {

    private static final String[] PLACES = {"Gaza", "Sudan", "Ukraine", "Nepal", "Libya", "Turkey", "Morocco", "Haiti",
            "California", "Pakistan", "the Philippines", "Crete", "Kharkiv", "Darfur", "Hatay"};
    private static final String[] SOURCES = {"the health ministry said", "officials said", "according to the civil defence agency",
            "the UN said", "police said", "local media reported", "a spokesman for the fire service said"};
    private static final String[] QUALIFIERS = {"", "", "at least ", "more than ", "nearly ", "about ", "some ", "up to "};
    private static final String[] CLAIMS = {
        "The earthquake killed %1$s%2$s people in %3$s, %4$s.",
        "%1$s%2$s people were injured when the building collapsed in %3$s.",
        "The death toll from the floods in %3$s has risen to %2$s, %4$s.",
        "The number of people displaced by the fighting in %3$s now exceeds %2$s, %4$s.",
        "Rescuers pulled %1$s%2$s survivors from the rubble in %3$s overnight.",
        "Between %2$s and %5$s people remain missing after the ferry sank off %3$s.",
        "The fire has destroyed %1$s%2$s homes and forced %5$s residents to flee, %4$s.",
        "Police arrested %1$s%2$s protesters in %3$s on Tuesday.",
        "The toll rose to %5$s, up from %2$s a day earlier, %4$s.",
        "Another %2$s aid trucks entered %3$s on Monday."};
    private static final String[] TRAPS = {
        "The quake struck at 4:17 a.m. on February %d, 2024.",
        "A %d-year-old woman was among those rescued.",
        "The government pledged $%d million in emergency aid.",
        "About %d%% of the buildings in the old town were damaged.",
        "Officials fear the toll could rise to %d.",
        "It was the %dth storm to hit the coast this season.",
        "Talks on a %d-day ceasefire resumed in Cairo."};
    private static final String[] NARRATIVE = {
        "Residents described a deafening roar before the ground began to shake.",
        "Aid agencies warned that access to the worst-hit areas remained extremely difficult.",
        "Survivors queued for water and bread outside the only working bakery in the district.",
        "The government declared a state of emergency and appealed for international help.",
        "Heavy rain hampered the search, and roads into the valley were cut by landslides.",
        "Witnesses said the flames spread from house to house within minutes.",
        "Hospitals in the region said they were overwhelmed and short of blood and fuel."};

    /** The paragraphs and their total size in UTF-8 bytes. */
    record Corpus(List<String> paragraphs, long bytes) {
    }

    private ExtractCorpus() {
    }

    static Corpus generate(int paragraphs, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(paragraphs);
        long bytes = 0;
        for (int i = 0; i < paragraphs; i++) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) p.append(' ');
                int kind = r.nextInt(10);
                if (kind < 4) p.append(claim(r));
                else if (kind < 6) p.append(String.format(TRAPS[r.nextInt(TRAPS.length)], 4 + r.nextInt(25)));
                else p.append(NARRATIVE[r.nextInt(NARRATIVE.length)]);
            }
            String text = p.toString();
            out.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return new Corpus(List.copyOf(out), bytes);
    }

    private static String claim(Random r) {
        String q = QUALIFIERS[r.nextInt(QUALIFIERS.length)];
        int value = figure(r);
        int second = value + 1 + figure(r);
        String text = String.format(Locale.ROOT, CLAIMS[r.nextInt(CLAIMS.length)], q, String.format(Locale.ROOT, "%,d", value),
                PLACES[r.nextInt(PLACES.length)], SOURCES[r.nextInt(SOURCES.length)], String.format(Locale.ROOT, "%,d", second));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static int figure(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> 2 + r.nextInt(98);
            case 1 -> 100 + r.nextInt(9_900);
            default -> 10_000 + r.nextInt(2_000_000);
        };
    }
}
