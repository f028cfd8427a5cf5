package io.figurewire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time and time spent runnable but waiting for a CPU ({@code /proc/<pid>/task/<tid>/schedstat})
 * of one process's threads, all of them or those whose kernel name starts as a prefix does (Linux
 * cuts thread names to 15 characters). On a shared 2-core machine the stream thread is often
 * ready to run and not running: this tells that apart from waiting on the broker.
 */
final class RunQueue {

    private static final int COMM_LENGTH = 15;

    /** Nanoseconds on a CPU and waiting for one, summed over the threads read. */
    record Times(long runNanos, long waitNanos) {
        static final Times NONE = new Times(0, 0);
    }

    private RunQueue() {
    }

    /** @param prefix the thread names' start (null: every thread of the process) */
    static Times of(long pid, String prefix) {
        String cut = prefix == null ? null : prefix.substring(0, Math.min(COMM_LENGTH, prefix.length()));
        long run = 0;
        long wait = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (cut != null && !Files.readString(task.resolve("comm")).startsWith(cut)) {
                        continue;
                    }
                    String[] f = Files.readString(task.resolve("schedstat")).trim().split(" ");
                    run += Long.parseLong(f[0]);
                    wait += Long.parseLong(f[1]);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException | RuntimeException e) {
            return Times.NONE;
        }
        return new Times(run, wait);
    }
}
