package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Air India", "Jeju Air", "Qatar Airways": a place named inside an airline's name says nothing
 * of where its aircraft came down, so {@link Gazetteer#find} drops it (a curated country
 * included, which the longer-name rule lets through). "Sweden Air Force" and "Bergen Air Base"
 * name a force or a site, not a carrier: their place stays.
 */
final class CarrierNames {

    private static final Set<String> OPENERS = WordClasses.get("carrier-openers");
    private static final Set<String> CLOSERS = WordClasses.get("carrier-closers");
    private static final Set<String> AIR_FACILITIES = WordClasses.get("air-facility-words");

    private CarrierNames() {
    }

    /** The hits without those inside a carrier's name; the same list when there are none. */
    static List<Gazetteer.Hit> without(List<Lexeme> lx, List<Gazetteer.Hit> hits) {
        List<Gazetteer.Hit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            Gazetteer.Hit h = hits.get(i);
            boolean carrier = h.place() != null && inCarrierName(lx, h);
            if (carrier && out == null) out = new ArrayList<>(hits.subList(0, i));
            if (!carrier && out != null) out.add(h);
        }
        return out == null ? hits : out;
    }

    static boolean inCarrierName(List<Lexeme> lx, Gazetteer.Hit h) {
        int before = h.first() - 1;
        if (before >= 0 && carrierWord(lx.get(before), OPENERS)) return true;
        int after = h.end();
        if (after >= lx.size() || !carrierWord(lx.get(after), CLOSERS)) return false;
        return after + 1 >= lx.size() || !carrierWord(lx.get(after + 1), AIR_FACILITIES);
    }

    private static boolean carrierWord(Lexeme l, Set<String> words) {
        return l.isWord() && l.isCapitalized() && words.contains(l.lower());
    }
}
