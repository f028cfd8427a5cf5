package io.figurewire.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.text.CrossArticleDedup.Outcome;
import io.figurewire.text.CrossArticleDedup.Sighting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The candidate lookup must find everything the old scan over a routing key found: the same
 * verdict for every paragraph of a wire full of shared openings, typo copies (up to the typo
 * budget), split and merged words and revisions, while handing over only a few candidates.
 */
class CandidateLookupTest {

    static final String[] SYLLABLES = {"ka", "ro", "mi", "tes", "lan", "vor", "pe", "shu", "dar", "nel", "ib", "qua"};

    final Random random = new Random(20261201);
    final List<String> vocabulary = new ArrayList<>();
    final List<String> leads = new ArrayList<>();

    CandidateLookupTest() {
        for (int i = 0; i < 400; i++) {
            vocabulary.add(word(2 + random.nextInt(3)));
        }
        for (int i = 0; i < 3; i++) {
            leads.add("At least " + (i + 2) + " " + pick() + " were " + pick());
        }
    }

    @Test
    void theLookupGivesTheScansVerdictOnEveryParagraph() {
        Map<String, List<Sighting>> scanned = new HashMap<>();
        SightingIndex index = new SightingIndex();
        List<String> kept = new ArrayList<>();
        Map<Outcome, Integer> outcomes = new HashMap<>();
        int maxCandidates = 0;
        for (int i = 0; i < 4000; i++) {
            String text = kept.isEmpty() || random.nextInt(3) == 0 ? fresh() : variant(kept.get(random.nextInt(kept.size())));
            ParagraphSignature s = ParagraphSignature.of(text);
            List<Sighting> sameKey = scanned.computeIfAbsent(s.nearKey(), k -> new ArrayList<>());
            List<Sighting> candidates = index.candidates(s.nearKey(), s);
            CrossArticleDedup.Verdict byScan = CrossArticleDedup.judge(s, sameKey);
            CrossArticleDedup.Verdict byLookup = CrossArticleDedup.judge(s, candidates);
            assertThat(byLookup.outcome()).as("paragraph %d: %s", i, text).isEqualTo(byScan.outcome());
            if (byScan.outcome() == Outcome.NEW) {
                assertThat(byLookup.of()).isNull();
            }
            outcomes.merge(byScan.outcome(), 1, Integer::sum);
            maxCandidates = Math.max(maxCandidates, candidates.size());
            if (byScan.kept()) {
                Sighting sighting = Sighting.of(s, "a" + i, 0);
                sameKey.add(sighting);
                index.remember(s.nearKey(), s, sighting);
                kept.add(text);
            }
        }
        // every kind of verdict occurred, and hundreds of paragraphs shared each opening
        assertThat(outcomes).containsKeys(Outcome.NEW, Outcome.DUPLICATE, Outcome.REVISION);
        assertThat(scanned.values().stream().mapToInt(List::size).max().orElse(0)).isGreaterThan(300);
        assertThat(maxCandidates).isLessThan(40);
    }

    @Test
    void unrelatedParagraphsWithOneOpeningAreNotCandidates() {
        SightingIndex index = new SightingIndex();
        String lead = leads.get(0);
        for (int i = 0; i < 1000; i++) {
            String text = lead + " " + body(20 + random.nextInt(15));
            ParagraphSignature s = ParagraphSignature.of(text);
            index.remember(s.nearKey(), s, Sighting.of(s, "a" + i, 0));
        }
        ParagraphSignature fresh = ParagraphSignature.of(lead + " " + body(30));
        assertThat(index.candidates(fresh.nearKey(), fresh)).hasSizeLessThan(5);
    }

    @Test
    void aSplitWordATyposAndARevisionAreFoundUnderASharedOpening() {
        SightingIndex index = new SightingIndex();
        String lead = leads.get(1);
        String original = lead + " in the ceasefire zone " + body(24) + " on Sunday";
        for (int i = 0; i < 200; i++) {
            remember(index, lead + " " + body(25 + random.nextInt(8)), "other" + i);
        }
        remember(index, original, "first");
        assertThat(verdict(index, original.replace("ceasefire", "cease fire"))).isEqualTo(Outcome.DUPLICATE);
        assertThat(verdict(index, original.replace("Sunday", "Sundy"))).isEqualTo(Outcome.DUPLICATE);
        assertThat(verdict(index, original.replace("At least 3 ", "At least 9 "))).isEqualTo(Outcome.REVISION);
        assertThat(verdict(index, original)).isEqualTo(Outcome.DUPLICATE);
        assertThat(verdict(index, original.replace("ceasefire", "frontline"))).isEqualTo(Outcome.NEW);
    }

    static void remember(SightingIndex index, String text, String id) {
        ParagraphSignature s = ParagraphSignature.of(text);
        index.remember(s.nearKey(), s, Sighting.of(s, id, 0));
    }

    static Outcome verdict(SightingIndex index, String text) {
        ParagraphSignature s = ParagraphSignature.of(text);
        return CrossArticleDedup.judge(s, index.candidates(s.nearKey(), s)).outcome();
    }

    String fresh() {
        int words = random.nextInt(10) == 0 ? 3 + random.nextInt(8) : 14 + random.nextInt(30);
        String body = body(words);
        return random.nextInt(3) > 0 ? leads.get(random.nextInt(leads.size())) + " " + body : body;
    }

    /** A copy as the wire makes them: exact, re-punctuated, typoed, split or merged, or revised. */
    String variant(String text) {
        String[] w = text.split(" ");
        int at = Math.min(w.length - 1, 6 + random.nextInt(Math.max(1, w.length - 6)));
        return switch (random.nextInt(7)) {
            case 0 -> text;
            case 1 -> text.toUpperCase(Locale.ROOT).replace(" ", "  ");
            case 2 -> typos(w, 1 + random.nextInt(4));
            case 3 -> join(w, at, w[at].length() > 3 ? w[at].substring(0, 2) + " " + w[at].substring(2) : w[at]);
            case 4 -> at + 1 < w.length ? join(w, at, w[at] + w[at + 1], at + 1) : text;
            case 5 -> text + " " + (10 + random.nextInt(900));
            default -> join(w, at, w[at] + " " + (10 + random.nextInt(90)));
        };
    }

    String typos(String[] words, int count) {
        String[] w = words.clone();
        for (int t = 0; t < count && w.length > 6; t++) {
            int i = 6 + random.nextInt(w.length - 6);
            if (w[i].length() > 2 && Character.isLetter(w[i].charAt(1))) {
                w[i] = random.nextBoolean() ? w[i].charAt(0) + w[i].substring(2) : w[i].charAt(1) + "" + w[i].charAt(0) + w[i].substring(2);
            }
        }
        return String.join(" ", w);
    }

    static String join(String[] w, int at, String replacement, int... removed) {
        List<String> out = new ArrayList<>(Arrays.asList(w));
        out.set(at, replacement);
        for (int r : removed) {
            out.remove(r);
        }
        return String.join(" ", out);
    }

    String body(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(pick());
        }
        return b.toString();
    }

    String pick() {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    String word(int syllables) {
        StringBuilder w = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }
}
