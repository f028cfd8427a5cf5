package io.figurewire.producer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * One produce run: read every input, publish what is an article, report what is not, and
 * print progress while it goes. The exit status says whether anything was rejected.
 */
public final class PublishRun {

    /** Exit status when every input was published. */
    public static final int OK = 0;
    /** Exit status when some inputs were rejected or not acknowledged (the rest went). */
    public static final int SOME_REJECTED = 3;

    private static final long PROGRESS_EVERY_MS = 2000;

    private final ArticleReader reader;
    private final ArticlePublisher publisher;
    private final PrintStream out;
    private final PrintStream err;
    private long read;
    private long rejected;
    private long lastProgress = System.currentTimeMillis();

    public PublishRun(ArticleReader reader, ArticlePublisher publisher, PrintStream out, PrintStream err) {
        this.reader = reader;
        this.publisher = publisher;
        this.out = out;
        this.err = err;
    }

    /** Publishes without progress lines, for callers that report progress their own way; rejections go to stderr. */
    public static Summary publishQuietly(String bootstrap, String topic, List<String> inputs) {
        try (ArticlePublisher publisher = new ArticlePublisher(bootstrap, topic)) {
            return new PublishRun(ArticleReader.systemClock(), publisher, new PrintStream(PrintStream.nullOutputStream()), System.err)
                    .run(inputs, topic);
        }
    }

    /** @param inputs files or directories; "-" is stdin */
    public Summary run(List<String> inputs, String topic) {
        for (String input : inputs) {
            if ("-".equals(input)) {
                reader.readStdin(System.in, this::accept);
            } else {
                reader.read(Path.of(input), this::accept);
            }
        }
        publisher.flush();
        Summary summary = new Summary(read, publisher.acknowledged(), rejected, publisher.failed(), publisher.firstFailure());
        out.printf("published %d article(s) to %s; %d rejected, %d failed to send%n",
                summary.published(), topic, summary.rejected(), summary.failedToSend());
        if (summary.firstFailure() != null) {
            err.println("first send failure: " + summary.firstFailure());
        }
        return summary;
    }

    private void accept(ReadResult result) {
        if (result instanceof ReadResult.Article a) {
            read++;
            if (a.warning() != null) {
                err.println("warning " + a.where() + ": " + a.warning());
            }
            publisher.publish(a.article());
        } else if (result instanceof ReadResult.Rejected r) {
            rejected++;
            err.println("rejected " + r.where() + ": " + r.reason());
        }
        long now = System.currentTimeMillis();
        if (now - lastProgress >= PROGRESS_EVERY_MS) {
            lastProgress = now;
            out.printf("... %d read, %d acknowledged, %d rejected%n", read, publisher.acknowledged(), rejected);
        }
    }

    public record Summary(long read, long published, long rejected, long failedToSend, String firstFailure) {
        public int exitCode() {
            return rejected == 0 && failedToSend == 0 && published == read ? OK : SOME_REJECTED;
        }
    }
}
