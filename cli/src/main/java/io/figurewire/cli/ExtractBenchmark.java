package io.figurewire.cli;

import io.figurewire.extract.ArticleContext;
import io.figurewire.extract.ClaimExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark of {@link ClaimExtractor} alone: one operation extracts every paragraph of the
 * generated corpus, so ops/s times the corpus size gives MB/s, and times its claim count gives
 * claims/s. Run through {@code ./figurewire bench extract}, which turns the score into those figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {

    @Param("2000")
    public int paragraphs;

    @Param("7")
    public long seed;

    private List<String> corpus;
    private ClaimExtractor extractor;
    private ArticleContext context;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = ExtractCorpus.generate(paragraphs, seed).paragraphs();
        extractor = ClaimExtractor.withDefaultLexicon();
        context = new ArticleContext("bench", null, null, null, null, null);
    }

    /** Extracts the whole corpus; returns the claim count so the work cannot be optimised away. */
    @Benchmark
    public int extractCorpus() {
        int claims = 0;
        for (int i = 0; i < corpus.size(); i++) claims += extractor.extract(corpus.get(i), i, context).size();
        return claims;
    }
}
