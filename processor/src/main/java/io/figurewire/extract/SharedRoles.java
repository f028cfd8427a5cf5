package io.figurewire.extract;

import java.util.List;

/**
 * "Earlier reports indicated 217 deaths and 89 people missing", "Earlier reports put the toll at 88 dead and 40 missing":
 * a cue of an earlier statement marks every figure of the list it opens, not only the first. A figure joined by "and"
 * right after one that such a cue made {@code previous} is previous too; a figure superseded only as the start of a
 * change ("rose to 95 from 71 and 30 are missing") passes nothing on.
 */
final class SharedRoles {

    /** Words the first figure's counted phrase may take before the joining "and": "217 deaths and", "88 people dead and". */
    private static final int GAP = 4;

    private SharedRoles() {
    }

    static boolean joinedToEarlierStatement(SentenceView view, RoleCues roles, Finding previous, Finding f) {
        if (previous == null || previous.role != ClaimRole.PREVIOUS) return false;
        List<Lexeme> lx = view.lx;
        // "up from 71", "from 23 to 148", "down from a high of 300": the figure a change started from is superseded alone
        if (roles.changeStart(previous.qStart) >= 0 || previous.qStart > 0 && lx.get(previous.qStart - 1).is("from")) return false;
        for (int k = Math.max(0, previous.qStart - 4); k < previous.qStart; k++) {
            if (lx.get(k).is("from")) return false;
        }
        int gap = f.qStart - previous.end;
        if (gap < 1 || gap > GAP || !lx.get(f.qStart - 1).is("and")) return false;
        for (int k = previous.end; k < f.qStart - 1; k++) {
            if (!lx.get(k).isWord() || view.clause[k] != view.clause[previous.end - 1]) return false;
        }
        return true;
    }
}
