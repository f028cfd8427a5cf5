package io.figurewire.producer;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads feeds once or every interval and hands on only entries not yet published: in this run,
 * or, with a {@link FeedState}, in an earlier one.
 * An entry is remembered by id and revision, so a story the publisher revises (a new Atom
 * {@code updated}, or new text in RSS) is published again: it may carry a new figure. An
 * entry is remembered only once Kafka has acknowledged it; one that failed to send, like a
 * feed that could not be fetched, is tried again on the next poll.
 */
public final class FeedPoller {

    /** Ids remembered at most; far above what feeds list at once, so only long-gone entries are forgotten. */
    static final int REMEMBERED_IDS = 100_000;

    private final List<String> feeds;
    private final FeedFetcher fetcher;
    private final FeedReader reader;
    private final ArticleSink sink;
    private final PrintStream out;
    private final PrintStream err;
    private final FeedState state;
    private final Map<String, String> publishedRevisions = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_IDS;
        }
    };
    private final Map<String, Integer> entriesLastRead = new HashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private int polls;
    private boolean anyProblem;
    private boolean repeating;
    private boolean unsaved;

    public FeedPoller(List<String> feeds, FeedFetcher fetcher, FeedReader reader, ArticleSink sink, PrintStream out, PrintStream err) {
        this(feeds, fetcher, reader, sink, out, err, FeedState.none());
    }

    /** Starts from what {@code state} says was published before, and keeps it there after every poll. */
    public FeedPoller(List<String> feeds, FeedFetcher fetcher, FeedReader reader, ArticleSink sink, PrintStream out, PrintStream err,
                      FeedState state) {
        this.state = state;
        FeedState.Loaded before = state.load();
        this.publishedRevisions.putAll(before.revisions());
        if (before.note() != null) {
            err.println(before.note());
        }
        this.feeds = List.copyOf(feeds);
        this.fetcher = fetcher;
        this.reader = reader;
        this.sink = sink;
        this.out = out;
        this.err = err;
    }

    /**
     * Polls every {@code interval} (measured from the start of one poll to the next) until
     * {@link #stop()} or {@code maxPolls} polls (0 = no limit).
     *
     * @return {@link PublishRun#OK}, or {@link PublishRun#SOME_REJECTED} when an entry was
     *         rejected, a feed failed or an article was not acknowledged in any poll
     */
    public int run(Duration interval, int maxPolls) throws InterruptedException {
        repeating = maxPolls != 1;
        long nextStart = System.nanoTime();
        while (maxPolls <= 0 || polls < maxPolls) {
            long wait = nextStart - System.nanoTime();
            if (polls > 0 && stopped.await(Math.max(0, wait), TimeUnit.NANOSECONDS)) {
                break;
            }
            if (stopped.getCount() == 0) {
                break;
            }
            nextStart = System.nanoTime() + interval.toNanos();
            pollOnce();
        }
        return anyProblem ? PublishRun.SOME_REJECTED : PublishRun.OK;
    }

    /** Entries known as published, from earlier runs (see {@link FeedState}) and this one. */
    public int remembered() {
        return publishedRevisions.size();
    }

    /** Ends {@link #run} before its next poll; a poll under way finishes first. */
    public void stop() {
        stopped.countDown();
    }

    public PollReport pollOnce() {
        polls++;
        Counts counts = new Counts();
        List<Pending> sent = new ArrayList<>();
        Map<String, String> thisPoll = new HashMap<>();
        for (String feed : feeds) {
            readFeed(feed, counts, sent, thisPoll);
        }
        sink.flush();
        for (Pending p : sent) {
            try {
                p.delivered().join();
                publishedRevisions.put(p.entry().id(), p.entry().revision());
                unsaved = true;
            } catch (RuntimeException e) {
                counts.failedToSend++;
                counts.fresh--;
                if (p.revision()) {
                    counts.revised--;
                }
                fetcher.forget(p.feed());
                err.println("not acknowledged " + p.entry().id() + " from " + p.feed() + ": " + rootMessage(e) + retryNote());
            }
        }
        saveState();
        PollReport report = new PollReport(polls, counts.fresh, counts.revised, counts.alreadySeen, counts.rejected,
                counts.failedToSend, counts.feedsFailed, feeds.size());
        if (report.rejected() > 0 || report.failedToSend() > 0 || report.feedsFailed() > 0) {
            anyProblem = true;
        }
        out.println(report.line());
        return report;
    }

    private void readFeed(String feed, Counts counts, List<Pending> sent, Map<String, String> thisPoll) {
        List<FeedEntry> entries;
        try {
            FeedFetcher.Fetched fetched = fetcher.fetch(feed);
            if (fetched instanceof FeedFetcher.Fetched.NotModified) {
                counts.alreadySeen += entriesLastRead.getOrDefault(feed, 0);
                return;
            }
            FeedFetcher.Fetched.Document document = (FeedFetcher.Fetched.Document) fetched;
            entries = reader.read(feed, document.body(), document.contentType());
        } catch (UnreadableFeedException e) {
            counts.feedsFailed++;
            fetcher.forget(feed);
            err.println("feed failed: " + e.getMessage() + retryNote());
            return;
        }
        entriesLastRead.put(feed, entries.size());
        for (FeedEntry entry : entries) {
            String known = publishedRevisions.get(entry.id());
            if (entry.revision().equals(known) || entry.revision().equals(thisPoll.get(entry.id()))) {
                counts.alreadySeen++;
                continue;
            }
            thisPoll.put(entry.id(), entry.revision());
            if (entry.result() instanceof ReadResult.Article article) {
                counts.fresh++;
                if (known != null) {
                    counts.revised++;
                }
                if (article.warning() != null) {
                    err.println("warning " + article.where() + ": " + article.warning());
                }
                sent.add(new Pending(feed, entry, known != null, sink.publish(article.article())));
            } else if (entry.result() instanceof ReadResult.Rejected rejected) {
                counts.rejected++;
                // Remembered like a published entry so it is reported once, not on every poll.
                publishedRevisions.put(entry.id(), entry.revision());
                unsaved = true;
                err.println("rejected " + rejected.where() + ": " + rejected.reason());
            }
        }
    }

    /** After the acknowledgements: an id is kept only once Kafka has it, so a crash can repeat, never lose, an entry. */
    private void saveState() {
        if (!unsaved) return;
        try {
            state.save(publishedRevisions);
            unsaved = false;
        } catch (UncheckedIOException e) {
            anyProblem = true;
            err.println("cannot save what was published to " + state.describe() + ": " + rootMessage(e)
                    + "; a restart may publish these entries again");
        }
    }

    private String retryNote() {
        return repeating && stopped.getCount() > 0 ? " (tried again on the next poll)" : "";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private record Pending(String feed, FeedEntry entry, boolean revision, CompletableFuture<Void> delivered) {
    }

    private static final class Counts {
        int fresh;
        int revised;
        int alreadySeen;
        int rejected;
        int failedToSend;
        int feedsFailed;
    }

    /** What one poll did, over all feeds; {@code fresh} counts new and revised entries that were acknowledged. */
    public record PollReport(int poll, int fresh, int revised, int alreadySeen, int rejected, int failedToSend,
                             int feedsFailed, int feeds) {

        /** e.g. "poll 3: 2 new (1 revised), 18 already seen, 0 rejected"; failures only when there are some. */
        public String line() {
            StringBuilder s = new StringBuilder("poll ").append(poll).append(": ").append(fresh).append(" new");
            if (revised > 0) {
                s.append(" (").append(revised).append(" revised)");
            }
            s.append(", ").append(alreadySeen).append(" already seen, ").append(rejected).append(" rejected");
            if (failedToSend > 0) {
                s.append(", ").append(failedToSend).append(" not acknowledged");
            }
            if (feedsFailed > 0) {
                s.append(", ").append(feedsFailed).append(" of ").append(feeds).append(feeds == 1 ? " feed" : " feeds").append(" failed");
            }
            return s.toString();
        }
    }
}
