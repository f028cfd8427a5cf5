package io.figurewire.cli;

import io.figurewire.extract.ArticleContext;
import io.figurewire.extract.ClaimExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench extract}: the claim extractor alone under JMH (warm-up, a forked JVM, several
 * measured iterations), on one thread, so the figures are per core. Prints MB/s, claims/s and
 * paragraphs/s with JMH's 99.9% error bound, then the same corpus timed by CPU time in this JVM.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"MB/s and claims/s per core of the claim extractor alone (JMH), on a generated mixed corpus",
                "of claim sentences, traps (dates, ages, money, projections) and narrative without figures."})
final class ExtractBenchCommand implements Callable<Integer> {

    @Option(names = "--paragraphs", defaultValue = "2000", description = "paragraphs in the corpus (default: ${DEFAULT-VALUE})")
    int paragraphs;

    @Option(names = "--seed", defaultValue = "7", description = "random seed of the corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--forks", defaultValue = "1", description = "forked JVMs (default: ${DEFAULT-VALUE})")
    int forks;

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up iterations (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--iterations", defaultValue = "5", description = "measured iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--seconds", defaultValue = "2", description = "seconds per iteration (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--jmh-output", description = "show JMH's own progress output")
    boolean jmhOutput;

    @Override
    public Integer call() throws RunnerException {
        ExtractCorpus.Corpus corpus = ExtractCorpus.generate(paragraphs, seed);
        long claims = countClaims(corpus);
        System.out.printf(Locale.ROOT, "corpus: %d paragraphs, %.2f MB, %d claims (seed %d)%n",
                paragraphs, corpus.bytes() / 1e6, claims, seed);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ExtractBenchmark.class.getName() + ".extractCorpus")
                .param("paragraphs", Integer.toString(paragraphs))
                .param("seed", Long.toString(seed))
                .threads(1)
                .forks(forks)
                .warmupIterations(warmup)
                .measurementIterations(iterations)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementTime(TimeValue.seconds(seconds))
                .verbosity(jmhOutput ? VerboseMode.NORMAL : VerboseMode.SILENT)
                .build()).run();
        for (RunResult run : results) {
            Result<?> r = run.getPrimaryResult();
            double ops = r.getScore();
            double err = Double.isNaN(r.getScoreError()) ? 0 : r.getScoreError();
            System.out.printf(Locale.ROOT, "extractor, 1 thread (per core): %.2f ± %.2f MB/s, %.0f ± %.0f claims/s, %.0f paragraphs/s%n",
                    ops * corpus.bytes() / 1e6, err * corpus.bytes() / 1e6, ops * claims, err * claims, ops * paragraphs);
        }
        printCpuTimeRate(corpus);
        return results.isEmpty() ? 1 : 0;
    }

    /**
     * JMH's score is wall time on one thread, so on a shared machine it falls with the load (a
     * thread that waits for a core still counts its wait). The same work timed by the thread's own
     * CPU time is what "per core" means, and it moves far less with the load: print both.
     */
    private void printCpuTimeRate(ExtractCorpus.Corpus corpus) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) return;
        ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();
        ArticleContext ctx = new ArticleContext("bench", null, null, null, null, null);
        passesFor(warmup * seconds, ex, ctx, corpus);
        long cpuStart = threads.getCurrentThreadCpuTime();
        int passes = passesFor(iterations * seconds, ex, ctx, corpus);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "extractor, by CPU time (this JVM, %d passes after %d s of warm-up): %.2f MB per CPU-second%n",
                passes, warmup * seconds, passes * corpus.bytes() / 1e6 / cpuSeconds);
    }

    /** Whole passes over the corpus for at least the given wall seconds (at least one). */
    private static int passesFor(int wallSeconds, ClaimExtractor ex, ArticleContext ctx, ExtractCorpus.Corpus corpus) {
        long end = System.nanoTime() + wallSeconds * 1_000_000_000L;
        int passes = 0;
        do {
            extractAll(ex, ctx, corpus);
            passes++;
        } while (System.nanoTime() < end);
        return passes;
    }

    private static long extractAll(ClaimExtractor ex, ArticleContext ctx, ExtractCorpus.Corpus corpus) {
        long n = 0;
        for (int i = 0; i < corpus.paragraphs().size(); i++) n += ex.extract(corpus.paragraphs().get(i), i, ctx).size();
        return n;
    }

    private static long countClaims(ExtractCorpus.Corpus corpus) {
        return extractAll(ClaimExtractor.withDefaultLexicon(), new ArticleContext("bench", null, null, null, null, null), corpus);
    }
}
