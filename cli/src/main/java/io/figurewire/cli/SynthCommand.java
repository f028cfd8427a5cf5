package io.figurewire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synth}: writes a generated wire and the table it must give, for {@code produce}, {@code demo --input} and {@code bench}. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Writes a generated news wire with its ground truth; the same seed writes the same files.",
                "Many concurrent events in invented towns (named only in datelines), each reported 4-6 times with",
                "rising tolls; syndicated copies, revisions (same words, corrected tolls), reports delivered late,",
                "comparisons with past events, pages of about 3 KB (narrative without figures, bylines, credits,",
                "share lines, related-stories tails), and after about 1 article in " + SynthWire.MALFORMED_ONE_IN
                        + " a malformed line.",
                "FILE is JSON Lines in sending order. 'produce' rejects the malformed lines (stderr);",
                "'bench' sends them to the topic as they are, and the processor must dead-letter each one.",
                "FILE.truth.json beside it: the final figures table (metric key -> latest figure) and counts."})
final class SynthCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, description = "about this many articles (whole events, so a few more or fewer)")
    int articles;

    @Option(names = "--seed", defaultValue = "12", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the JSON Lines file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        SynthWire.Truth truth = SynthWire.write(seed, articles, out);
        System.out.printf(Locale.ROOT, "wrote %,d articles and %d malformed lines to %s (%.1f MB); truth: %,d metrics in %s%n",
                truth.articles(), truth.malformed(), out, Files.size(out) / 1e6, truth.figures().size(), SynthWire.truthFile(out));
        return 0;
    }
}
