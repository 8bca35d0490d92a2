package io.edito.text;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * CommonMark source to the plain text a social network shows (networks render no Markdown):
 * <ul>
 * <li>emphasis and strong markers are removed; code spans and code blocks keep their text;</li>
 * <li>{@code [label](url)} becomes {@code label url}; an autolink, or a link whose label is its URL, becomes the URL
 *     alone; images are media, not text, and are left out;</li>
 * <li>headings (without {@code #}), paragraphs and line breaks stay lines: blocks are separated by a blank line, the
 *     author's single line breaks are kept (a network shows them);</li>
 * <li>list items keep their marker ({@code - }, {@code 1. }), nested items are indented, a block quote keeps
 *     {@code > };</li>
 * <li>raw HTML is kept as literal text, never interpreted; link reference definitions are left out;</li>
 * <li>a URL written bare is shown exactly as written: emphasis, escapes and entities never change it
 *     ({@link MarkdownUrls}).</li>
 * </ul>
 * The output is NFC-normalised and deterministic. {@link #renderMapped} also tells, for each displayed character,
 * where it comes from in the source.
 */
public final class NetworkText {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** Without source spans: faster, for {@link #render}, which needs no mapping. */
    private static final Parser PLAIN_PARSER = Parser.builder().build();
    /** How far ahead a literal character is looked for in its source (escapes, entities). */
    private static final int ALIGN_WINDOW = 12;

    private NetworkText() {
    }

    /** The displayed text of {@code markdown}. */
    public static String render(String markdown) {
        MarkdownUrls.Protected safe = MarkdownUrls.protect(markdown, PARSER);
        String source = safe == null ? markdown : safe.text();
        Node doc = PLAIN_PARSER.parse(source);
        Renderer r = new Renderer(source);
        doc.accept(r);
        return r.finish().text();
    }

    /** The displayed text of {@code markdown} with the source offset of each character. */
    public static DisplayedText renderMapped(String markdown) {
        // the scans below read an array: under C1, String.charAt on a text above U+00FF costs a call per char
        char[] chars = markdown.toCharArray();
        if (isPlain(chars, false)) {
            DisplayedText shown = DisplayedText.plain(markdown, chars);
            if (shown != null) {
                return shown;
            }
            Renderer r = new Renderer(markdown);
            r.plain(chars, null);
            return r.finish();
        }
        int[] strong = strongOnly(chars);
        if (strong != null) {
            Renderer r = new Renderer(markdown);
            r.plain(chars, strong);
            return r.finish();
        }
        return parsed(markdown);
    }

    /** {@link #renderMapped} through CommonMark's parser, whatever the text holds. */
    static DisplayedText parsed(String markdown) {
        MarkdownUrls.Protected safe = MarkdownUrls.protect(markdown, PARSER);
        String source = safe == null ? markdown : safe.text();
        Node doc = PARSER.parse(source);
        Renderer r = new Renderer(source);
        doc.accept(r);
        return safe == null ? r.finish() : safe.remap(r.finish());
    }

    /**
     * Whether {@code markdown} holds nothing CommonMark would read as syntax, so that it is displayed as written
     * (paragraphs and line breaks as they are): no character that starts or ends an inline ({@code \ ` * [ ] < > ~},
     * a {@code _} unless between two letters or digits, a {@code &} followed by a {@code ;} in the same word), no
     * control character but line feeds, no blank space at either end of a line, no blank line run longer than
     * one, no line starting with what starts a block ({@code - + =} or a digit run followed by {@code .} or
     * {@code )}, a {@code #} run followed by a blank or nothing). Most posts are plain; parsing them with source spans
     * was a tenth of a check. {@code NetworkTextTest} compares both paths on generated texts.
     */
    static boolean isPlain(String s) {
        return isPlain(s.toCharArray(), false);
    }

    /**
     * Where a text's only Markdown is strong emphasis written {@code **...**} on one line, the start of each
     * {@code **}, in order (opener, closer, opener...); null for any other text. Accepted only where CommonMark can
     * read the pair one way: each run is exactly two asterisks; an opener follows a line start or a space and is
     * followed by a non-blank character (it can open, never close), a closer follows a non-blank character and is
     * followed by a line end, a space or one of {@code . , ; : ! ?} that a line end or a space follows (it can close,
     * never open); they alternate, each pair on one line with something between; the pair holds no {@code ://} and no
     * dot before a letter or digit (no URL in it: {@link MarkdownUrls} keeps those as written); the rest of the text is
     * {@link #isPlain plain}. Generated posts put a hook in bold on most texts; parsing them was 7 % of a check.
     * {@code NetworkTextTest} compares with the parser on generated texts.
     */
    static int[] strongOnly(String s) {
        return strongOnly(s.toCharArray());
    }

    /** {@link #strongOnly(String)} of the text whose chars are {@code s}. */
    private static int[] strongOnly(char[] s) {
        int n = s.length;
        if (!holdsTwoStars(s)) {
            return null;
        }
        int[] at = new int[8];
        int count = 0;
        int open = -1;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (c == '\n') {
                if (open >= 0) {
                    return null;
                }
                continue;
            }
            if (open >= 0 && (c == '.' && i + 1 < n && CharKinds.isLetterOrDigit(s[i + 1])
                    || c == ':' && i + 2 < n && s[i + 1] == '/' && s[i + 2] == '/')) {
                return null;
            }
            if (c != '*') {
                continue;
            }
            if (i + 1 >= n || s[i + 1] != '*' || i + 2 < n && s[i + 2] == '*') {
                return null;
            }
            char before = i == 0 ? '\n' : s[i - 1];
            char after = i + 2 < n ? s[i + 2] : '\n';
            if (open < 0) {
                if (before != '\n' && before != ' ' || after == '\n' || blank(after)) {
                    return null;
                }
                open = i;
            } else {
                if (i == open + 2 || blank(before) || before == '\n') {
                    return null;
                }
                if (after != '\n' && after != ' ') {
                    if (".,;:!?".indexOf(after) < 0) {
                        return null;
                    }
                    char next = i + 3 < n ? s[i + 3] : '\n';
                    if (next != '\n' && next != ' ') {
                        return null;
                    }
                }
                open = -1;
            }
            if (count == at.length) {
                at = java.util.Arrays.copyOf(at, count * 2);
            }
            at[count++] = i;
            i++;
        }
        if (open >= 0 || !isPlain(s, true)) {
            return null;
        }
        return java.util.Arrays.copyOf(at, count);
    }

    private static boolean holdsTwoStars(char[] s) {
        for (int i = 0; i + 1 < s.length; i++) {
            if (s[i] == '*' && s[i + 1] == '*') {
                return true;
            }
        }
        return false;
    }

    /** CommonMark's Unicode white space (Zs, tab, line feed, form feed, carriage return) and controls. */
    private static boolean blank(char c) {
        return c <= ' ' || Character.getType(c) == Character.SPACE_SEPARATOR || c == 0x7f;
    }

    /**
     * The ASCII characters {@link #isPlain(char[], boolean)} looks at (its cases): a table read per char rather than a
     * switch.
     */
    private static final boolean[] LOOKED_AT = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            LOOKED_AT[c] = c < 0x20 || c == 0x7f || "*\\`[]<>~_&".indexOf(c) >= 0;
        }
    }

    /** {@link #isPlain(String)}; with {@code starsChecked}, asterisks are let through ({@link #strongOnly} checked them). */
    private static boolean isPlain(char[] s, boolean starsChecked) {
        int n = s.length;
        if (n == 0 || s[0] == '\n') {
            return false;
        }
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (lineStart) {
                lineStart = false;
                if (c == '-' || c == '+' || c == '=' || c == ' ') {
                    return false;
                }
                if (c == '#') {
                    int j = i;
                    while (j < n && s[j] == '#') {
                        j++;
                    }
                    if (j == n || s[j] == ' ' || s[j] == '\n') {
                        return false;
                    }
                } else if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < n && s[j] >= '0' && s[j] <= '9') {
                        j++;
                    }
                    if (j < n && (s[j] == '.' || s[j] == ')')) {
                        return false;
                    }
                }
            }
            if (c >= 0x80 || !LOOKED_AT[c]) {
                continue; // nothing to look at: the default case below lets it through
            }
            switch (c) {
                case '*' -> {
                    if (!starsChecked) {
                        return false;
                    }
                }
                case '\\', '`', '[', ']', '<', '>', '~' -> {
                    return false;
                }
                case '_' -> {
                    // between two letters or digits (utm_source) a '_' can neither open nor close emphasis
                    if (i == 0 || i + 1 >= n || !CharKinds.isLetterOrDigit(s[i - 1])
                            || !CharKinds.isLetterOrDigit(s[i + 1])) {
                        return false;
                    }
                }
                case '&' -> {
                    // an entity (&amp; &#233;) ends with ';' before any blank: a '&' of a query string has none
                    for (int j = i + 1; j < n && j <= i + 40 && !Character.isWhitespace(s[j]); j++) {
                        if (s[j] == ';') {
                            return false;
                        }
                    }
                }
                case '\n' -> {
                    if (s[i - 1] == ' ' || i + 1 < n && s[i + 1] == ' '
                            || i + 2 < n && s[i + 1] == '\n' && s[i + 2] == '\n') {
                        return false;
                    }
                    lineStart = true;
                }
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        return false;
                    }
                }
            }
        }
        return s[n - 1] != ' ';
    }

    private static final class Renderer extends AbstractVisitor {
        private final String src;
        private final StringBuilder out = new StringBuilder();
        private int[] map = new int[64];
        private final Deque<String> prefixes = new ArrayDeque<>();
        private String prefix = "";

        Renderer(String src) {
            this.src = src;
        }

        // ---- output with provenance ----

        private void put(char c, int sourceIndex) {
            if (out.length() == map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2);
            }
            map[out.length()] = Math.max(0, Math.min(sourceIndex, src.length()));
            out.append(c);
        }

        private void synthetic(String s, int sourceIndex) {
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i), sourceIndex);
            }
        }

        /** Appends {@code literal}, each char mapped to its source inside {@code [from, to)}. */
        private void literal(String literal, int from, int to) {
            int[] origin = align(literal, from, to);
            for (int k = 0; k < literal.length(); k++) {
                put(literal.charAt(k), origin[k]);
            }
        }

        /** Greedy alignment of a node's literal with its source text (they differ by escapes, entities, indents). */
        private int[] align(String literal, int from, int to) {
            int[] origin = new int[literal.length()];
            int cursor = from;
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                int entityEnd = entityEnd(cursor, to);
                if (entityEnd > 0 && !literal.regionMatches(i, src, cursor, entityEnd - cursor)) {
                    // a character reference (&nbsp; &laquo; &#233;) the parser decoded: this char (both halves of a
                    // pair) comes from all of it, and the search goes on after it, not inside its name
                    origin[i] = cursor;
                    if (Character.isHighSurrogate(c) && i + 1 < literal.length()) {
                        origin[++i] = cursor;
                    }
                    cursor = entityEnd;
                    continue;
                }
                int found = -1;
                for (int j = cursor; j < to && j < cursor + ALIGN_WINDOW; j++) {
                    if (src.charAt(j) == c) {
                        found = j;
                        break;
                    }
                }
                if (found >= 0) {
                    origin[i] = found;
                    cursor = found + 1;
                } else {
                    origin[i] = Math.min(cursor, Math.max(from, to - 1));
                }
            }
            return origin;
        }

        /**
         * The end (after its {@code ;}) of the character reference at {@code at} in the source ({@code &name;},
         * {@code &#digits;}, {@code &#xhex;}, as CommonMark reads them), or -1 when none starts there.
         */
        private int entityEnd(int at, int to) {
            if (at >= to || src.charAt(at) != '&') {
                return -1;
            }
            int i = at + 1;
            boolean numeric = i < to && src.charAt(i) == '#';
            if (numeric) {
                i++;
                if (i < to && (src.charAt(i) == 'x' || src.charAt(i) == 'X')) {
                    i++;
                }
            }
            int nameFrom = i;
            while (i < to && i - nameFrom < 32 && Character.isLetterOrDigit(src.charAt(i))) {
                i++;
            }
            return i > nameFrom && i < to && src.charAt(i) == ';' ? i + 1 : -1;
        }

        private int start(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            return spans.isEmpty() ? (out.length() == 0 ? 0 : map[out.length() - 1]) : spans.get(0).getInputIndex();
        }

        private int end(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return start(n);
            }
            SourceSpan last = spans.get(spans.size() - 1);
            return last.getInputIndex() + last.getLength();
        }

        private void newline(int sourceIndex) {
            put('\n', sourceIndex);
            synthetic(prefix, sourceIndex);
        }

        /** Separates a block from the one before it: a line break in tight lists, a blank line elsewhere. */
        private void separate(Node block) {
            if (out.length() == 0) {
                return;
            }
            Node prev = block.getPrevious();
            if (prev == null) {
                // first block of a list item follows its marker, of a quote "> "; a list's first item follows the list's separator
                Node parent = block.getParent();
                if (parent instanceof ListItem || parent instanceof BlockQuote || parent instanceof ListBlock) {
                    return;
                }
            }
            int at = start(block);
            if (tight(block)) {
                newline(at);
            } else {
                put('\n', at);
                synthetic(prefix.stripTrailing(), at);
                newline(at);
            }
        }

        private static boolean tight(Node block) {
            Node parent = block.getParent();
            if (block instanceof ListItem && parent instanceof ListBlock l) {
                return l.isTight();
            }
            if (parent instanceof ListItem && parent.getParent() instanceof ListBlock l) {
                return l.isTight();
            }
            return false;
        }

        /**
         * A text that {@link #isPlain} accepts (or {@link #strongOnly}, with {@code strong} the starts of its
         * {@code **}), whose chars are {@code chars}, as CommonMark displays it: its characters where they are, a line
         * break within a paragraph mapped to the character before it, the blank line between paragraphs to the next
         * one's start.
         */
        void plain(char[] chars, int[] strong) {
            int n = chars.length;
            out.ensureCapacity(n); // at most one displayed char per source char
            if (map.length < n + 1) {
                map = new int[n + 1];
            }
            // as put(c, i) char by char, into an array appended once (StringBuilder.append is a few calls under C1)
            int base = out.length();
            if (map.length < base + n + 1) {
                map = java.util.Arrays.copyOf(map, base + n + 1);
            }
            int[] m = map;
            char[] shown = new char[n];
            int len = 0;
            int next = 0;
            for (int i = 0; i < n; i++) {
                if (strong != null && next < strong.length && strong[next] == i) {
                    next++;
                    i++; // the two asterisks of a strong emphasis that strongOnly found are not displayed
                    continue;
                }
                char c = chars[i];
                if (c != '\n') {
                    shown[len] = c;
                    m[base + len++] = i;
                } else if (i + 1 < n && chars[i + 1] == '\n') {
                    shown[len] = '\n';
                    m[base + len++] = i + 2;
                    shown[len] = '\n';
                    m[base + len++] = i + 2;
                    i++;
                } else {
                    // CommonMark's soft break has no source span: the source of the character displayed before it
                    shown[len] = '\n';
                    m[base + len] = m[base + len - 1];
                    len++;
                }
            }
            out.append(shown, 0, len);
        }

        DisplayedText finish() {
            int end = out.length();
            while (end > 0 && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == ' ')) {
                end--;
            }
            String text = out.substring(0, end);
            int[] m = java.util.Arrays.copyOf(map, end + 1);
            m[end] = src.length();
            if (!Nfc.isNormalized(text)) {
                return nfc(text, m);
            }
            return new DisplayedText(text, m);
        }

        /**
         * NFC of {@code text} (decomposed accents, from any node: text, code, a literal block), one grapheme cluster
         * at a time so that each composed character keeps the source of the cluster's first character and the
         * characters after it keep theirs exactly; a composed character ends where its cluster's source ends (a
         * finding on {@code é} written {@code e} and U+0301 underlines both).
         */
        private DisplayedText nfc(String text, int[] m) {
            StringBuilder sb = new StringBuilder(text.length());
            // NFC may lengthen a text (U+FB49, a Hebrew presentation form, is two characters in NFC), by 3 at most
            int[] n = new int[3 * text.length() + 1];
            int[] ends = new int[3 * text.length() + 1];
            int[] b = Graphemes.boundaries(text);
            for (int i = 0; i + 1 < b.length; i++) {
                String cluster = text.substring(b[i], b[i + 1]);
                if (Normalizer.isNormalized(cluster, Normalizer.Form.NFC)) {
                    for (int k = b[i]; k < b[i + 1]; k++) {
                        ends[sb.length()] = m[k] + 1;
                        n[sb.length()] = m[k];
                        sb.append(text.charAt(k));
                    }
                } else {
                    String nfc = Normalizer.normalize(cluster, Normalizer.Form.NFC);
                    for (int k = 0; k < nfc.length(); k++) {
                        ends[sb.length()] = m[b[i + 1] - 1] + 1;
                        n[sb.length()] = m[Math.min(b[i] + k, b[i + 1] - 1)];
                        sb.append(nfc.charAt(k));
                    }
                }
            }
            String out = sb.toString();
            String whole = Normalizer.normalize(text, Normalizer.Form.NFC);
            if (!out.equals(whole)) {
                // a composition across clusters (no known script does this): keep the mapping in bounds
                int[] w = new int[whole.length() + 1];
                for (int i = 0; i < whole.length(); i++) {
                    w[i] = m[Math.min(i, text.length() - 1)];
                }
                w[whole.length()] = src.length();
                return new DisplayedText(whole, w);
            }
            n[out.length()] = src.length();
            return new DisplayedText(out, java.util.Arrays.copyOf(n, out.length() + 1),
                    java.util.Arrays.copyOf(ends, out.length()));
        }

        // ---- blocks ----

        @Override
        public void visit(Document document) {
            visitChildren(document);
        }

        @Override
        public void visit(Paragraph paragraph) {
            separate(paragraph);
            visitChildren(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            separate(heading);
            visitChildren(heading);
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            separate(blockQuote);
            synthetic("> ", start(blockQuote));
            push(prefix + "> ");
            visitChildren(blockQuote);
            pop();
        }

        @Override
        public void visit(BulletList bulletList) {
            separate(bulletList);
            visitChildren(bulletList);
        }

        @Override
        public void visit(OrderedList orderedList) {
            separate(orderedList);
            visitChildren(orderedList);
        }

        @Override
        public void visit(ListItem listItem) {
            separate(listItem);
            String marker;
            if (listItem.getParent() instanceof OrderedList ol) {
                int number = ol.getMarkerStartNumber() == null ? 1 : ol.getMarkerStartNumber();
                for (Node n = ol.getFirstChild(); n != null && n != listItem; n = n.getNext()) {
                    number++;
                }
                String delimiter = ol.getMarkerDelimiter() == null ? "." : ol.getMarkerDelimiter();
                marker = number + delimiter + " ";
            } else {
                BulletList bl = (BulletList) listItem.getParent();
                marker = (bl.getMarker() == null ? "-" : bl.getMarker()) + " ";
            }
            synthetic(marker, start(listItem));
            push(prefix + " ".repeat(marker.length()));
            visitChildren(listItem);
            pop();
        }

        @Override
        public void visit(FencedCodeBlock codeBlock) {
            separate(codeBlock);
            codeLines(codeBlock.getLiteral(), codeBlock);
        }

        @Override
        public void visit(IndentedCodeBlock codeBlock) {
            separate(codeBlock);
            codeLines(codeBlock.getLiteral(), codeBlock);
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            separate(htmlBlock);
            codeLines(htmlBlock.getLiteral(), htmlBlock);
        }

        private void codeLines(String literal, Node block) {
            String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            int[] origin = align(body, start(block), end(block));
            int lineStart = 0;
            for (int i = 0; i <= body.length(); i++) {
                if (i == body.length() || body.charAt(i) == '\n') {
                    String line = body.substring(lineStart, i);
                    int[] lineOrigin = java.util.Arrays.copyOfRange(origin, lineStart, i);
                    for (int k = 0; k < line.length(); k++) {
                        put(line.charAt(k), lineOrigin[k]);
                    }
                    if (i < body.length()) {
                        newline(origin[i]);
                    }
                    lineStart = i + 1;
                }
            }
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            separate(thematicBreak);
            String literal = thematicBreak.getLiteral();
            literal(literal == null || literal.isBlank() ? "---" : literal.strip(), start(thematicBreak), end(thematicBreak));
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            // a definition is not displayed; the links that use it show its URL
        }

        // ---- inlines ----

        @Override
        public void visit(Text text) {
            literal(text.getLiteral(), start(text), end(text));
        }

        @Override
        public void visit(Code code) {
            literal(code.getLiteral(), start(code), end(code));
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            literal(htmlInline.getLiteral(), start(htmlInline), end(htmlInline));
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            newline(start(softLineBreak));
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            newline(start(hardLineBreak));
        }

        @Override
        public void visit(Image image) {
            // images are media: the network shows them beside the text, not in it
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination() == null ? "" : link.getDestination();
            String label = plainLabel(link);
            boolean urlOnly = label.isBlank() || label.equals(destination) || ("mailto:" + label).equals(destination);
            if (urlOnly && !label.isBlank()) {
                visitChildren(link); // an autolink: the label is the URL as written
                return;
            }
            if (!label.isBlank()) {
                visitChildren(link);
                put(' ', end(link) - 1);
            }
            int from = start(link);
            int to = end(link);
            int at = destination.isEmpty() ? -1 : src.substring(from, to).lastIndexOf(destination);
            if (at >= 0) {
                for (int i = 0; i < destination.length(); i++) {
                    put(destination.charAt(i), from + at + i);
                }
            } else {
                literal(destination, from, to);
            }
        }

        private static String plainLabel(Node node) {
            StringBuilder sb = new StringBuilder();
            collect(node, sb);
            return sb.toString();
        }

        private static void collect(Node node, StringBuilder sb) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    sb.append(t.getLiteral());
                } else if (n instanceof Code c) {
                    sb.append(c.getLiteral());
                } else if (n instanceof HtmlInline h) {
                    sb.append(h.getLiteral());
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    sb.append('\n');
                } else if (!(n instanceof Image)) {
                    collect(n, sb);
                }
            }
        }

        private void push(String p) {
            prefixes.push(prefix);
            prefix = p;
        }

        private void pop() {
            prefix = prefixes.pop();
        }
    }
}
