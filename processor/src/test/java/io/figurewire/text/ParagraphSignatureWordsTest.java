package io.figurewire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParagraphSignatureWordsTest {

    /** The character-at-a-time scan that words() replaced (issue 12), kept here as the oracle. */
    static List<String> oldWords(String masked) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '.' || c == '\'') {
                continue;
            }
            if (Character.isLetter(c) || c == '#' || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                word.append(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    @Test
    void dotsAndApostrophesJoinAndOtherCharactersSplit() {
        assertThat(ParagraphSignature.words("U.S. officials don't say; # killed.")).containsExactly("US", "officials", "dont", "say", "#", "killed");
        assertThat(ParagraphSignature.words(" .'. ,")).isEmpty();
        assertThat(ParagraphSignature.words(".a b.")).containsExactly("a", "b");
    }

    @Test
    void agreesWithTheOldScanOnRandomTexts() {
        Random random = new Random(12);
        // letters, the mask, the joining characters, separators, digits, a combining accent, a
        // spacing mark (Devanagari vowel sign), a non-Latin letter and a surrogate pair
        String[] alphabet = {"a", "Z", "é", "#", ".", "'", " ", ",", "-", "7", "\u0301", "\u093e", "\u05d0", "\ud83d\ude00", "\n"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            assertThat(ParagraphSignature.words(text)).as("words of [%s]", text).isEqualTo(oldWords(text));
        }
    }
}
