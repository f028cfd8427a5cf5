package io.figurewire.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a number counts, from the data file {@code count-types.json}: counted nouns, verbs
 * after the counted phrase and verbs before the number, per count type.
 */
public final class CountTypeLexicon {

    /** One cue: the count type it signals and its words. */
    record Cue(String countType, String[] words) {

        /** A cue read off the text: the lower-case words from {@code from} to {@code to}, both included. */
        static Cue spanning(String countType, List<Lexeme> lx, int from, int to) {
            String[] w = new String[to - from + 1];
            for (int k = from; k <= to; k++) w[k - from] = lx.get(k).lower();
            return new Cue(countType, w);
        }

        /** Its words joined by spaces, for explain's reasons and lookups. */
        String phrase() {
            return String.join(" ", words);
        }

        /** Explain's reason when this cue after a figure typed it. */
        String followedBy() {
            return "followed by '" + phrase() + "'";
        }
    }

    private final List<Cue> nouns = new ArrayList<>();
    private final List<Cue> after = new ArrayList<>();
    private final List<Cue> before = new ArrayList<>();
    private final List<Cue> governs = new ArrayList<>();
    private final List<Cue> heads = new ArrayList<>();
    private final List<Cue> retypes = new ArrayList<>();
    /** Verbs only a counted noun yielding to their type takes: "20 houses were buried", "burying 20 houses", never "burying 20 people". */
    private final List<Cue> nounAfter = new ArrayList<>();
    private final List<Cue> nounBefore = new ArrayList<>();
    /** Count types of things, never of people: a people figure does not take their verbs ("60 people ... after the hillside collapsed"). */
    private final Set<String> thingTypes = new HashSet<>();
    private final List<String[]> tallyHeads = new ArrayList<>();
    private final Set<String> tallyLinks = new HashSet<>();
    private final Set<String> people = new HashSet<>();
    private final Map<String, String> fates = new LinkedHashMap<>();
    /** Each cue list by identity, indexed by first word. */
    private final Map<List<Cue>, Map<String, List<Cue>>> byFirstWord = new java.util.IdentityHashMap<>();
    private final Map<String, String> nounType = new LinkedHashMap<>();
    /** Count types whose counted noun gives way to a verb of another type right after it: hostages → released. */
    private final Map<String, Set<String>> yieldsTo = new LinkedHashMap<>();
    /** Single counted nouns that give way to verbs of these types right after them, whatever their own type does: cases → injured. */
    private final Map<String, Set<String>> nounYields = new LinkedHashMap<>();
    /** Words that may stand between a counted noun and its verb: "hostages were later released". */
    private static final Set<String> AUXILIARIES = WordClasses.get("auxiliaries");
    private static final Set<String> HEDGES = WordClasses.get("hedge-verbs");
    private static final Set<String> LOC_PREPS = WordClasses.get("loc-preps");
    private static final Set<String> FINITE_AUXILIARIES = WordClasses.get("finite-auxiliaries");
    private static final Set<String> FIGURE_NOUNS = WordClasses.get("figure-nouns");
    private static final Set<String> LINK_PARTICLES = WordClasses.get("link-particles");
    private static final Set<String> PHRASE_OPENERS = WordClasses.get("counted-phrase-openers");
    private static final Set<String> REFERENCE_LINKS = WordClasses.get("reference-links");

    CountTypeLexicon(JsonNode root) {
        JsonNode types = root.path("countTypes");
        for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String type = e.getKey();
            add(nouns, type, e.getValue().path("nouns"));
            add(after, type, e.getValue().path("after"));
            add(before, type, e.getValue().path("before"));
            add(governs, type, e.getValue().path("governs"));
            add(heads, type, e.getValue().path("heads"));
            add(retypes, type, e.getValue().path("retypes"));
            add(nounAfter, type, e.getValue().path("nounAfter"));
            add(nounBefore, type, e.getValue().path("nounBefore"));
            for (JsonNode n : e.getValue().path("nouns")) nounType.putIfAbsent(n.asText().toLowerCase(), type);
            for (JsonNode y : e.getValue().path("yieldsTo")) yieldsTo.computeIfAbsent(type, k -> new HashSet<>()).add(y.asText());
        }
        root.path("nounYields").fields().forEachRemaining(e -> {
            if (!e.getValue().isArray()) return; // the '_comment'
            Set<String> to = nounYields.computeIfAbsent(e.getKey().toLowerCase(), k -> new HashSet<>());
            for (JsonNode y : e.getValue()) to.add(y.asText());
        });
        for (JsonNode p : root.path("people")) people.add(p.asText().toLowerCase());
        for (JsonNode t : root.path("thingTypes")) thingTypes.add(t.asText());
        root.path("sameFate").fields().forEachRemaining(e -> fates.put(e.getKey(), e.getValue().asText()));
        for (JsonNode h : root.path("tallyHeads")) tallyHeads.add(Phrases.words(h.asText()));
        for (JsonNode l : root.path("tallyLinks")) tallyLinks.add(l.asText().toLowerCase());
        // longer cues first so "lost their lives" wins over "lost"
        for (List<Cue> l : List.of(nouns, after, before, governs, heads, retypes, nounAfter, nounBefore)) {
            l.sort((a, b) -> b.words().length - a.words().length);
            byFirstWord.put(l, index(l));
        }
        tallyHeads.sort((a, b) -> b.length - a.length);
    }

    private static void add(List<Cue> list, String type, JsonNode arr) {
        for (JsonNode n : arr) list.add(new Cue(type, Phrases.words(n.asText())));
    }

    /** The fate a count type counts ("evacuated" people are "displaced"); the type itself when it has no family. */
    String fate(String countType) {
        return fates.getOrDefault(countType, countType);
    }

    /** Whether two count types count the same fate. */
    boolean sameFate(String a, String b) {
        return a != null && b != null && fate(a).equals(fate(b));
    }

    /** Whether a count type counts things (buildings), which people figures never take. */
    boolean countsThings(String countType) {
        return thingTypes.contains(countType);
    }

    boolean isPeopleNoun(String lower) {
        return people.contains(lower);
    }

    String nounType(String lower) {
        return nounType.get(lower);
    }

    /** Count type of a counted noun starting at {@code at}, with the cue length, or null. */
    Cue nounAt(List<Lexeme> lx, int at) {
        Cue c = firstAt(nouns, lx, at);
        return c == null || compoundHead(lx, at + Phrases.matchLength(lx, at, c.words())) ? null : c;
    }

    /**
     * A counted noun at {@code at} typed by the verb of its fate right after it, before {@code stop}:
     * "the estimate of homes and structures burned" counts destroyed buildings. Keeps the noun's words.
     */
    Cue nounOrFateAt(List<Lexeme> lx, int at, int stop) {
        Cue noun = nounAt(lx, at);
        if (noun == null) return null;
        Cue verb = yieldingVerbAfter(noun.countType(), lx, at + noun.words().length, stop);
        return verb == null ? noun : new Cue(verb.countType(), noun.words());
    }

    /**
     * "52 affected villages", "the number of affected villages": a fate word right before a noun of counted places or
     * things (a side count) only describes them, so the noun is what is counted. The noun's cue, or null when the fate
     * word at {@code at} heads its own phrase ("52 affected families", "900 damaged houses" keep their fate).
     */
    Cue thingsModified(List<Lexeme> lx, int at, Cue fate) {
        if (fate == null || "other".equals(fate.countType())) return null;
        int next = at + Phrases.matchLength(lx, at, fate.words());
        if (next <= at || next >= lx.size()) return null;
        Cue noun = nounAt(lx, next);
        return noun != null && "other".equals(noun.countType()) ? noun : null;
    }

    /** Whether a cue ending before {@code end} is only the first part of a hyphenated word: "hostage-takers" are not hostages. */
    private static boolean compoundHead(List<Lexeme> lx, int end) {
        return end + 1 < lx.size() && lx.get(end).isDash() && !lx.get(end).spaceBefore()
                && !lx.get(end + 1).spaceBefore() && lx.get(end + 1).isWord();
    }

    Cue afterAt(List<Lexeme> lx, int at) {
        Cue escape = CaptiveEscapes.at(lx, at);
        if (escape != null) return escape;
        Cue c = firstAt(after, lx, at);
        if (c != null) return c;
        Cue injury = InjuryPhrases.at(lx, at);
        return injury != null ? injury : HospitalAdmissions.at(lx, at);
    }

    /**
     * A verb cue of a type that a counted noun of {@code nounType} yields to, right after the
     * noun past auxiliaries only ("hostages were released", not "hostages taken in the attack
     * that killed 1,200"), or null.
     */
    Cue yieldingVerbAfter(String nounType, List<Lexeme> lx, int from, int stop) {
        Set<String> to = yieldsTo.get(nounType);
        return to == null ? null : verbAfter(to, nounType, lx, from, stop);
    }

    /**
     * As {@link #yieldingVerbAfter(String, List, int, int)} for the counted noun {@code noun}, which may also
     * give way on its own ('nounYields'): "four cases are under treatment" counts patients, not cases.
     */
    Cue yieldingVerbAfter(Cue noun, List<Lexeme> lx, int from, int stop) {
        Cue verb = yieldingVerbAfter(noun.countType(), lx, from, stop);
        Set<String> own = nounYields.get(noun.phrase().toLowerCase());
        return verb != null || own == null ? verb : verbAfter(own, noun.countType(), lx, from, stop);
    }

    private Cue verbAfter(Set<String> to, String nounType, List<Lexeme> lx, int from, int stop) {
        int k = pastPlacePhrase(lx, pastCoordinatedNoun(lx, from, stop, nounType), stop);
        int start = k;
        while (k < stop && k < start + 5 && k < lx.size() && skippable(lx.get(k).lower())) k++;
        if (k >= stop) return null;
        Cue verb = firstAt(after, lx, k, to);
        return verb != null ? verb : firstAt(nounAfter, lx, k, to);
    }

    /**
     * "1,700 houses in one Palu neighbourhood were swallowed up": a short place phrase between the counted
     * noun and the auxiliary of its verb is read past; without such an auxiliary reading stays at {@code from}.
     */
    private static int pastPlacePhrase(List<Lexeme> lx, int from, int stop) {
        if (from >= Math.min(stop, lx.size()) || !LOC_PREPS.contains(lx.get(from).lower())) return from;
        for (int j = from + 1; j < Math.min(stop, Math.min(lx.size(), from + 6)); j++) {
            Lexeme l = lx.get(j);
            if (FINITE_AUXILIARIES.contains(l.lower())) return j;
            if (!l.isWord()) return from;
        }
        return from;
    }

    /** An auxiliary or a hedge between a counted noun and its verb: "hostages are believed to have died". */
    private static boolean skippable(String lower) {
        return AUXILIARIES.contains(lower) || HEDGES.contains(lower);
    }

    /** "700,000 homes and (other) businesses were without power": a second noun of the same type joined to the first is read past. */
    private int pastCoordinatedNoun(List<Lexeme> lx, int from, int stop, String nounType) {
        if (from + 1 >= Math.min(stop, lx.size()) || !(lx.get(from).is("and") || lx.get(from).is("or"))) return from;
        int at = from + 1 < lx.size() && lx.get(from + 1).is("other") ? from + 2 : from + 1;
        Cue second = nounAt(lx, at);
        return second != null && second.countType().equals(nounType) ? at + second.words().length : from;
    }

    /** A verb cue of a type that a counted noun of {@code nounType} yields to, ending right before the figure: "razed 400 houses". */
    Cue yieldingVerbBefore(String nounType, List<Lexeme> lx, int figureStart) {
        Set<String> to = yieldsTo.get(nounType);
        if (to == null) return null;
        for (int s = Math.max(0, figureStart - 3); s < figureStart; s++) {
            Cue b = firstAt(before, lx, s, to);
            if (b == null) b = firstAt(nounBefore, lx, s, to);
            if (b != null && s + Phrases.matchLength(lx, s, b.words()) == figureStart) return b;
        }
        return null;
    }

    /** Whether a counted noun of {@code nounType} gives way to a verb of {@code verbType}. */
    boolean yields(String nounType, String verbType) {
        Set<String> to = yieldsTo.get(nounType);
        return to != null && to.contains(verbType);
    }

    Cue governsEndingNear(List<Lexeme> lx, int end) {
        return firstAt(governs, lx, end);
    }

    /** A phrase that retypes the figure before it, whatever its other cues: "have not yet been recovered". */
    Cue retypeAt(List<Lexeme> lx, int at) {
        return firstAt(retypes, lx, at);
    }

    Cue beforeAt(List<Lexeme> lx, int at) {
        return firstAt(before, lx, at);
    }

    /**
     * A noun naming a tally of one type starting at {@code at}, or null: a listed head ("death toll"), or a counted noun of a
     * fate right before a noun of a figure ("the missing figure rose to 139", "the injured count climbed to 212"), which
     * no list of heads could spell out for every fate.
     */
    Cue headAt(List<Lexeme> lx, int at) {
        Cue listed = firstAt(heads, lx, at);
        if (listed != null) return listed;
        Cue fate = firstAt(nouns, lx, at);
        if (fate == null || fate.words().length != 1 || at + 1 >= lx.size() || !FIGURE_NOUNS.contains(lx.get(at + 1).lower())) return null;
        return Cue.spanning(fate.countType(), lx, at, at + 1);
    }

    /** Length of a typeless tally head ("the number of", "estimates of") starting at {@code at}, or 0. */
    int tallyHeadAt(List<Lexeme> lx, int at) {
        for (String[] h : tallyHeads) {
            int len = Phrases.matchLength(lx, at, h);
            if (len > 0) return len;
        }
        return 0;
    }

    /** Whether a word joins a tally subject to its figure: "climbed to", "stood at", "exceeds". */
    boolean isTallyLink(String lower) {
        return tallyLinks.contains(lower);
    }

    /** Whether a word right after a figure may open its counted phrase before the noun: "850 total evacuations", "two more bodies". */
    static boolean opensCountedPhrase(String lower) {
        return PHRASE_OPENERS.contains(lower);
    }

    /** Whether a linking verb stands among the lexemes from {@code from} (included) to {@code to} (excluded). */
    boolean linkVerbIn(List<Lexeme> lx, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, lx.size()); k++) {
            if (isLinkVerb(lx.get(k).lower())) return true;
        }
        return false;
    }

    /** Whether a tally link is a verb of its own ("reached", "stands", "surpassed"), not a particle ("to", "at", "of"). */
    boolean isLinkVerb(String lower) {
        return tallyLinks.contains(lower) && !LINK_PARTICLES.contains(lower) && !REFERENCE_LINKS.contains(lower);
    }

    /** The governing cues whose first word is {@code lower}, in file order: the only ones that can match there. */
    List<Cue> governsStartingWith(String lower) {
        return byFirstWord.get(governs).getOrDefault(lower, List.of());
    }

    private Cue firstAt(List<Cue> cues, List<Lexeme> lx, int at) {
        return firstAt(cues, lx, at, null);
    }

    /** The longest cue matching at {@code at}, of one of {@code types} when given. */
    private Cue firstAt(List<Cue> cues, List<Lexeme> lx, int at, Set<String> types) {
        if (at < 0 || at >= lx.size() || !lx.get(at).isWord()) return null;
        // only the cues whose first word is this lexeme's, longest first: a lookup, not a scan of every cue
        List<Cue> candidates = byFirstWord.get(cues).get(lx.get(at).lower());
        if (candidates == null) return null;
        for (Cue c : candidates) {
            if (types != null && !types.contains(c.countType())) continue;
            if (Phrases.matchLength(lx, at, c.words()) > 0) return c;
        }
        return null;
    }

    /** Each cue list indexed by its cues' first word (the part before a hyphen: "hamas-run" starts at "hamas"). */
    private static Map<String, List<Cue>> index(List<Cue> cues) {
        Map<String, List<Cue>> out = new HashMap<>();
        for (Cue c : cues) {
            String first = c.words()[0];
            int dash = first.indexOf('-');
            out.computeIfAbsent(dash > 0 ? first.substring(0, dash) : first, k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
