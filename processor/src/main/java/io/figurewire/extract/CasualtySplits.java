package io.figurewire.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "The mine blast claimed 23 victims: seven dead and 16 injured", "the number of victims climbed to 52, including
 * 14 dead and 38 injured": a total that the sentence splits into parts of different fates, which add up to it, is a
 * count of casualties, not of the fate its own words gave it ("victims" and a bare toll read as the dead). Its
 * parts are then the standing counts of their fates, not a breakdown of it. The sum is what tells a split from a
 * total followed by counts of its own ("killed 30 people, including 12 crew, and injured 18"). Pure logic on one
 * sentence's findings, read after the whole sentence.
 */
final class CasualtySplits {

    private static final Set<String> SPLIT_CUES = WordClasses.get("split-cues");
    /** Lexemes read from the end of the total to its first part: "23 victims of the coach crash included". */
    private static final int REACH = 8;
    /** Lexemes between two parts of the list: ", ", " and ", ", and ". */
    private static final int LIST_GAP = 2;

    /** A total and the parts it is split into. */
    record Split(Finding total, List<Finding> parts) {
    }

    private CasualtySplits() {
    }

    static List<Split> find(List<Lexeme> lx, List<Finding> findings, CountTypeLexicon lexicon) {
        List<Split> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding total = findings.get(i);
            if (!isTotal(total)) continue;
            List<Finding> parts = parts(lx, findings, i, lexicon);
            if (parts != null) out.add(new Split(total, parts));
        }
        return out;
    }

    private static boolean isTotal(Finding f) {
        return f.countClaim() && f.low == null && f.countType != null && !"other".equals(f.countType)
                && (f.role == ClaimRole.CURRENT || f.role == ClaimRole.PREVIOUS);
    }

    /** The parts of the total at {@code i}: a list opened by a split cue, each part with its own fate word, of two fates or more, adding up to the total; or null. */
    private static List<Finding> parts(List<Lexeme> lx, List<Finding> findings, int i, CountTypeLexicon lexicon) {
        Finding total = findings.get(i);
        if (i + 1 >= findings.size() || !opensSplit(lx, total.end, findings.get(i + 1).qStart)) return null;
        List<Finding> parts = new ArrayList<>();
        Set<String> fates = new HashSet<>();
        double sum = 0;
        int at = total.end;
        for (int j = i + 1; j < findings.size(); j++) {
            Finding p = findings.get(j);
            if (!parts.isEmpty() && !listed(lx, at, p.qStart)) break;
            CountTypeLexicon.Cue fate = ownFate(lx, p, lexicon);
            if (fate == null) return null;
            parts.add(p);
            fates.add(fate.countType());
            sum += p.value;
            at = p.end + Phrases.matchLength(lx, p.end, fate.words());
        }
        return fates.size() >= 2 && sum == total.value ? parts : null;
    }

    /** Whether a split cue (or a colon) stands between the total and its first part, within reach. */
    private static boolean opensSplit(List<Lexeme> lx, int from, int to) {
        if (to <= from || to - from > REACH) return false;
        for (int k = from; k < to; k++) {
            Lexeme l = lx.get(k);
            if (l.isPunct(':') || SPLIT_CUES.contains(l.lower())) return true;
        }
        return false;
    }

    /** Whether only a list separator stands between one part and the next. */
    private static boolean listed(List<Lexeme> lx, int from, int to) {
        if (to <= from || to - from > LIST_GAP) return false;
        for (int k = from; k < to; k++) {
            if (!(lx.get(k).isPunct(',') || lx.get(k).is("and"))) return false;
        }
        return true;
    }

    /** The fate word a part names right after itself ("seven dead", "16 injured", "five missing") when its count has it, or null. */
    private static CountTypeLexicon.Cue ownFate(List<Lexeme> lx, Finding p, CountTypeLexicon lexicon) {
        if (!p.countClaim() || p.low != null || p.end >= lx.size()) return null;
        CountTypeLexicon.Cue cue = lexicon.nounAt(lx, p.end);
        if (cue == null) cue = lexicon.afterAt(lx, p.end);
        return cue != null && cue.countType().equals(p.countType) && !"other".equals(p.countType) ? cue : null;
    }
}
