package io.figurewire.text;

import java.util.regex.Pattern;
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

    private static final Pattern HTML_HINT = Pattern.compile(
            "<(p|div|br|article|section|span|a|h[1-6]|li|html|body|figure|figcaption)(\\s[^>]{0,500})?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final String NOT_TEXT = "script, style, noscript, nav, aside, header, footer, form, iframe, svg, button, template";

    private HtmlText() {
    }

    static boolean looksLikeHtml(String body) {
        return body.indexOf('<') >= 0 && HTML_HINT.matcher(body).find();
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
