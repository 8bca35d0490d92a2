package io.edito.preview;

import java.util.List;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A post's CommonMark source as HTML, safely: commonmark-java's {@link HtmlRenderer} with raw HTML escaped
 * ({@code escapeHtml}), links sanitised to http, https and mailto ({@code javascript:}, {@code data:},
 * {@code vbscript:} become empty links), and images shown as their alt text rather than loaded (a calendar must not
 * make the page fetch a tracking pixel).
 */
public final class SafeMarkdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .nodeRendererFactory(ImageAsText::new)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if ("a".equals(tagName)) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private SafeMarkdown() {
    }

    /** {@code markdown} rendered as a node of the page. */
    public static Html.Raw render(String markdown) {
        return new Html.Raw(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /** An image in the source is written as "[image: alt]" text: nothing is fetched. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlWriter html;

        ImageAsText(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof org.commonmark.node.Text t) {
                    alt.append(t.getLiteral());
                }
            }
            html.text("[image: " + alt + "]");
        }
    }
}
