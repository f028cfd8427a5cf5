package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * A count of places or buildings right after a setting preposition names where an event happened,
 * not what befell them: "the shootings at two mosques", "the raids on three villages". It is a side
 * count ({@code other}); it neither counts damage nor parts a tally from its figure ("the death toll
 * from the shootings at two mosques has climbed to 50"). People are never a site ("at 126 people").
 */
final class SiteFigures {

    private static final Set<String> SITE_PREPS = WordClasses.get("site-preps");
    /** Camps and shelters house people ("9.8 lakh people in over 1,500 camps"): {@link ShelterPlaces} reads them. */
    private static final Set<String> SHELTERS = WordClasses.get("shelter-nouns");
    private static final Set<String> SHELTER_SITES = WordClasses.get("shelter-sites");

    private SiteFigures() {
    }

    /**
     * Marks {@code f} a site and returns the reason, or returns null.
     *
     * @param nounType the type of the counted noun after the figure, or null when none is known
     * @param unknownNoun whether an unknown word (not people) follows the figure
     */
    static String read(List<Lexeme> lx, CountTypeLexicon lex, Finding f, String nounType, boolean unknownNoun) {
        if (f.kind != ClaimKind.COUNT || f.qStart < 1 || !SITE_PREPS.contains(lx.get(f.qStart - 1).lower())) return null;
        // an unknown word must look like a plural noun: "at four markets", not "at 7.4 near the town"
        boolean place = nounType != null ? lex.countsThings(nounType) || "other".equals(nounType)
                : unknownNoun && f.end < lx.size() && plainPlural(lx.get(f.end).lower());
        if (!place) return null;
        f.countType = "other";
        f.site = true;
        return "the site of the event after '" + lx.get(f.qStart - 1).text() + "': a side count, not a fate";
    }

    private static boolean plainPlural(String w) {
        return w.endsWith("s") && !SHELTERS.contains(w) && !SHELTER_SITES.contains(w);
    }
}
