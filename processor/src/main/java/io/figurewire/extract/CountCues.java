package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * Count-type cues of real wires that the counted noun and the verb beside a figure do not give:
 * victims on a published list, people a search is for, the group a figure is "among", a plural
 * nationality. Each returns the count type and the reason {@code explain} shows, or null.
 */
final class CountCues {

    /** A count type (null: not a count at all) and why. */
    record Reading(String countType, String reason) {
    }

    private static final Set<String> SEARCH_VERBS = WordClasses.get("search-verbs");
    private static final Set<String> VICTIM_NOUNS = WordClasses.get("victim-nouns");
    private static final Set<String> ROLL_NOUNS = WordClasses.get("roll-nouns");
    private static final Set<String> BE_VERBS = WordClasses.get("be-verbs");
    private static final Set<String> MOURNING = WordClasses.get("mourning-nouns");
    private static final Set<String> SPEECH = WordClasses.get("speech");
    private static final Set<String> DEGREE = WordClasses.get("degree-adverbs");
    private static final Set<String> FINITE_AUXILIARIES = WordClasses.get("finite-auxiliaries");
    private static final Set<String> SUBORDINATORS = WordClasses.get("subordinators");
    private static final Set<String> SUBJECT_OPENERS = WordClasses.get("subject-openers");
    private static final Set<String> RESCUE_CONTEXTS = WordClasses.get("rescue-contexts");
    /** How far after a freed figure its rescue context is looked for ("freed 12 people from the rubble of"). */
    private static final int RESCUE_REACH = 8;
    private static final Set<String> SINGULAR_PEOPLE = WordClasses.get("singular-people-nouns");
    /** Words read from a joining "and" to the people noun of a second subject: "and a senior prison guard". */
    private static final int COSUBJECT_REACH = 4;
    private static final Set<String> AGENT_SUFFIXES = WordClasses.get("agent-suffixes");
    private static final Set<String> AGENT_THINGS = WordClasses.get("agent-suffix-things");
    private static final Set<String> RESIDENT_SUFFIXES = WordClasses.get("resident-suffixes");
    private static final Set<String> GOVERNED_THINGS = WordClasses.get("governed-things");
    /** How far back a governing cue may stand before the figure's lead words. */
    private static final int GOVERNS_REACH = 14;

    private final SentenceView view;
    private final List<Lexeme> lx;
    private final CountTypeLexicon lexicon;
    private final Gazetteer gazetteer;

    CountCues(SentenceView view, CountTypeLexicon lexicon, Gazetteer gazetteer) {
        this.view = view;
        this.lx = view.lx;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** "published a list of 152 casualties": the dead on a roll, whatever verb published it; {@code noun} is the counted word or -1. */
    Reading victimList(int qStart, int noun) {
        if (qStart < 2 || noun < 0 || !view.is(qStart - 1, "of") || !ROLL_NOUNS.contains(lx.get(qStart - 2).lower())) return null;
        if (!VICTIM_NOUNS.contains(lx.get(noun).lower())) return null;
        return new Reading("killed", "'" + lx.get(noun).text() + "' on a " + lx.get(qStart - 2).text() + " of the dead");
    }

    /** "three days of mourning for more than 200 victims": the victims mourned are the dead; {@code noun} is the counted word or -1. */
    Reading mourned(int qStart, int noun) {
        if (qStart < 2 || noun < 0 || !view.is(qStart - 1, "for") || !VICTIM_NOUNS.contains(lx.get(noun).lower())) return null;
        int c = view.clause[qStart - 1];
        for (int k = qStart - 2; k >= Math.max(0, qStart - 5) && view.clause[k] == c; k--) {
            if (MOURNING.contains(lx.get(k).lower())) return new Reading("killed", "'" + lx.get(noun).text() + "' mourned ('" + lx.get(k).text() + " for')");
        }
        return null;
    }

    /**
     * A governing cue earlier in the clause, read back from {@code from}: "the release of 200 prisoners
     * and another 2,000". Not past a verb of saying: in "figures released on Monday said that 187
     * people had been injured" what was released is the figures, not the people.
     */
    Reading governedBy(int from, int lead, int clause) {
        for (int k = from; k >= Math.max(0, lead - GOVERNS_REACH); k--) {
            if (view.clause[k] != clause || SPEECH.contains(lx.get(k).lower())) break;
            for (CountTypeLexicon.Cue g : lexicon.governsStartingWith(lx.get(k).lower())) {
                int len = Phrases.matchLength(lx, k, g.words());
                if (len > 0 && (k + len <= lead || endsInLead(k, len, lead))) return thingObject(k + len, lead) ? null : governed(g, lead, clause);
            }
        }
        return null;
    }

    /** "the evacuation of about 900 survivors": a cue ending in "of" ends inside the figure's lead words, which open with that "of". */
    private boolean endsInLead(int k, int len, int lead) {
        return k < lead && k + len == lead + 1 && lx.get(lead).is("of");
    }

    /** The reading of a governing cue; "freed 12 people from the rubble" is a rescue, not a release of captives. */
    private Reading governed(CountTypeLexicon.Cue g, int lead, int clause) {
        String why = "governed by '" + g.phrase() + "'";
        if (!"released".equals(g.countType())) return new Reading(g.countType(), why);
        for (int j = lead; j < Math.min(lx.size(), lead + RESCUE_REACH) && view.clause[j] == clause; j++) {
            if (RESCUE_CONTEXTS.contains(lx.get(j).lower())) return new Reading("rescued", why + ", freed from '" + lx.get(j).text() + "': a rescue");
        }
        return new Reading(g.countType(), why);
    }

    /** "released the names of 41 people", "releasing a torrent of water that left 4,000 homeless": a thing between the cue and the figure is what the verb governs. */
    private boolean thingObject(int from, int lead) {
        for (int j = from; j < lead; j++) {
            if (GOVERNED_THINGS.contains(lx.get(j).lower())) return true;
        }
        return false;
    }

    /**
     * A people figure skips a verb of things ("60 people are feared buried after the hillside
     * collapsed"), unless a thing noun comes first: "170,000 residents' flats were damaged".
     */
    boolean thingVerbOfPeople(boolean people, int nounEnd, CountTypeLexicon.Cue verb, int at) {
        if (!people || !lexicon.countsThings(verb.countType())) return false;
        for (int j = nounEnd; j < at; j++) {
            CountTypeLexicon.Cue thing = lexicon.nounAt(lx, j);
            if (thing != null && lexicon.countsThings(thing.countType())) return false;
        }
        return true;
    }

    /** "27 are alive and have been rescued": an "and" at {@code k} before an auxiliary joins a second verb of the same subject. */
    boolean coordinatedPredicate(int k) {
        if (!lx.get(k).is("and") || k < 1 || k + 1 >= lx.size()) return false;
        return FINITE_AUXILIARIES.contains(lx.get(k + 1).lower()) || participles(lx.get(k - 1), lx.get(k + 1));
    }

    /** "15 people manufacturing and storing liquor have been arrested": two participles of an aside before the verb. */
    private static boolean participles(Lexeme a, Lexeme b) {
        return a.isWord() && b.isWord() && a.lower().endsWith("ing") && b.lower().endsWith("ing") && a.lower().length() > 5 && b.lower().length() > 5;
    }

    /**
     * "rose to 135 as injured man succumbs", "reached 52 after an injured miner died": a subordinator at {@code k} that opens a
     * clause with a subject of its own ends the counted phrase ("while" always does); "were listed as missing" has none and still
     * types the figure.
     */
    boolean subordinateSubject(int k) {
        if (lx.get(k).is("while")) return true;
        if (!SUBORDINATORS.contains(lx.get(k).lower())) return false;
        for (int j = k + 1; j < Math.min(lx.size(), k + 4) && lx.get(j).isWord(); j++) {
            String w = lx.get(j).lower();
            if (SUBJECT_OPENERS.contains(w) || SINGULAR_PEOPLE.contains(w) || lexicon.isPeopleNoun(w)) return true;
        }
        return false;
    }

    /**
     * "Four inmates and a prison guard were killed": an "and" at {@code k} that joins a second subject of
     * people, with no figure of its own, before the verb they share. The second subject is read over a few
     * modifiers to its people noun ("and their commanders", "and a teacher").
     */
    boolean coordinatedSubject(int k) {
        if (!lx.get(k).is("and")) return false;
        for (int j = k + 1; j < Math.min(lx.size(), k + 1 + COSUBJECT_REACH) && lx.get(j).isWord(); j++) {
            if (view.mentionStarting(j) != null) return false;
            Lexeme l = lx.get(j);
            String w = l.lower();
            if (SINGULAR_PEOPLE.contains(w) || lexicon.isPeopleNoun(w) || agentNoun(l) || pluralDemonym(j)) {
                return j + 1 < lx.size() && (FINITE_AUXILIARIES.contains(lx.get(j + 1).lower()) || lexicon.afterAt(lx, j + 1) != null);
            }
        }
        return false;
    }

    /** Words of one item of a list of people: "police officers", "local residents". */
    private static final int LIST_ITEM_WORDS = 3;

    /**
     * "305 employees, contractors and residents were still missing": where the list of people that the comma at
     * {@code comma} continues ends (exclusive), or -1. Every item is a few lower-case words ending in people, the
     * last after "and" or "or"; so "40 passengers, and doctors ..." or "25 pilgrims, officials said" is no list.
     */
    int peopleListEnd(int comma) {
        // "300 pilgrims, including women and children, were injured": an insert opener makes the words an aside, read past by Inserts
        if (Inserts.opensInsert(lx, comma + 1)) return -1;
        int k = comma;
        while (k < lx.size() && lx.get(k).isPunct(',')) {
            int item = peopleItemEnd(k + 1, false);
            if (item < 0) return -1;
            k = item;
        }
        boolean closing = k < lx.size() && (lx.get(k).is("and") || lx.get(k).is("or"));
        return closing && k > comma + 1 ? peopleItemEnd(k + 1, true) : -1;
    }

    /**
     * The end of a list item from {@code from}: up to a few lower-case words, the last one naming people ("police
     * officers"); an item inside the list ends at a separator, the {@code last} one before its verb; or -1.
     */
    private int peopleItemEnd(int from, boolean last) {
        int end = -1;
        for (int j = from; j < Math.min(lx.size(), from + LIST_ITEM_WORDS); j++) {
            Lexeme l = lx.get(j);
            if (!l.isWord() || l.isCapitalized() || view.mentionStarting(j) != null || l.is("and") || l.is("or")) break;
            boolean people = SINGULAR_PEOPLE.contains(l.lower()) || lexicon.isPeopleNoun(l.lower()) || agentNoun(l);
            boolean closes = last || (j + 1 < lx.size() && (lx.get(j + 1).isPunct(',') || lx.get(j + 1).is("and") || lx.get(j + 1).is("or")));
            if (people && closes) end = j + 1;
        }
        return end;
    }

    /** "1,009 completely razed": a degree adverb right after a figure leads to the verb that types it. */
    boolean degreeAdverb(int k) {
        return k < lx.size() && DEGREE.contains(lx.get(k).lower());
    }

    /** "the total number of victims", "among the victims": where a tally or a group names victims, they are the dead. */
    CountTypeLexicon.Cue victimCue(int k) {
        return VICTIM_NOUNS.contains(lx.get(k).lower()) ? new CountTypeLexicon.Cue("killed", new String[] {lx.get(k).lower()}) : null;
    }

    /** "searched 40 homes for weapons": what a search goes through is not a count. */
    Reading searchObject(int qStart) {
        if (qStart < 1 || !SEARCH_VERBS.contains(lx.get(qStart - 1).lower())) return null;
        return new Reading(null, "object of the search '" + lx.get(qStart - 1).text() + "'");
    }

    /** "searching the rubble for at least 11 workers": the people a search is for are missing. */
    Reading searchedFor(int qStart) {
        if (qStart < 2 || !view.is(qStart - 1, "for")) return null;
        int c = view.clause[qStart - 1];
        for (int k = qStart - 2; k >= Math.max(0, qStart - 8) && view.clause[k] == c && view.mentionEnding(k + 1) == null; k--) {
            if (SEARCH_VERBS.contains(lx.get(k).lower())) return new Reading("missing", "sought by '" + view.text(k, qStart) + "'");
        }
        return null;
    }

    /** "Three journalists were among 22 people killed": the group the figure is among says what it counts. */
    Reading amongGroup(int nounEnd) {
        int k = nounEnd;
        if (k + 2 >= lx.size() || !BE_VERBS.contains(lx.get(k).lower()) || !lx.get(k + 1).is("among")) return null;
        int c = view.clause[k];
        for (int j = k + 2; j < Math.min(lx.size(), k + 8) && view.clause[j] == c; j++) {
            CountTypeLexicon.Cue cue = victimCue(j);
            if (cue == null) cue = lexicon.nounAt(lx, j);
            if (cue == null) cue = lexicon.afterAt(lx, j);
            if (cue != null) return new Reading(cue.countType(), "among '" + view.text(k + 2, j + cue.words().length) + "'");
        }
        return null;
    }

    /**
     * "two electricians were killed", "nine welders died": a lower-case plural with the ending of people by what they do,
     * which no list can hold all of; the things with such an ending ("containers", "tankers") are listed apart.
     */
    static boolean agentNoun(Lexeme l) {
        String w = l.text();
        if (w.length() < 6 || !w.equals(l.lower()) || AGENT_THINGS.contains(w)) return false;
        for (String suffix : AGENT_SUFFIXES) {
            if (w.endsWith(suffix)) return true;
        }
        return false;
    }

    /**
     * "None of the 12 crew members survived": survival denied to a whole group counts it dead; {@code type} is the type the
     * verb after the figure gave, kept for every other figure.
     */
    String fateOfNone(int qStart, String type) {
        int k = qStart - 1;
        if (k >= 0 && lx.get(k).is("the")) k--;
        boolean none = k >= 1 && lx.get(k).is("of") && lx.get(k - 1).is("none");
        return none && "rescued".equals(type) ? "killed" : type;
    }

    /**
     * "1.4 million Gazans", "12 Syrians", "900 Sudanese": a nationality in the plural counts people, and so does a name of
     * residents ("77 Kentuckians", "30 Floridians"), which the gazetteer of countries does not list.
     */
    boolean pluralDemonym(int k) {
        Lexeme l = lx.get(k);
        String t = l.text();
        if (!l.isCapitalized() || t.length() <= 3) return false;
        // "12,000 Sudanese", "5,000 Congolese": a demonym in -ese is its own plural, unless a noun it qualifies follows ("Sudanese refugees")
        if (t.endsWith("ese")) return gazetteer.byDemonym(t) != null && !qualifiesNoun(k + 1);
        if (!t.endsWith("s")) return false;
        return gazetteer.byDemonym(t.substring(0, t.length() - 1)) != null || residentsName(t);
    }

    /** Whether a counted or people noun stands at {@code k}, which a demonym before it qualifies. */
    private boolean qualifiesNoun(int k) {
        return k < lx.size() && (lexicon.isPeopleNoun(lx.get(k).lower()) || lexicon.nounAt(lx, k) != null);
    }

    private static boolean residentsName(String t) {
        for (String suffix : RESIDENT_SUFFIXES) {
            if (t.length() > suffix.length() + 2 && t.endsWith(suffix)) return true;
        }
        return false;
    }
}
