package io.figurewire.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples this JVM's heap in use and its resident set ({@code VmRSS} of {@code /proc/self/status})
 * every {@value #PERIOD_MS} ms while a benchmark run lasts, and keeps the peaks. The bench runs
 * the processor in this JVM and the broker in a process of its own, so this is the processor's
 * memory (with the bench's own small share: offsets polling, the sampler). A JVM's RSS seldom
 * shrinks, so a peak covers the runs before it too; the heap live after a full GC is the measure
 * that can go down.
 */
final class MemorySampler implements AutoCloseable {

    static final long PERIOD_MS = 200;
    private static final Path STATUS = Path.of("/proc/self/status");

    /** Peaks in bytes; {@code liveHeap}: in use after a full GC at the end of the run (0: not taken). */
    record Memory(long peakHeap, long liveHeap, long peakRss) {
        static final Memory NONE = new Memory(0, 0, 0);
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile long peakHeap;
    private volatile long peakRss;
    private volatile boolean running = true;

    MemorySampler() {
        sample();
        thread = new Thread(this::loop, "bench-memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        peakRss = Math.max(peakRss, rss());
    }

    long heapNow() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Stops sampling; {@code liveHeap} as measured by the caller after a GC, or 0. */
    Memory finish(long liveHeap) {
        running = false;
        thread.interrupt();
        sample();
        return new Memory(peakHeap, liveHeap, peakRss);
    }

    /** Heap in use right after a full GC: what the app holds, without garbage. */
    long liveHeapAfterGc() {
        System.gc();
        return heapNow();
    }

    /** This process's resident set in bytes, or 0 where /proc is not there. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
