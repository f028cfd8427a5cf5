package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads a release figure the way an analyst does, from the {@code releases} rules in
 * {@code metric-aliases.json}: WHO is released (hostages or prisoners, from the counted
 * people), WHETHER the release happened or is only proposed or demanded (cue words in the
 * figure's clause), and WHICH group (living, deceased, serving life, detained in a place).
 *
 * <p>A proposed or demanded release keeps role {@code current}: what the sentence reports as
 * fact is the demand or the proposal itself ("Hamas wants the release of 200 prisoners" is
 * true today, whatever happens later), and the stance in the key
 * ({@code prisoner-release-demanded/...}) keeps it off the key of people actually released,
 * so it can never be read as a release that took place. Marking it {@code projection} would
 * hide a negotiating position that desks track from the figures table.
 */
final class Releases {

    /** How far back in its clause a figure looks for stance cues: enough for "a ceasefire which may also encompass provisions for the release of ten living hostages and the remains of nine". */
    private static final int STANCE_WINDOW = 20;
    /** Words before a release verb that make it not (yet) done: "to be released", "would free". */
    private static final Set<String> NOT_DONE_BEFORE = WordClasses.get("not-done-before");
    private static final Set<String> PHRASE_STOPS = WordClasses.get("phrase-stops");

    private record Cues(String name, List<String[]> words) {
        boolean at(List<Lexeme> lx, int k) {
            for (String[] w : words) if (Phrases.matchLength(lx, k, w) > 0) return true;
            return false;
        }
    }

    /** What a release figure says beyond its number; {@code stance} null means the release took place. */
    record Reading(String who, String stance, String group) {
        /** Metric name before the slash: "hostages-release-proposed", or "release-demanded" when who is unknown. */
        String metricName() {
            return (who == null ? "" : who + "-") + "release-" + stance;
        }
    }

    private final List<Cues> who = new ArrayList<>();
    private final List<Cues> stances = new ArrayList<>();
    private final Cues done;
    private final List<Cues> groups = new ArrayList<>();
    private final Cues detainedIn;
    private final String detainedSuffix;

    Releases(JsonNode root) {
        JsonNode r = root.path("releases");
        r.path("who").fields().forEachRemaining(e -> who.add(cues(e.getKey(), e.getValue())));
        for (JsonNode s : r.path("stances")) stances.add(cues(s.path("stance").asText(), s.path("cues")));
        done = cues("done", r.path("done"));
        for (JsonNode g : r.path("groups")) groups.add(cues(g.path("group").asText(), g.path("cues")));
        detainedIn = cues("detained", r.path("detainedIn").path("cues"));
        detainedSuffix = r.path("detainedIn").path("suffix").asText("detainees");
    }

    private static Cues cues(String name, JsonNode arr) {
        List<String[]> w = new ArrayList<>();
        for (JsonNode c : arr) w.add(Phrases.words(c.asText()));
        w.sort((a, b) -> b.length - a.length);
        return new Cues(name, w);
    }

    /**
     * @param clause      clause number of every lexeme
     * @param qStart      first lexeme of the figure with its qualifier
     * @param end         end of the figure (exclusive)
     * @param stop        start of the next figure in the sentence (or the sentence's length)
     * @param placeAt     slug of a place starting at a lexeme, or null
     * @param previousWho who the previous release figure of the sentence counted ("ten living hostages and the remains of nine")
     */
    Reading read(List<Lexeme> lx, int[] clause, int qStart, int end, int stop, IntFunction<String> placeAt, String previousWho) {
        int c = clause[Math.min(qStart, lx.size() - 1)];
        // the counted phrase: "ten living hostages", "200 prisoners serving life sentences", "2,000 arrested in Gaza"
        int phraseEnd = end;
        while (phraseEnd < Math.min(stop, end + 6) && clause[phraseEnd] == c && lx.get(phraseEnd).isWord()
                && !PHRASE_STOPS.contains(lx.get(phraseEnd).lower())) phraseEnd++;
        // a few words before it, back to a conjunction: "the remains of nine"
        int lead = qStart;
        while (lead > Math.max(0, qStart - 3) && clause[lead - 1] == c && lx.get(lead - 1).isWord()
                && !PHRASE_STOPS.contains(lx.get(lead - 1).lower())) lead--;

        String whoName = null;
        for (int k = end; k < phraseEnd && whoName == null; k++) {
            for (Cues w : who) {
                if (w.at(lx, k)) {
                    whoName = w.name();
                    break;
                }
            }
        }
        if (whoName == null) whoName = previousWho;

        String stance = stance(lx, clause, c, qStart, end, phraseEnd);
        String group = null;
        for (Cues g : groups) {
            for (int k = lead; k < phraseEnd && group == null; k++) {
                if (k >= qStart && k < end) continue;
                if (g.at(lx, k)) group = g.name();
            }
            if (group != null) break;
        }
        if (group == null) {
            // "2,000 arrested in Gaza": the place they were detained in names the group
            for (int k = end; k + 2 < phraseEnd + 2 && k + 2 < lx.size(); k++) {
                if (detainedIn.at(lx, k) && lx.get(k + 1).is("in")) {
                    String place = placeAt.apply(k + 2);
                    if (place != null) group = place + "-" + detainedSuffix;
                    break;
                }
            }
        }
        return new Reading(whoName, stance, group);
    }

    /** The stance named in the figure's clause, or null when the release is reported as done. */
    private String stance(List<Lexeme> lx, int[] clause, int c, int qStart, int end, int phraseEnd) {
        int from = qStart;
        while (from > Math.max(0, qStart - STANCE_WINDOW) && clause[from - 1] == c) from--;
        // a release verb in a done form nearest the figure settles it: "freed 105 hostages", "were released"
        int after = Math.min(lx.size(), phraseEnd + 4);
        for (int k = qStart - 1; k >= Math.max(from, qStart - 3); k--) {
            if (done.at(lx, k)) return doneAt(lx, k) ? null : tentative(lx, clause, c, from, after);
        }
        for (int k = end; k < after && clause[k] == c; k++) {
            if (done.at(lx, k)) {
                if (doneAt(lx, k)) return null;
                break;
            }
        }
        return tentative(lx, clause, c, from, after);
    }

    private String tentative(List<Lexeme> lx, int[] clause, int c, int from, int after) {
        // stance lists are in priority order: "the plan calls for" is a proposal, not a demand
        for (Cues s : stances) {
            for (int k = from; k < after && clause[k] == c; k++) {
                if (s.at(lx, k)) return s.name();
            }
        }
        return null;
    }

    private static boolean doneAt(List<Lexeme> lx, int k) {
        return k == 0 || !NOT_DONE_BEFORE.contains(lx.get(k - 1).lower());
    }
}
