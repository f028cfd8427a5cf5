package io.figurewire.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented wire copy for benchmarks and tests, seeded so every run sees the same text: words
 * made of syllables (no real text), paragraphs of 18–40 words with a figure or two, and the
 * ways wire copy repeats itself: exact repeats, copies with a typo after the lead words,
 * re-issues with one figure changed. A quarter of new paragraphs open with one of a few shared
 * formulaic leads, as wire copy does ("At least 12 people were killed ..."): those are the
 * paragraphs that meet under one dedup routing key, the case a candidate scan is quadratic in.
 */
final class SyntheticWire {

    enum Kind { NEW, REPEAT, TYPO, REVISION }

    record Item(Kind kind, String text) {
    }

    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tes", "lan", "vor", "pe", "shu", "dar", "nel", "ib",
        "qua", "zo", "fen", "gri", "hol", "ust", "yam", "bre", "cin", "dol", "ept", "fra", "gom"};

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();
    private final String[] recent;
    private final List<String> leads = new ArrayList<>();
    private int recentCount;

    SyntheticWire(long seed, int recentPool) {
        this.random = new Random(seed);
        this.recent = new String[recentPool];
        for (int i = 0; i < 6000; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(w.toString());
        }
        for (int i = 0; i < 5; i++) {
            // five words and a figure in third place: numbers are masked in the routing key
            leads.add(String.join(" ", word(), word(), "%,d", word(), word(), word()));
        }
    }

    private String word() {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    /** 60% new, 20% exact repeats, 10% typo copies, 10% revisions of a recent paragraph. */
    Item next() {
        int roll = random.nextInt(100);
        if (recentCount == 0 || roll < 60) {
            String text = fresh();
            recent[recentCount++ % recent.length] = text;
            return new Item(Kind.NEW, text);
        }
        String original = recent[random.nextInt(Math.min(recentCount, recent.length))];
        if (roll < 80) {
            return new Item(Kind.REPEAT, original);
        }
        return roll < 90 ? new Item(Kind.TYPO, typo(original)) : new Item(Kind.REVISION, revise(original));
    }

    String fresh() {
        int words = 18 + random.nextInt(23);
        StringBuilder p = new StringBuilder();
        int figureAt = 3 + random.nextInt(words - 4);
        int first = 0;
        if (random.nextInt(4) == 0) {
            String lead = leads.get(random.nextInt(leads.size()));
            p.append(String.format(Locale.ROOT, lead, 2 + random.nextInt(500)));
            first = 6;
        }
        for (int i = first; i < words; i++) {
            if (i > 0) {
                p.append(' ');
            }
            String w = word();
            p.append(i == 0 ? w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1) : w);
            if (i == figureAt) {
                p.append(' ').append(String.format(Locale.ROOT, "%,d", 10 + random.nextInt(90_000)));
            }
        }
        return p.append('.').toString();
    }

    /**
     * A paragraph of {@code words} invented words and no figure at all, drawn with {@code r}: the
     * narrative padding of a generated article, which must never add a claim to the table.
     */
    String narrative(Random r, int words) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = vocabulary.get(r.nextInt(vocabulary.size()));
            p.append(i == 0 ? w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1) : w);
            p.append(i == words - 1 ? "." : i % 9 == 8 ? ", " : " ");
        }
        return p.toString();
    }

    /** One letter dropped from a word after the sixth, where the routing key does not look. */
    String typo(String text) {
        String[] words = text.split(" ");
        for (int tries = 0; tries < 20; tries++) {
            int i = 6 + random.nextInt(words.length - 6);
            if (words[i].length() >= 4 && Character.isLetter(words[i].charAt(0))) {
                int at = 1 + random.nextInt(words[i].length() - 2);
                words[i] = words[i].substring(0, at) + words[i].substring(at + 1);
                return String.join(" ", words);
            }
        }
        return text;
    }

    /** The first figure changed, as a re-issued story with an updated count. */
    String revise(String text) {
        return text.replaceFirst("\\d[\\d,]*", String.format(Locale.ROOT, "%,d", 100_000 + random.nextInt(900_000)));
    }
}
