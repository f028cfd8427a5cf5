package io.figurewire.figures;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * What a reordering buffer knows has all arrived: the lowest progress mark over every task that
 * sends to it. Each source sends marks in order after its records ("every later record of mine
 * belongs to an article that arrived after {@code upTo}"), so once every source has marked past
 * an instant, nothing older can still come, and what waits up to it can leave in arrival order.
 * Until every source has marked at least once, nothing is known.
 */
public final class ArrivalWatermark {

    private final long[] marks;
    private int marked;

    /** @param sources how many tasks send to the buffer (the partition count of the topic they read) */
    public ArrivalWatermark(int sources) {
        if (sources < 1) {
            throw new IllegalArgumentException("a buffer needs at least one source, not " + sources);
        }
        this.marks = new long[sources];
        Arrays.fill(marks, Long.MIN_VALUE);
    }

    public int sources() {
        return marks.length;
    }

    /**
     * Takes a source's mark; an older mark than the one it has (a source that restarted and
     * reread from its last commit) changes nothing.
     *
     * @return whether the bound moved: a mark of a source that is not the slowest only moves
     *         that source, and a buffer releases nothing new for it (each release reads its store)
     * @throws IllegalArgumentException for a mark from a topology of another width (a source
     *         that counts a different number of sources, or a source outside them)
     */
    public boolean advance(int source, int sources, long upTo) {
        if (sources != marks.length || source < 0 || source >= marks.length) {
            throw new IllegalArgumentException("progress mark from source " + source + " of " + sources
                    + ", but this buffer has " + marks.length + " sources: are all instances run with the same partition count?");
        }
        if (upTo <= marks[source]) {
            return false;
        }
        long before = marked == marks.length ? lowest() : Long.MIN_VALUE;
        if (marks[source] == Long.MIN_VALUE) {
            marked++;
        }
        marks[source] = upTo;
        return marked == marks.length && lowest() > before;
    }

    /** The instant up to which every source has sent everything, once every source has marked. */
    public OptionalLong bound() {
        return marked < marks.length ? OptionalLong.empty() : OptionalLong.of(lowest());
    }

    private long lowest() {
        long min = Long.MAX_VALUE;
        for (long m : marks) {
            min = Math.min(min, m);
        }
        return min;
    }

    /** Forgets every mark: after a restart, marks are taken again from what the sources send next. */
    public void reset() {
        Arrays.fill(marks, Long.MIN_VALUE);
        marked = 0;
    }
}
