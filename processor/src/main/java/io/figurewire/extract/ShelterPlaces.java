package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * People counted where the displaced stay: "4,778 people still in 120 relief camps", "1,028,000
 * people were recorded in about 3,200 camps", "300,000 have crowded into relief camps". Agencies
 * report camp and shelter populations as the displaced. The place may hold a figure of its own
 * (the camps counted), which the fixed after-verb cues cannot read past; this reads it. A verb cue
 * in the clause still decides ("20 people in the camps died"), so the shelter reading is the
 * fallback of the counted phrase, and a relative clause after it ("... floods that have killed")
 * is not read. Bounded: a fixed number of lexemes after the counted phrase.
 */
final class ShelterPlaces {

    /** Lexemes read after the counted phrase, and words skipped between a lead word and the place noun. */
    private static final int REACH = 12;
    private static final int MODIFIERS = 3;
    private static final Set<String> LEADS = WordClasses.get("shelter-leads");
    private static final Set<String> NOUNS = WordClasses.get("shelter-nouns");
    private static final Set<String> SITES = WordClasses.get("shelter-sites");
    private static final Set<String> SITE_MODIFIERS = WordClasses.get("shelter-site-modifiers");
    private static final Set<String> NOT_SHELTER = WordClasses.get("not-shelter-modifiers");
    private static final Set<String> SKIPS = WordClasses.get("shelter-skips");
    private static final Set<String> RELATIVES = WordClasses.get("relatives");
    private static final Set<String> SUBORDINATORS = WordClasses.get("subordinators");
    private static final Set<String> VERBS = WordClasses.get("shelter-verbs");

    private final SentenceView view;
    private final List<Lexeme> lx;
    private final CountTypeLexicon lexicon;

    ShelterPlaces(SentenceView view, CountTypeLexicon lexicon) {
        this.view = view;
        this.lx = view.lx;
        this.lexicon = lexicon;
    }

    /** The shelter reading of a figure starting at {@code qStart} whose counted phrase ends at {@code from}: a place after it or one housing it. */
    CountCues.Reading read(int qStart, int from) {
        CountCues.Reading r = after(from);
        return r != null ? r : housedBy(qStart);
    }

    /**
     * "displaced" when a verb of housing right before the figure has a shelter place before it in the sentence:
     * "45 relief camps have been set up, accommodating 3,069 people", "school shelters are housing 900 families".
     */
    private CountCues.Reading housedBy(int qStart) {
        if (qStart < 2 || !VERBS.contains(lx.get(qStart - 1).lower())) return null;
        for (int k = qStart - 2; k >= Math.max(1, qStart - 2 - REACH); k--) {
            String w = lx.get(k).lower();
            if (RELATIVES.contains(w) || SUBORDINATORS.contains(w)) return null;
            boolean site = SITES.contains(w) && SITE_MODIFIERS.contains(lx.get(k - 1).lower());
            if ((NOUNS.contains(w) || site) && !NOT_SHELTER.contains(lx.get(k - 1).lower())) {
                return new CountCues.Reading("displaced", "housed by a shelter place '" + lx.get(k).text() + "'");
            }
        }
        return null;
    }

    /** "displaced" and why when a shelter place follows the counted phrase ending at {@code from}, before any verb cue; else null. */
    private CountCues.Reading after(int from) {
        if (from >= lx.size()) return null;
        int c = view.clause[from];
        String place = null;
        for (int k = from; k < Math.min(lx.size(), from + REACH) && view.clause[k] == c; k++) {
            String w = lx.get(k).lower();
            if (lexicon.afterAt(lx, k) != null) return null;
            if (RELATIVES.contains(w) || SUBORDINATORS.contains(w) || (place != null && w.equals("to"))) break;
            if (place == null && LEADS.contains(w)) {
                int head = placeNoun(k + 1, c);
                if (head > 0) {
                    place = view.text(k, head + 1);
                    k = head;
                }
            }
        }
        return place == null ? null : new CountCues.Reading("displaced", "in a shelter place '" + place + "'");
    }

    /** The place noun of a shelter phrase starting at {@code k} (past hedges, a figure and modifiers), or -1. */
    private int placeNoun(int k, int c) {
        int j = k;
        for (int skipped = 0; j < lx.size() && skipped < 4 && view.clause[j] == c; skipped++) {
            NumberMention m = view.mentionStarting(j);
            if (m != null) j = m.endLexeme();
            else if (SKIPS.contains(lx.get(j).lower())) j++;
            else break;
        }
        boolean siteModifier = false;
        for (int read = 0; j < lx.size() && read <= MODIFIERS && view.clause[j] == c && lx.get(j).isWord(); j++, read++) {
            String w = lx.get(j).lower();
            if (NOT_SHELTER.contains(w)) return -1;
            if (NOUNS.contains(w) || (SITES.contains(w) && siteModifier)) return j;
            siteModifier |= SITE_MODIFIERS.contains(w);
        }
        return -1;
    }
}
