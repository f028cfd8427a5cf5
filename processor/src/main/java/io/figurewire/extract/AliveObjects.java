package io.figurewire.extract;

import java.util.List;
import java.util.Set;

/**
 * "The landslide buried more than 2,000 people alive", "burned 30 villagers alive": the fate is split
 * around its people object, the verb before the figure and "alive" after the counted people. Wires
 * count those buried or burned alive among the dead (as "buried alive" after them is), so the figure
 * is a toll. Only people: "buried 30 homes" stays the destroyed buildings of the verb's own cue.
 */
final class AliveObjects {

    private static final Set<String> VERBS = WordClasses.get("alive-object-verbs");

    private AliveObjects() {
    }

    /** The toll reading of a figure from {@code qStart} whose counted people end at {@code nounEnd}, or null. */
    static CountCues.Reading read(List<Lexeme> lx, int qStart, int nounEnd) {
        if (qStart < 1 || nounEnd >= lx.size() || !lx.get(nounEnd).is("alive")) return null;
        Lexeme verb = lx.get(qStart - 1);
        return VERBS.contains(verb.lower()) ? new CountCues.Reading("killed", "object of '" + verb.text() + "' ... 'alive'") : null;
    }
}
