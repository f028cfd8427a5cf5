package io.figurewire.text;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML article bodies to plain text with one paragraph per line. Scripts, styles, navigation,
 * asides, headers, footers and forms are not article text and are dropped before reading.
 */
final class HtmlText {

    /** Tags whose presence makes a body HTML; an article body with "a < b" is not. */
    private static final Set<String> HINT_TAGS = Set.of("p", "div", "br", "article", "section", "span", "a",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "html", "body", "figure", "figcaption");
    private static final int LONGEST_HINT_TAG = 10;
    private static final int MAX_ATTRIBUTES_CHARS = 500;
    private static final String NOT_TEXT = "script, style, noscript, nav, aside, header, footer, form, iframe, svg, button, template";

    private HtmlText() {
    }

    /**
     * An opening tag from {@link #HINT_TAGS}: {@code <p>}, {@code <br/>}, {@code <div class=x>}. A
     * plain scan in linear time: the regex it replaces tried up to 500 characters of attributes at
     * every '<', which is quadratic on a body full of "<p ".
     */
    static boolean looksLikeHtml(String body) {
        int gt = -1;
        for (int lt = body.indexOf('<'); lt >= 0; lt = body.indexOf('<', lt + 1)) {
            int end = lt + 1;
            while (end < body.length() && end - lt <= LONGEST_HINT_TAG && Character.isLetterOrDigit(body.charAt(end))) {
                end++;
            }
            if (end == body.length() || !HINT_TAGS.contains(body.substring(lt + 1, end).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (gt < end) {
                gt = body.indexOf('>', end); // only moves forward: the whole scan stays linear
                if (gt < 0) {
                    return false;
                }
            }
            char next = body.charAt(end);
            boolean closes = next == '>' || (next == '/' && gt == end + 1);
            if (closes || (Character.isWhitespace(next) && gt - end <= MAX_ATTRIBUTES_CHARS)) {
                return true;
            }
        }
        return false;
    }

    static String toPlainText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(NOT_TEXT).remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && (e.isBlock() || "br".equals(e.normalName()))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return out.toString();
    }
}
