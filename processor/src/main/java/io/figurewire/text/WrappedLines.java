package io.figurewire.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins lines of a hard-wrapped body back into the paragraphs they break: plain-text wires and
 * pasted copy wrap at a fixed width, and a sentence cut across lines would be read as two
 * paragraphs (a figure on one line, what it counts on the next). A line carries the one before
 * it on only when that one runs to a wrap width (a byline, a headline or a credit is short),
 * nothing ends it (no sentence or clause mark), the two are adjacent story lines (no blank or
 * removed line between), and the line starts in lower case: a headline or a new paragraph
 * starts with a capital, a number or a quote, so this conservative rule never joins them.
 */
final class WrappedLines {

    /** Marks after which a line ends what it says, even when the next starts in lower case. */
    private static final String ENDINGS = ".!?:;\"'\u201d\u2019)]\u2026";
    /** Narrower than any fixed wrap width seen on wires (60-80 columns), wider than bylines and credits. */
    static final int MIN_WRAPPED_WIDTH = 45;

    private final List<String> lines = new ArrayList<>();
    private StringBuilder open;
    private String lastPhysical;

    /** A kept story line, in body order. */
    void add(String line) {
        if (open != null && carriesOn(lastPhysical, line)) {
            open.append(' ').append(line);
        } else {
            close();
            open = new StringBuilder(line);
        }
        lastPhysical = line;
    }

    /** A blank, dropped or boilerplate line: what is open ends there. */
    void breakHere() {
        close();
    }

    /** Whether no story line was kept yet. */
    boolean isEmpty() {
        return open == null && lines.isEmpty();
    }

    List<String> lines() {
        close();
        return lines;
    }

    private void close() {
        if (open != null) {
            lines.add(open.toString());
            open = null;
        }
    }

    private static boolean carriesOn(String before, String line) {
        char last = before.charAt(before.length() - 1);
        return before.length() >= MIN_WRAPPED_WIDTH && ENDINGS.indexOf(last) < 0
                && Character.isLowerCase(line.codePointAt(0));
    }
}
