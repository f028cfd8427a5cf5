package io.figurewire.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The qualifier cues of qualifier-cues.json: well formed, ordered so every cue can match, and read as before. */
class QualifierCuesTest {

    @Test
    void cuesAreLowerCaseAndUnique() {
        List<Map.Entry<String, Qualifier>> cues = QualifierReader.beforeCues();
        assertThat(cues).hasSizeGreaterThan(40);
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Qualifier> c : cues) {
            assertThat(c.getKey()).isEqualTo(c.getKey().toLowerCase(Locale.ROOT));
            assertThat(seen.add(c.getKey())).as("'%s' twice", c.getKey()).isTrue();
        }
    }

    @Test
    void noCueIsHiddenByAShorterCueBeforeIt() {
        // the first cue that ends before a figure wins: "more than" listed before "no more than" would hide it
        List<Map.Entry<String, Qualifier>> cues = QualifierReader.beforeCues();
        for (int later = 0; later < cues.size(); later++) {
            List<String> longer = Arrays.asList(cues.get(later).getKey().split(" "));
            for (int earlier = 0; earlier < later; earlier++) {
                List<String> shorter = Arrays.asList(cues.get(earlier).getKey().split(" "));
                boolean endsWith = shorter.size() < longer.size()
                        && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
                assertThat(endsWith).as("'%s' hides the later '%s'", cues.get(earlier).getKey(), cues.get(later).getKey())
                        .isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no more than 40 | 40 | UP_TO",
            "more than 40 | 40 | MORE_THAN",
            "an estimated 40 | 40 | ABOUT",
            "the toll climbed past 200 | 200 | MORE_THAN",
            "in the past 24 hours | 24 | EXACT",
            "they handed over 11 hostages | 11 | EXACT",
            "a crowd of over 11 people | 11 | MORE_THAN"})
    void cuesReadTheWordsBeforeAFigure(String text, String figure, Qualifier expected) {
        List<Lexeme> lx = Lexer.lex(text);
        int at = 0;
        while (!lx.get(at).text().equals(figure)) at++;
        assertThat(QualifierReader.before(lx, at).qualifier()).isEqualTo(expected);
    }
}
