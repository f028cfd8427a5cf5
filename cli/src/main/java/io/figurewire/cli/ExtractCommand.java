package io.figurewire.cli;

import io.figurewire.settings.Setting;
import io.figurewire.settings.Settings;
import io.figurewire.extract.ClaimExtractor;
import io.figurewire.producer.ArticleReader;
import io.figurewire.producer.ReadResult;
import io.figurewire.records.Paragraph;
import io.figurewire.schemas.InvalidArticleException;
import io.figurewire.schemas.RecordJson;
import io.figurewire.stages.ArticlePreparer;
import io.figurewire.stages.ClaimRecords;
import io.figurewire.stages.OfflineDedup;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Offline, no broker: clean, dedup (within and across the inputs) and extract, as the processor does.",
                "Writes claims as JSON Lines, or with --clean each article as the processor's articles.clean has it.",
                "Inputs as for 'produce': .txt/.html, .json, .jsonl, directories, '-' for stdin.",
                "Exit status: 0 all read, 3 some input rejected (reported on stderr as where: reason), 1 error."})
final class ExtractCommand implements Callable<Integer>, Configurable {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "files or directories; '-' or nothing reads stdin")
    List<String> inputs;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE|DIR", description = "an input file or directory (same as a positional INPUT; repeatable)")
    List<String> inputOptions;

    @Option(names = "--clean", description = "write CleanArticle records (id, paragraphs, removed_boilerplate, "
            + "removed_repeats_within, removed_repeats_across, ...) instead of claims")
    boolean clean;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of stdout")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public List<Setting> settings() {
        return Settings.TEXT;
    }

    @Override
    public Integer call() throws IOException {
        ClaimExtractor extractor = ClaimExtractor.withDefaultLexicon();
        OfflineDedup dedup = new OfflineDedup(new ArticlePreparer(Cleaning.cleaner(SettingOptions.of(spec)), extractor));
        ClaimRecords claims = new ClaimRecords(extractor);
        ArticleReader reader = ArticleReader.systemClock();
        int[] rejected = {0};
        try (PrintWriter out = open()) {
            java.util.function.Consumer<ReadResult> sink = item -> {
                if (item instanceof ReadResult.Rejected r) {
                    rejected[0]++;
                    System.err.println(r.where() + ": " + r.reason());
                    return;
                }
                ReadResult.Article a = (ReadResult.Article) item;
                if (a.warning() != null) {
                    System.err.println(a.where() + ": " + a.warning());
                }
                try {
                    OfflineDedup.Result result = dedup.process(a.article());
                    if (clean) {
                        out.println(RecordJson.line(result.clean()));
                    } else {
                        for (Paragraph p : result.kept()) {
                            claims.of(p).forEach(c -> out.println(RecordJson.line(c)));
                        }
                    }
                } catch (InvalidArticleException e) {
                    rejected[0]++;
                    System.err.println(a.where() + ": " + e.getMessage());
                }
            };
            List<String> sources = new java.util.ArrayList<>();
            if (inputOptions != null) {
                sources.addAll(inputOptions);
            }
            if (inputs != null) {
                sources.addAll(inputs);
            }
            if (sources.isEmpty()) {
                sources.add("-");
            }
            for (String source : sources) {
                if (source.equals("-")) {
                    reader.readStdin(System.in, sink);
                } else {
                    reader.read(Path.of(source), sink);
                }
            }
        }
        return rejected[0] == 0 ? 0 : 3;
    }

    private PrintWriter open() throws IOException {
        if (output == null) {
            return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true) {
                @Override
                public void close() {
                    flush(); // never close stdout
                }
            };
        }
        return new PrintWriter(new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8)));
    }
}
