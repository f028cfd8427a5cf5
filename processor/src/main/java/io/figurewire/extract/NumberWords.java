package io.figurewire.extract;

import java.util.Map;

/** The English number vocabulary: spelled-out cardinals, scale words and ordinals. */
final class NumberWords {

    private NumberWords() {
    }

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("naught", 0), Map.entry("nought", 0), Map.entry("nil", 0),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));

    static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
            "eighty", 80, "ninety", 90);

    /** Scale words; the plural counts too ("three billions", "two dozens"). */
    static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("dozen", 12.0),
            Map.entry("lakh", 1e5), Map.entry("lac", 1e5), Map.entry("lkh", 1e5),
            Map.entry("crore", 1e7), Map.entry("cr", 1e7), Map.entry("koti", 1e7), Map.entry("krore", 1e7),
            Map.entry("kr", 1e7));

    /** Suffixes glued to digits, or after one space: "10k", "3.5bn", "1.2M", "2.33 k". Lowercase "m" is metres. */
    static Double suffix(String raw) {
        switch (raw) {
            case "k": case "K": return 1e3;
            case "M": case "mn": case "mln": case "Mn": return 1e6;
            case "b": case "B": case "bn": case "Bn": case "BN": case "G": return 1e9;
            case "tn": case "trn": case "T": return 1e12;
            default: return null;
        }
    }

    /** A scale word of a thousand and above written whole ("million", "lakh", not "cr"), glued to digits: "1.2million". */
    static Double gluedScale(String lower) {
        Double v = SCALES.get(lower);
        return v != null && v >= 1e3 && lower.length() >= 4 ? v : null;
    }

    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("twentieth", 20), Map.entry("hundredth", 100), Map.entry("thousandth", 1000));

    /** Plural scale words that, without a number before them, are vague: "hundreds of people". */
    static final Map<String, Double> VAGUE = Map.of(
            "dozens", 12.0, "scores", 20.0, "hundreds", 100.0, "thousands", 1e3, "millions", 1e6,
            "billions", 1e9, "tens", 10.0);

    static Double scale(String lower) {
        Double v = SCALES.get(lower);
        if (v == null && lower.endsWith("s") && lower.length() > 2) v = SCALES.get(lower.substring(0, lower.length() - 1));
        return v;
    }

    static Integer unitOrTeen(String lower) {
        return SMALL.get(lower);
    }
}
