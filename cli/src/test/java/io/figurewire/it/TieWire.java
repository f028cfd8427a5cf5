package io.figurewire.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An invented wire full of ties, for the determinism test: two events (floods in Assam, a ferry
 * sinking off Mindoro) reported by several outlets. It has
 * <ul>
 * <li>ties across articles: outlets publishing different tolls at the same instant;</li>
 * <li>ties inside an article: a lede toll restated lower down, and a district official's
 *     different toll in the same article (a conflict within the report);</li>
 * <li>a syndicated copy, and one item sent after newer ones ({@link #LATE}).</li>
 * </ul>
 * Every article has several paragraphs, so that they travel through different partitions.
 * The events, outlets and figures are invented.
 */
final class TieWire {

    static final String LATE = "tie-assam-late";
    static final Instant T0 = Instant.parse("2026-09-14T06:00:00Z");
    private static final String[] DISTRICTS = {"Barpeta", "Dhubri", "Goalpara", "Nalbari", "Morigaon", "Kamrup"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private TieWire() {
    }

    /** The wire, in the order it is sent. */
    static List<Map<String, Object>> articles() {
        List<Map<String, Object>> out = new ArrayList<>();
        int[] assam = {17, 23, 31, 38, 44};
        for (int step = 0; step < assam.length; step++) {
            Instant at = T0.plusSeconds(6 * 3600L * step);
            int toll = assam[step];
            // two outlets at the same instant, one toll apart: a tie across articles
            out.add(assamArticle("tie-assam-" + step + "-b", "Brahmaputra Times", at, toll, step, false));
            out.add(assamArticle("tie-assam-" + step + "-a", "Tern Wire", at, toll + 1, step, step % 2 == 1));
            out.add(ferryArticle("tie-ferry-" + step, at.plusSeconds(1800), 8 + 3 * step, 60 - step, step));
        }
        // the Tern Wire story of step 1, reprinted word for word by another outlet an hour later
        Map<String, Object> copy = new LinkedHashMap<>(out.get(4));
        copy.put("id", "tie-assam-1-copy");
        copy.put("source", "Valley Herald");
        copy.put("published", T0.plusSeconds(6 * 3600L + 3600).toString());
        out.add(6, copy);
        // published between steps 1 and 2, sent at the very end: really late
        out.add(assamArticle(LATE, "Delta Courier", T0.plusSeconds(9 * 3600L), 26, 6, false));
        return out;
    }

    static Path write(Path file) {
        List<String> lines = new ArrayList<>();
        try {
            for (Map<String, Object> a : articles()) {
                lines.add(JSON.writeValueAsString(a));
            }
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> assamArticle(String id, String source, Instant at, int toll, int step, boolean conflicting) {
        String district = DISTRICTS[step % DISTRICTS.length];
        List<String> body = new ArrayList<>();
        body.add("GUWAHATI, India (" + source + ") - Floods in Assam have killed " + toll + " people and displaced more than "
                + (40 + 5 * step) + ",000 since the weekend, the state disaster authority said on " + DAYS[step % DAYS.length] + ".");
        body.add("Rescue boats were working in " + district + " district, where rivers burst their banks overnight.");
        body.add("Officials in Assam said " + toll + " people had been killed in the floods so far.");
        if (conflicting) {
            body.add("A district official in " + district + " said " + (toll + 9) + " people were killed in the floods in Assam.");
        }
        body.add("Relief camps in " + district + " were short of drinking water, aid workers from " + source + " reported.");
        return article(id, source, at, "Assam floods: toll rises to " + toll, body);
    }

    private static Map<String, Object> ferryArticle(String id, Instant at, int killed, int rescued, int step) {
        List<String> body = List.of(
                "CALAPAN, Philippines (Harbour Post) - The ferry sinking off Mindoro in the Philippines has killed " + killed
                        + " people, the coast guard said on " + DAYS[step % DAYS.length] + ".",
                "Coast guard boats rescued " + rescued + " passengers from the water off Mindoro in the Philippines.",
                "Divers searched the hull again on " + DAYS[step % DAYS.length] + " as relatives waited at the port in Calapan.");
        return article(id, "Harbour Post", at, "Mindoro ferry toll at " + killed, body);
    }

    private static Map<String, Object> article(String id, String source, Instant at, String title, List<String> body) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("source", source);
        a.put("url", "https://ties.invalid/" + id);
        a.put("title", title);
        a.put("published", at.toString());
        a.put("body", String.join("\n", body));
        return a;
    }
}
