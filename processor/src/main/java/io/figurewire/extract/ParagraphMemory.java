package io.figurewire.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * What the earlier sentences of one paragraph established, for the sentences after them: wire
 * copy names the source and the place once ("..., Governor X said. According to him, ...";
 * "... in Inner Mongolia. Six bodies have been recovered") and reads "another N" against the
 * figures already given. One per paragraph; not shared between threads.
 */
final class ParagraphMemory {

    private String speaker;
    private String place;
    private final Set<String> countTypes = new HashSet<>();
    /** The count type of the tally (or count) named last, for "It stood at 86" in a later sentence. */
    private String tally;

    static ParagraphMemory startingWith(String speaker) {
        ParagraphMemory m = new ParagraphMemory();
        m.speaker = speaker;
        return m;
    }

    /** The source named most recently, for "he said", "according to her", "the agency said"; may be null. */
    String speaker() {
        return speaker;
    }

    /** The place an earlier sentence gave its figures; may be null. */
    String place() {
        return place;
    }

    /** Whether an earlier sentence gave a figure of this count type. */
    boolean hasCountType(String countType) {
        return countTypes.contains(countType);
    }

    /** Whether an earlier sentence gave any count at all. */
    boolean hasCounts() {
        return !countTypes.isEmpty();
    }

    /** The count type of the tally or count an earlier sentence named last; may be null. */
    String tally() {
        return tally;
    }

    /** Takes in what a sentence that has just been read established. */
    void remember(SentenceReader r, CountTypeLexicon lexicon) {
        tally = PronounTallies.named(r.lx, lexicon, r.findings, tally);
        if (r.attribution() != null) speaker = r.attribution();
        if (r.placeNamed() != null) place = r.placeNamed();
        for (Finding f : r.findings) {
            if (f.claim && f.kind == ClaimKind.COUNT && f.countType != null) countTypes.add(f.countType);
        }
    }
}
