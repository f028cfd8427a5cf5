package io.figurewire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cue phrases against lexemes: hyphenated cue words match word, dash, word; a phrase ends where its last part is. */
class PhrasesTest {

    private static List<Lexeme> lx(String s) {
        return Lexer.lex(s);
    }

    @Test
    void plainWordsMatchInOrderAndReportTheirLength() {
        assertThat(Phrases.matchLength(lx("more than 200 people"), 0, Phrases.words("more than"))).isEqualTo(2);
        assertThat(Phrases.matchLength(lx("more then 200"), 0, Phrases.words("more than"))).isEqualTo(-1);
        assertThat(Phrases.matchLength(lx("more"), 0, Phrases.words("more than"))).isEqualTo(-1);
    }

    @Test
    void aHyphenatedCueWordMatchesAnyDashBetweenItsParts() {
        String[] cue = Phrases.words("the hamas-run health ministry");
        assertThat(Phrases.matchLength(lx("the Hamas-run health ministry said"), 0, cue)).isEqualTo(6);
        assertThat(Phrases.matchLength(lx("the Hamas\u2013run health ministry"), 0, cue)).isEqualTo(6);
        assertThat(Phrases.matchLength(lx("the Hamas run health ministry"), 0, cue)).isEqualTo(-1);
        assertThat(Phrases.matchLength(lx("the Hamas-"), 0, cue)).isEqualTo(-1);
        // a trailing hyphen adds no part (as String.split drops trailing empty strings); a doubled one needs an empty word
        assertThat(Phrases.matchLength(lx("well known"), 0, Phrases.words("well-"))).isEqualTo(1);
        assertThat(Phrases.matchLength(lx("a - - b"), 0, Phrases.words("a--b"))).isEqualTo(-1);
    }

    @Test
    void startEndingAtFindsThePhraseRightBeforeTheFigure() {
        List<Lexeme> s = lx("the toll rose to more than 200");
        assertThat(Phrases.startEndingAt(s, 6, Phrases.words("more than"))).isEqualTo(4);
        assertThat(Phrases.startEndingAt(s, 5, Phrases.words("more than"))).isEqualTo(-1);
        assertThat(Phrases.startEndingAt(s, 6, Phrases.words("than"))).isEqualTo(5);
        assertThat(Phrases.startEndingAt(s, 0, Phrases.words("the"))).isEqualTo(-1);
        assertThat(Phrases.startEndingAt(s, 99, Phrases.words("200"))).isEqualTo(-1);
        List<Lexeme> h = lx("an Israeli-led count of 30");
        assertThat(Phrases.startEndingAt(h, 6, Phrases.words("israeli-led count of"))).isEqualTo(1);
        assertThat(Phrases.startEndingAt(h, 5, Phrases.words("israeli-led count"))).isEqualTo(1);
        assertThat(Phrases.startEndingAt(h, 4, Phrases.words("israeli-led"))).isEqualTo(1);
        assertThat(Phrases.startEndingAt(h, 3, Phrases.words("israeli-led"))).isEqualTo(-1);
    }
}
