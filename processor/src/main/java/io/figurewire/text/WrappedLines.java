package io.figurewire.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins lines of a hard-wrapped body back into the paragraphs they break: plain-text wires and
 * pasted copy wrap at a fixed width, and a sentence cut across lines would be read as two
 * paragraphs (a figure on one line, what it counts on the next). A line carries the one before
 * it on only when nothing ends that one (no sentence or clause mark, no blank line between) and
 * it starts in lower case: a headline or a new paragraph starts with a capital, a number or a
 * quote, so a conservative rule never joins them.
 */
final class WrappedLines {

    /** Marks after which a line ends what it says, even when the next starts in lower case. */
    private static final String ENDINGS = ".!?:;\"'\u201d\u2019)]\u2026";

    private final List<String> lines = new ArrayList<>();
    private StringBuilder open;

    /** A cleaned, non-blank line, in body order. */
    void add(String line) {
        if (open != null && carriesOn(open, line)) {
            open.append(' ').append(line);
            return;
        }
        close();
        open = new StringBuilder(line);
    }

    /** A blank or dropped line: what is open ends there. */
    void breakHere() {
        close();
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

    private static boolean carriesOn(CharSequence before, String line) {
        char last = before.charAt(before.length() - 1);
        return ENDINGS.indexOf(last) < 0 && Character.isLowerCase(line.codePointAt(0));
    }
}
