package io.figurewire.extract;

import java.util.List;

/**
 * What a counted noun gives way to ({@code yieldsTo} in count-types.json): the fate the sentence
 * states after it. "Four hostages were released" counts releases; "3,000 flood-affected families are
 * sheltering in schools" and "6,759 survivors take shelter in relief camps" count the displaced, as
 * the agencies running the shelters do: "affected" and "survivors" only say the people were in the
 * event, the verb or the shelter says what became of them. A fate word used as a modifier ("affected
 * families") yields past the people noun it describes.
 */
final class NounYields {

    private final List<Lexeme> lx;
    private final CountTypeLexicon lexicon;
    private final ShelterPlaces shelters;

    NounYields(SentenceView view, CountTypeLexicon lexicon, ShelterPlaces shelters) {
        this.lx = view.lx;
        this.lexicon = lexicon;
        this.shelters = shelters;
    }

    /**
     * The type the counted noun {@code noun} ending at {@code nounEnd} yields to, with what decided
     * it ("followed by 'were released'"), or null when it keeps its own.
     */
    CountCues.Reading after(CountTypeLexicon.Cue noun, int qStart, int nounEnd, int stop) {
        String nounType = noun.countType();
        CountTypeLexicon.Cue verb = lexicon.yieldingVerbAfter(noun, lx, nounEnd, stop);
        int end = nounEnd < stop && nounEnd < lx.size() && lexicon.isPeopleNoun(lx.get(nounEnd).lower()) ? nounEnd + 1 : nounEnd;
        if (verb == null && end > nounEnd) verb = lexicon.yieldingVerbAfter(noun, lx, end, stop);
        if (verb != null) return new CountCues.Reading(verb.countType(), verb.followedBy());
        if (!lexicon.yields(nounType, "displaced")) return null;
        return shelters.read(qStart, end);
    }
}
