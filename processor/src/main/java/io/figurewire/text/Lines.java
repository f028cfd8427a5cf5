package io.figurewire.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A body split into lines by hand, on the same breaks as {@code \R} (CR LF, LF, CR, VT, FF,
 * NEL, U+2028, U+2029), so counting and splitting cost one pass whatever the input.
 */
final class Lines {

    private Lines() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isBreak(c)) {
                i++;
                continue;
            }
            out.add(text.substring(start, i));
            i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
            start = i;
        }
        out.add(text.substring(start));
        return out;
    }

    /** Lines with something other than whitespace, counting stops once past {@code atMost}. */
    static int countNonBlank(String text, int atMost) {
        int n = 0;
        boolean content = false;
        for (int i = 0; i < text.length() && n <= atMost; i++) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                n += content ? 1 : 0;
                content = false;
            } else if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u2007' && c != '\u202f') {
                content = true;
            }
        }
        return n + (content ? 1 : 0);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
