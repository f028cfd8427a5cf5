package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the figures that are parts of a total: "9,000 killed, including 3,100 children", "The dead
 * included 512 children, 300 women and 90 elderly people", "Of the 212 dead, 64 were women". Such a
 * figure gets the role {@code breakdown} and the count type of its total, so it never moves the total.
 */
final class Breakdowns {

    private static final List<String[]> CUES = new ArrayList<>();
    private static final Set<String> PARTITIVE_PRONOUNS = WordClasses.get("partitive-pronouns");
    private static final Set<String> BE_VERBS = WordClasses.get("be-verbs");
    private static final Set<String> VICTIM_NOUNS = WordClasses.get("victim-nouns");
    private static final List<String[]> AMONG_CUES = new ArrayList<>();
    /** The count type of side counts (cases, vehicles, villages): counted things outside the main fates. */
    private static final String SIDE_COUNT = "other";

    static {
        for (String c : WordClasses.get("breakdown-cues")) CUES.add(Phrases.words(c));
        CUES.sort((a, b) -> b.length - a.length);
        for (String c : WordClasses.get("among-the-fated")) AMONG_CUES.add(Phrases.words(c));
    }

    /** The figure just before, as far as a breakdown needs it; null fields when there is none. */
    record Before(String countType, int qStart, int end, boolean breakdown) {
    }

    /**
     * A breakdown: the count type of its total and why; or, when {@code moved}, a part of a named group
     * that met another fate ("Two of the injured later died"), which adds to that fate's count.
     */
    record Reading(String countType, String reason, boolean moved) {
        Reading(String countType, String reason) {
            this(countType, reason, false);
        }
    }

    private final List<Lexeme> lx;
    private final int[] clause;
    private final CountTypeLexicon lexicon;

    Breakdowns(List<Lexeme> lx, int[] clause, CountTypeLexicon lexicon) {
        this.lx = lx;
        this.clause = clause;
        this.lexicon = lexicon;
    }

    /**
     * The breakdown reading of the figure from {@code qStart} to {@code end}, or null when it is no
     * part of a total. A figure with a fate of its own ("40 trapped, of whom 28 were rescued") is none.
     */
    Reading read(int qStart, int end, Before before) {
        Reading among = amongTheFated(end);
        if (among != null) return among;
        Reading r = afterCue(qStart, before);
        if (r != null && (ownFate(end, r.countType()) || fateInsideSideCount(end, r.countType()))) return null;
        if (r == null && before != null && before.countType() != null && partOfThem(end) && !ownFate(end, before.countType())) {
            r = new Reading(before.countType(), "part of the '" + before.countType() + "' figure before it ('... of them')");
        }
        if (r == null) r = ofTheCounted(qStart, end);
        // "..., including 5 badly, and 60 homes were damaged": a figure with a fate of its own starts a claim of its own
        if (r == null && before != null && before.breakdown() && inList(before.end(), qStart) && !ownFate(end, before.countType())) {
            r = new Reading(before.countType(), "next part of the breakdown before it");
        }
        if (r == null && before != null && isOpeningWhole(before) && clause[qStart] != clause[before.qStart()] && namesAGroup(end)) {
            r = new Reading(before.countType(), "part of the whole the sentence opens with ('of the ...')");
        }
        return r;
    }

    /** Whether only a short list separator stands between a figure ending at {@code end} and one starting at {@code qStart}. */
    boolean inList(int end, int qStart) {
        if (qStart - end > 5 || qStart <= end) return false;
        Lexeme last = lx.get(qStart - 1);
        if (!(last.is("and") || last.isPunct(','))) return false;
        for (int k = end; k < qStart - 1; k++) {
            Lexeme l = lx.get(k);
            boolean separator = l.isPunct(',') || l.is("and");
            if (!(l.isWord() || separator) || lexicon.afterAt(lx, k) != null || lexicon.beforeAt(lx, k) != null) return false;
        }
        return true;
    }

    /** "12 of them seriously", "30 of whom were in critical condition". */
    private boolean partOfThem(int end) {
        return end + 1 < lx.size() && lx.get(end).is("of") && PARTITIVE_PRONOUNS.contains(lx.get(end + 1).lower());
    }

    /**
     * "Twenty-eight of the dead were miners", "seven of the victims were children", "41 of the victims
     * had been identified": a part of the counted group named after "of the".
     */
    private Reading ofTheCounted(int qStart, int end) {
        if (end + 2 >= lx.size() || !lx.get(end).is("of") || !lx.get(end + 1).is("the")) return null;
        // "All 29 of the dead were miners" is the whole
        if (qStart > 0 && lx.get(qStart - 1).is("all")) return null;
        String noun = lx.get(end + 2).lower();
        // "the victims" of a disaster's count are its dead, as on a published list
        String type = VICTIM_NOUNS.contains(noun) ? "killed" : null;
        if (type == null) {
            CountTypeLexicon.Cue cue = lexicon.nounAt(lx, end + 2);
            if (cue == null) cue = lexicon.afterAt(lx, end + 2);
            type = cue == null ? null : cue.countType();
        }
        if (type == null || "other".equals(type)) return null;
        // "240 of the escapees had been recaptured", "recaptured 350 of the escapees": a part with a fate of its own is no breakdown
        if (lexicon.yieldingVerbAfter(type, lx, end + 3, lx.size()) != null || lexicon.yieldingVerbBefore(type, lx, qStart) != null) return null;
        // "Two of the injured later died", "Four of the missing were found alive": the part moved to the fate its verb names
        CountTypeLexicon.Cue fate = otherFate(end + 3, type);
        if (fate != null) return new Reading(fate.countType(), "part of the " + type + " ('of the " + lx.get(end + 2).text()
                + "') " + fate.followedBy(), true);
        return new Reading(type, "part of the " + type + " it names ('of the " + lx.get(end + 2).text() + "')");
    }

    /** "including 3,100", "among them 40", "The dead included 512", "Among the dead were 11". */
    private Reading afterCue(int qStart, Before before) {
        int cueEnd = qStart > 0 && BE_VERBS.contains(lx.get(qStart - 1).lower()) ? qStart - 1 : qStart;
        // "The toll includes the 14 people who died in hospital"
        if (cueEnd == qStart && qStart > 1 && lx.get(qStart - 1).is("the")) cueEnd = qStart - 1;
        for (String[] cue : CUES) {
            int start = Phrases.startEndingAt(lx, cueEnd, cue);
            if (start < 0) continue;
            String cueText = String.join(" ", cue);
            if (before != null && before.countType() != null) {
                return new Reading(before.countType(), "part of the '" + before.countType() + "' figure before it ('" + cueText + "')");
            }
            String type = typeNamedBefore(start, cueEnd);
            return type == null ? null : new Reading(type, "part of the " + type + " named before '" + cueText + "'");
        }
        return null;
    }

    /** "The dead included", "Those killed included", "Among the dead were": the counted word before or in the cue. */
    private String typeNamedBefore(int cueStart, int cueEnd) {
        int c = clause[cueEnd - 1];
        for (int k = cueEnd - 1; k >= Math.max(0, cueStart - 6) && clause[k] == c; k--) {
            CountTypeLexicon.Cue cue = lexicon.nounAt(lx, k);
            if (cue == null) cue = lexicon.afterAt(lx, k);
            if (cue == null) cue = lexicon.headAt(lx, k);
            if (cue != null && !"other".equals(cue.countType())) return cue.countType();
        }
        return null;
    }

    /**
     * "At least 9 refugees were among those killed", "Four journalists are among the dead": the
     * figure is part of the toll the phrase names, whatever its own noun ("refugees") would say.
     */
    private Reading amongTheFated(int end) {
        int k = end;
        int stop = Math.min(lx.size() - 1, end + 4);
        while (k < stop) {
            Lexeme l = lx.get(k);
            if (l.isPunct(',')) {
                // "13 refugees, including two children, were among those killed"
                int close = insertionEnd(k);
                if (close < 0) return null;
                k = close + 1;
                stop = Math.min(lx.size() - 1, k + 3);
                continue;
            }
            if (l.isPunct()) return null;
            if (BE_VERBS.contains(l.lower())) return fatedAfter(k + 1);
            k++;
        }
        return null;
    }

    /** The comma closing an insertion that opens with a breakdown cue at {@code comma + 1}, or -1. */
    private int insertionEnd(int comma) {
        if (CUES.stream().noneMatch(c -> Phrases.matchLength(lx, comma + 1, c) > 0)) return -1;
        for (int k = comma + 2; k < Math.min(lx.size(), comma + 12); k++) {
            if (lx.get(k).isPunct(',')) return k;
        }
        return -1;
    }

    /** "among those killed", "among the dead" at {@code at}: the toll the figure is part of, or null. */
    private Reading fatedAfter(int at) {
        for (String[] cue : AMONG_CUES) {
            int len = Phrases.matchLength(lx, at, cue);
            if (len <= 0 || at + len >= lx.size()) continue;
            String type = fateAt(at + len);
            if (type != null) return new Reading(type, "part of the " + type + " ('" + String.join(" ", cue) + " "
                    + lx.get(at + len).text() + "')");
        }
        return null;
    }

    /** The count type a fate word names ("killed", "dead", "victims", "rescued"), or null. */
    private String fateAt(int k) {
        if (VICTIM_NOUNS.contains(lx.get(k).lower())) return "killed";
        CountTypeLexicon.Cue cue = lexicon.afterAt(lx, k);
        if (cue == null) cue = lexicon.nounAt(lx, k);
        return cue == null || "other".equals(cue.countType()) ? null : cue.countType();
    }

    /** "of whom 28 were later rescued": a verb of another count type after the figure, in its clause. */
    private boolean ownFate(int end, String totalType) {
        CountTypeLexicon.Cue a = firstFate(end);
        return a != null && !a.countType().equals(totalType);
    }

    /** A fate other than {@code totalType} and not a side count that the first verb cue after {@code end} names, else null. */
    private CountTypeLexicon.Cue otherFate(int end, String totalType) {
        CountTypeLexicon.Cue a = firstFate(end);
        return a == null || a.countType().equals(totalType) || "other".equals(a.countType()) ? null : a;
    }

    /** The first verb cue after {@code end} in its clause, or null. */
    private CountTypeLexicon.Cue firstFate(int end) {
        for (int k = end; k < Math.min(lx.size(), end + 8) && clause[k] == clause[end - 1]; k++) {
            CountTypeLexicon.Cue a = lexicon.afterAt(lx, k);
            if (a != null) return a;
        }
        return null;
    }

    /**
     * "48 cases, including 9 deaths", "120 infections, among them 14 fatalities": the part's own noun names a
     * fate of a main type inside a side count ('other'), so it is that fate's own figure, not a part of the cases.
     */
    private boolean fateInsideSideCount(int end, String totalType) {
        if (!SIDE_COUNT.equals(totalType) || end >= lx.size()) return false;
        CountTypeLexicon.Cue noun = lexicon.nounAt(lx, end);
        return noun != null && !SIDE_COUNT.equals(noun.countType());
    }

    /** "64 were women": the figure is said to be a group of people, not a state ("20 are believed alive"). */
    private boolean namesAGroup(int end) {
        int k = end;
        if (k < lx.size() && (lx.get(k).is("were") || lx.get(k).is("are") || lx.get(k).is("was"))) k++;
        else return false;
        return k < lx.size() && lexicon.isPeopleNoun(lx.get(k).lower());
    }

    /** "Of the 212 dead, ...": the sentence opens with the whole its later figures are parts of. */
    private boolean isOpeningWhole(Before before) {
        int k = before.qStart();
        return before.countType() != null && k == 2 && lx.get(0).is("of") && lx.get(1).is("the");
    }

    /**
     * Whether a figure's place is the one its sentence names for the sentences after it: a new
     * place, not the paragraph's or the article's; a breakdown's parts ("including 332 homes in
     * Superior") are placed, but the total's place stands for what follows.
     */
    static boolean placesWhatFollows(Finding f, String paragraphPlace, ArticleContext ctx) {
        return f.location != null && f.role != ClaimRole.BREAKDOWN && !f.location.equals(paragraphPlace)
                && !(ctx != null && f.location.equals(ctx.location()));
    }
}
