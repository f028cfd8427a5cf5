package io.figurewire.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plain-main benchmark of the extractor alone on a generated mixed corpus (claims, traps and
 * filler). Prints MB/s and claims/s on one thread (= per core). Run:
 * {@code java -cp processor/target/classes:processor/target/test-classes:<deps> io.figurewire.extract.ExtractorBench}.
 * No timing is asserted anywhere.
 */
public final class ExtractorBench {

    private static final String[] TEMPLATES = {
        "The earthquake killed at least %d people and injured more than %d others in %s, officials said.",
        "Rescuers pulled %d survivors from the rubble on Tuesday, according to the civil defence agency.",
        "The death toll rose to %d, up from %d a day earlier, the health ministry said.",
        "A %1$d-year-old man was among the dead, police said on March %2$d, 2024.",
        "Nearly %d,000 people have been displaced by the floods, the UN said.",
        "The fire has burned more than %d,000 acres and destroyed %d homes.",
        "Officials fear the toll could rise to %d as search teams reach remote villages.",
        "Another %d aid trucks crossed the border, bringing relief to about %d families.",
        "Talks on a %1$d-day ceasefire resumed in %3$s after a %2$d-hour pause.",
        "Stocks fell %d%% as the company lost $%d million in the quarter."
    };
    private static final String[] PLACES = {"Turkey", "Gaza", "Sudan", "California", "Ukraine", "Nepal", "Libya"};

    public static void main(String[] args) {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Random r = new Random(7);
        List<String> corpus = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < paragraphs; i++) {
            StringBuilder p = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                p.append(String.format(TEMPLATES[r.nextInt(TEMPLATES.length)], 2 + r.nextInt(900), 2 + r.nextInt(900),
                        PLACES[r.nextInt(PLACES.length)])).append(' ');
            }
            corpus.add(p.toString());
            bytes += p.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();
        ArticleContext ctx = new ArticleContext("bench", null, null, null, null, "Gaza");
        for (int w = 0; w < 2; w++) for (String p : corpus) ex.extract(p, 0, ctx); // warm-up
        long claims = 0;
        long t0 = System.nanoTime();
        for (String p : corpus) claims += ex.extract(p, 0, ctx).size();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("extractor, 1 thread: %.2f MB/s, %.0f claims/s, %.0f paragraphs/s (%d paragraphs, %.1f MB, %d claims, %.2f s)%n",
                bytes / 1e6 / secs, claims / secs, corpus.size() / secs, corpus.size(), bytes / 1e6, claims, secs);
    }
}
