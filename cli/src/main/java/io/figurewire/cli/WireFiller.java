package io.figurewire.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Dresses an event report as a wire page of about a given size: narrative paragraphs of invented
 * words with no figure in them (each new, as real copy mostly is), and the boilerplate a page
 * carries (byline, photo and reporting credits, a share line, the copyright, a related-stories
 * tail). None of it may reach the table: the narrative has no number, the cleaner drops the rest.
 */
final class WireFiller {

    private static final String[] PEOPLE = {"Maren Holt", "Ade Kovac", "Lina Sorvik", "Tomas Reyne", "Ida Marsh", "Oren Vale"};
    private static final String[] RELATED = {"Rescuers describe the search in the hills", "Families wait for news at the town hall",
        "What we know about the weather warnings", "Volunteers bring food and blankets to the shelters"};

    private final SyntheticWire words;
    private final int targetBytes;

    WireFiller(long seed, int targetBytes) {
        this.words = new SyntheticWire(seed, 1);
        this.targetBytes = targetBytes;
    }

    /**
     * The report's paragraphs with narrative before its last one until the page is about
     * {@code targetBytes}, the byline first and the boilerplate tail last; drawn with {@code r} only,
     * so one seed of {@code r} dresses two versions of a report (a revision) the same way.
     */
    List<String> dress(List<String> report, String source, Random r) {
        List<String> out = new ArrayList<>();
        out.add("By " + PEOPLE[r.nextInt(PEOPLE.length)] + ", " + source);
        out.addAll(report.subList(0, report.size() - 1));
        List<String> tail = tail(source, r);
        long bytes = sizeOf(out) + sizeOf(tail) + sizeOf(report.subList(report.size() - 1, report.size()));
        while (bytes < targetBytes) {
            String p = words.narrative(r, 25 + r.nextInt(21));
            out.add(p);
            bytes += p.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        out.add(report.get(report.size() - 1));
        out.addAll(tail);
        return out;
    }

    private static List<String> tail(String source, Random r) {
        String photo = PEOPLE[r.nextInt(PEOPLE.length)];
        String reporting = PEOPLE[r.nextInt(PEOPLE.length)];
        String editing = PEOPLE[r.nextInt(PEOPLE.length)];
        return List.of("Photo by " + photo + " for " + source, "(Reporting by " + reporting + "; Editing by " + editing + ")",
                "Share this article", "Copyright " + source + ". All rights reserved.", "More from " + source,
                RELATED[r.nextInt(RELATED.length)], RELATED[r.nextInt(RELATED.length)]);
    }

    private static long sizeOf(List<String> paragraphs) {
        return paragraphs.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length + 2).sum();
    }
}
