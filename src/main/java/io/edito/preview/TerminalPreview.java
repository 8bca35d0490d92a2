package io.edito.preview;

import io.edito.check.Finding;
import io.edito.core.EnglishDates;
import io.edito.core.Paint.Tone;
import io.edito.core.Paint;
import io.edito.core.Severity;
import io.edito.text.ControlChars;
import io.edito.text.DisplayWidth;
import io.edito.text.Entity;
import io.edito.text.Graphemes;
import io.edito.text.Measurement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cards in a terminal, framed with box-drawing characters, {@code width} columns wide.
 *
 * <ul>
 * <li>Text wraps by display width ({@link DisplayWidth}): CJK and emoji take 2 columns, combining marks 0, and a
 *     grapheme cluster is never split.</li>
 * <li>Right-to-left paragraphs (Arabic...) stay in logical order, each line wrapped in RLI … PDI (U+2067 … U+2069)
 *     so that a terminal that applies the bidi algorithm shows it right to left whatever the frame around it, and
 *     right-aligned in the card. Names and ids from the calendar are isolated with FSI … PDI when they hold
 *     right-to-left letters, so that they cannot reorder the frame.</li>
 * <li>Hashtags, mentions and (clickable) links are coloured through {@link Paint}; the text behind the network's
 *     fold follows a dotted rule, dimmed.</li>
 * </ul>
 */
public final class TerminalPreview {
    static final char RLI = '\u2067';
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';
    /** The narrowest card: its header needs the network's name, the time and the borders. */
    public static final int MIN_WIDTH = 24;
    /** The narrowest column of a translation group shown side by side; narrower terminals stack the group. */
    static final int GROUP_MIN_COLUMN = 40;
    private static final int GROUP_GAP = 2;
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final EnglishDates TIME = EnglishDates.ofPattern("EEE d MMM yyyy HH:mm");

    private final int width;
    private final int inner;
    private final Paint paint;

    private TerminalPreview(int width, Paint paint) {
        this.width = Math.max(MIN_WIDTH, width);
        this.inner = this.width - 4;
        this.paint = paint;
    }

    /** Prints every card, a blank line between them, or a line saying that nothing matched. */
    public static void render(List<PreviewCard> cards, int width, Paint paint, PrintWriter out) {
        if (cards.isEmpty()) {
            out.println("No posts match.");
            return;
        }
        TerminalPreview r = new TerminalPreview(width, paint);
        boolean first = true;
        for (PreviewBlocks.Block block : PreviewBlocks.of(cards)) {
            List<List<String>> parts = block.sideBySide() ? List.of(r.group(block))
                    : block.posts().get(0).cards().stream().map(r::card).toList();
            for (List<String> lines : parts) {
                if (!first) {
                    out.println();
                }
                first = false;
                for (String line : lines) {
                    out.println(line);
                }
            }
        }
    }

    /**
     * A translation group: a header naming its posts, then their cards side by side, one column per post, cards of
     * the same channel on the same row; stacked under the header when the terminal is too narrow for the columns.
     */
    List<String> group(PreviewBlocks.Block block) {
        int columns = block.posts().size();
        int columnWidth = (width - GROUP_GAP * (columns - 1)) / columns;
        List<String> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PreviewBlocks.PostCards member : block.posts()) {
            Set<String> langs = new LinkedHashSet<>();
            member.cards().forEach(c -> langs.add(c.lang()));
            names.add(isolate(member.postId()) + " (" + String.join(", ", langs) + ")");
        }
        boolean sideBySide = columnWidth >= GROUP_MIN_COLUMN;
        String head = "translation group" + (sideBySide ? ", side by side: " : ": ") + String.join(" · ", names);
        for (String l : DisplayWidth.wrap(head, width)) {
            out.add(paint.paint(l, Tone.BOLD));
        }
        if (!sideBySide) {
            for (PreviewBlocks.PostCards member : block.posts()) {
                for (PreviewCard c : member.cards()) {
                    out.add("");
                    out.addAll(card(c));
                }
            }
            return out;
        }
        TerminalPreview column = new TerminalPreview(columnWidth, paint);
        Set<String> channels = new LinkedHashSet<>();
        block.posts().forEach(m -> m.cards().forEach(c -> channels.add(c.channel())));
        for (String channel : channels) {
            List<List<PreviewCard>> perPost = new ArrayList<>();
            int rows = 0;
            for (PreviewBlocks.PostCards member : block.posts()) {
                List<PreviewCard> on = member.cards().stream().filter(c -> c.channel().equals(channel)).toList();
                perPost.add(on);
                rows = Math.max(rows, on.size());
            }
            for (int row = 0; row < rows; row++) {
                List<List<String>> cells = new ArrayList<>();
                for (List<PreviewCard> on : perPost) {
                    cells.add(row < on.size() ? column.card(on.get(row)) : List.of());
                }
                out.add("");
                out.addAll(besideEachOther(cells, columnWidth));
            }
        }
        return out;
    }

    /** Lines of several columns joined line by line, each column padded to {@code columnWidth} cells. */
    private static List<String> besideEachOther(List<List<String>> cells, int columnWidth) {
        int height = cells.stream().mapToInt(List::size).max().orElse(0);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < cells.size(); col++) {
                String cell = i < cells.get(col).size() ? cells.get(col).get(i) : "";
                if (col > 0) {
                    line.append(" ".repeat(GROUP_GAP));
                }
                line.append(cell);
                if (col < cells.size() - 1) {
                    line.append(" ".repeat(Math.max(0, columnWidth - DisplayWidth.of(ANSI.matcher(cell).replaceAll("")))));
                }
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    /** One plain line of content, its painted form and its direction. */
    private record Line(String plain, String painted, Direction dir) {
        static Line blank() {
            return new Line("", "", Direction.LTR);
        }
    }

    /** A styled range of a text (UTF-16 offsets). */
    private record Run(int start, int end, Tone... tones) {
    }

    List<String> card(PreviewCard c) {
        List<Line> body = new ArrayList<>();
        NetworkLook look = NetworkLook.of(c.channel());
        String name = isolate(c.accountName());
        String handle = c.handle() == null ? "" : "  " + isolate(c.handle());
        body.addAll(block(name + handle, List.of(new Run(0, name.length(), Tone.BOLD),
                new Run(name.length(), name.length() + handle.length(), Tone.DIM)), Direction.LTR));
        String when = c.time() == null ? "not scheduled yet" : TIME.formatTwiceTold(c.time()) + " " + c.time().getZone().getId();
        String status = c.status().id();
        body.addAll(block(when + " · " + status, List.of(new Run(0, when.length(), Tone.CYAN),
                new Run(when.length() + 3, when.length() + 3 + status.length(), statusTone(c))), Direction.LTR));
        if (c.contentWarning() != null && !c.contentWarning().isBlank()) {
            body.addAll(block("CW: " + c.contentWarning(), List.of(), Direction.ofLanguage(c.lang()), Tone.YELLOW));
        }
        if (c.titleShown()) {
            body.add(Line.blank());
            body.addAll(block(c.title(), List.of(), Direction.ofLanguage(c.lang()), Tone.BOLD));
        }
        body.add(Line.blank());
        if (!c.thread().isEmpty()) { // the first of a thread's posts, numbered as the others
            String first = "1/" + c.threadLength();
            body.add(new Line(first, paint.paint(first, Tone.DIM), Direction.LTR));
        }
        text(body, c.text(), c, look);
        if (c.linkCardShown()) {
            body.add(Line.blank());
            if (c.linkCardTitle() != null) {
                body.addAll(block(c.linkCardTitle(), List.of(), Direction.ofLanguage(c.lang()), Tone.BOLD));
            }
            body.addAll(block("link: " + c.link(), List.of(new Run(6, 6 + c.link().length(), linkTones(c))), Direction.LTR));
        }
        for (int i = 0; i < c.media().size(); i++) {
            media(body, c.media().get(i), i, c.media().size());
        }
        for (int i = 0; i < c.thread().size(); i++) {
            body.add(Line.blank());
            String n = (i + 2) + "/" + c.threadLength();
            body.add(new Line(n, paint.paint(n, Tone.DIM), Direction.LTR));
            text(body, c.thread().get(i), c, look);
            if (c.thread().get(i).over()) {
                body.addAll(block(lengths(c.thread().get(i)), List.of(), Direction.LTR, Tone.RED));
            }
        }
        if (c.firstComment() != null) {
            body.add(Line.blank());
            body.add(new Line("first comment:", paint.paint("first comment:", Tone.DIM), Direction.LTR));
            text(body, c.firstComment(), c, look);
            if (c.firstComment().over()) {
                body.addAll(block(lengths(c.firstComment()), List.of(), Direction.LTR, Tone.RED));
            }
        }
        List<Line> foot = new ArrayList<>();
        String length = lengths(c.text());
        String extra = footerExtra(c, look);
        Tone lengthTone = c.text().over() ? Tone.RED : Tone.GREEN;
        foot.addAll(block(length + extra, List.of(new Run(0, length.length(), lengthTone)), Direction.LTR));

        List<String> out = new ArrayList<>();
        out.add(top(c));
        for (Line l : body) {
            out.add(frame(l));
        }
        out.add(paint.paint("├" + "─".repeat(width - 2) + "┤", Tone.DIM));
        for (Line l : foot) {
            out.add(frame(l));
        }
        out.add(paint.paint("╰" + "─".repeat(width - 2) + "╯", Tone.DIM));
        for (Finding f : c.findings()) {
            out.addAll(finding(f));
        }
        return out;
    }

    private String footerExtra(PreviewCard c, NetworkLook look) {
        StringBuilder sb = new StringBuilder();
        if (c.text().folded()) {
            sb.append(" · folds after ").append(visibleCharacters(c.text())).append(" characters");
        }
        if (c.threadLength() > 1) {
            sb.append(" · thread of ").append(c.threadLength());
        }
        if (look.linksAsText() != null && c.text().entities().stream().anyMatch(e -> e.kind() == Entity.Kind.URL)) {
            sb.append(" · ").append(look.linksAsText());
        }
        return sb.toString();
    }

    private static int visibleCharacters(CardText t) {
        return Graphemes.count(t.visible());
    }

    private static String lengths(CardText t) {
        List<String> parts = new ArrayList<>();
        for (Measurement m : t.length()) {
            parts.add(m.describe());
        }
        return String.join(" · ", parts);
    }

    private Tone statusTone(PreviewCard c) {
        return switch (c.status()) {
            case APPROVED, SCHEDULED, PUBLISHED -> Tone.GREEN;
            case CANCELLED -> Tone.RED;
            default -> Tone.YELLOW;
        };
    }

    private String top(PreviewCard c) {
        String left = c.network().name();
        int room = width - 8; // "╭─ " + left + " " + fill + " " + right + " ─╮"
        int leftWidth = DisplayWidth.of(left);
        String lang = c.lang() == null ? "" : " · " + c.lang(); // a project of no languages: none to say
        if (room - leftWidth - 2 < DisplayWidth.of(lang)) {
            lang = ""; // a narrow card and a long language label (fr+ar): the post id stays, the text says the rest
        }
        int idRoom = Math.max(1, room - leftWidth - 1 - DisplayWidth.of(lang));
        String right = isolate(DisplayWidth.truncate(c.postId(), idRoom)) + lang;
        int fill = Math.max(1, room - leftWidth - DisplayWidth.of(right));
        return paint.paint("╭─ ", Tone.DIM) + paint.paint(left, Tone.BOLD) + " "
                + paint.paint("─".repeat(fill), Tone.DIM) + " " + paint.paint(right, Tone.DIM)
                + paint.paint(" ─╮", Tone.DIM);
    }

    private String frame(Line l) {
        int pad = Math.max(0, inner - DisplayWidth.of(l.plain()));
        String border = paint.paint("│", Tone.DIM);
        if (l.dir() == Direction.RTL) {
            return border + " " + " ".repeat(pad) + l.painted() + " " + border;
        }
        return border + " " + l.painted() + " ".repeat(pad) + " " + border;
    }

    /** The text as the network shows it: visible part, the fold's label, then what hides behind it. */
    private void text(List<Line> out, CardText t, PreviewCard c, NetworkLook look) {
        if (t.text().isEmpty()) {
            out.add(new Line("(no text)", paint.paint("(no text)", Tone.DIM, Tone.ITALIC), Direction.LTR));
            return;
        }
        List<Run> runs = entityRuns(t, c);
        if (!t.folded()) {
            out.addAll(block(t.text(), runs, t.direction()));
            return;
        }
        String visible = t.visible();
        String label = look.more().startsWith("…") ? look.more() : " " + look.more();
        List<Run> shown = new ArrayList<>(clip(runs, 0, visible.length(), 0));
        shown.add(new Run(visible.length(), visible.length() + label.length(), Tone.DIM));
        out.addAll(block(visible + label, t.text(), 0, shown, t.direction()));
        String rule = "┄┄ behind “" + look.more().replace("…", "").strip() + "” ┄┄";
        if (DisplayWidth.of(rule) > inner) {
            rule = DisplayWidth.of("┄┄ hidden ┄┄") <= inner ? "┄┄ hidden ┄┄" : "┄ hidden"; // a narrow card
        }
        out.add(new Line(rule, paint.paint(rule, Tone.DIM), Direction.LTR));
        int from = t.hiddenStart();
        // the hidden part goes on the paragraph the fold cut: in that paragraph's direction, not its rest's (an Arabic
        // caption's tail starting with a URL is still right to left)
        out.addAll(block(t.text().substring(from), t.text(), from, clip(runs, from, t.text().length(), from),
                t.direction(), Tone.DIM));
    }

    private List<Run> entityRuns(CardText t, PreviewCard c) {
        List<Run> runs = new ArrayList<>();
        for (Entity e : t.entities()) {
            switch (e.kind()) {
                case HASHTAG -> runs.add(new Run(e.start(), e.end(), Tone.CYAN));
                case MENTION -> runs.add(new Run(e.start(), e.end(), Tone.MAGENTA));
                case URL -> {
                    if (c.network().linksClickable()) {
                        runs.add(new Run(e.start(), e.end(), linkTones(c)));
                    }
                }
            }
        }
        return runs;
    }

    private static Tone[] linkTones(PreviewCard c) {
        return c.network().linksClickable() ? new Tone[] {Tone.BLUE, Tone.UNDERLINE} : new Tone[0];
    }

    /** Runs inside {@code [from, to)}, moved by {@code -shift}. */
    private static List<Run> clip(List<Run> runs, int from, int to, int shift) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            int s = Math.max(r.start(), from);
            int e = Math.min(r.end(), to);
            if (s < e) {
                out.add(new Run(s - shift, e - shift, r.tones()));
            }
        }
        return out;
    }

    private void media(List<Line> out, MediaLine m, int index, int count) {
        out.add(Line.blank());
        StringBuilder head = new StringBuilder(m.isVideo() ? "video" : "image");
        if (count > 1) {
            head.append(' ').append(index + 1).append('/').append(count);
        }
        head.append(' ').append(m.file());
        if (m.width() > 0) {
            head.append(" · ").append(m.width()).append('×').append(m.height());
        }
        if (m.shown() != null) {
            head.append(" · shown ").append(m.shown().describe());
        }
        out.addAll(block(head.toString(), List.of(), Direction.LTR));
        Direction altDir = m.alt() == null ? Direction.LTR : Direction.of(m.alt(), Direction.LTR);
        if (m.alt() == null) {
            out.addAll(block("  no alt text", List.of(), Direction.LTR, Tone.YELLOW));
        } else if (altDir == Direction.RTL) {
            out.add(new Line("alt:", paint.paint("alt:", Tone.DIM), Direction.LTR));
            out.addAll(block(m.alt(), List.of(), altDir, Tone.ITALIC));
        } else {
            out.addAll(block("alt: " + m.alt(), List.of(new Run(0, 4, Tone.DIM)), altDir));
        }
        if (m.note() != null) {
            out.addAll(block("  " + m.note(), List.of(), Direction.LTR, Tone.YELLOW));
        }
    }

    private List<String> finding(Finding f) {
        Tone tone = f.severity() == Severity.ERROR ? Tone.RED : f.severity() == Severity.WARNING ? Tone.YELLOW : Tone.BLUE;
        String sev = f.severity().id();
        String where = f.start() == null || f.start().file() == null ? "" : " (" + f.start().describe() + ")";
        String plain = sev + " " + f.rule() + ": " + f.message() + where;
        List<String> out = new ArrayList<>();
        boolean first = true;
        for (String l : DisplayWidth.wrap(plain, width - 4)) {
            if (first && l.startsWith(sev + " " + f.rule())) {
                String rest = l.substring(sev.length() + 1 + f.rule().length());
                out.add("  " + paint.paint(sev, tone, Tone.BOLD) + " " + paint.paint(f.rule(), Tone.BOLD) + rest);
            } else {
                out.add("    " + l);
            }
            first = false;
        }
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            for (String l : DisplayWidth.wrap("→ " + f.suggestion(), width - 6)) {
                out.add("    " + paint.paint(l, Tone.GREEN));
            }
        }
        return out;
    }

    /**
     * {@code text} wrapped to the card: one paragraph per line of the text, each with its own direction ({@code
     * fallback} when it has no strong letter), {@code runs} painted over the {@code base} tones.
     */
    private List<Line> block(String calendarText, List<Run> runs, Direction fallback, Tone... base) {
        return block(calendarText, null, 0, runs, fallback, base);
    }

    /**
     * {@link #block(String, List, Direction, Tone...)} of a part of {@code whole} (at {@code offset} in it, or null):
     * each paragraph's direction is that of the whole paragraph it is part of.
     */
    private List<Line> block(String calendarText, String whole, int offset, List<Run> runs, Direction fallback,
                             Tone... base) {
        String text = ControlChars.shown(calendarText); // char for char: the runs' offsets hold
        List<Line> out = new ArrayList<>();
        int paraStart = 0;
        for (String para : text.split("\n", -1)) {
            Direction dir = Direction.of(whole == null ? para : paragraphAt(whole, offset + paraStart), fallback);
            List<String> wrapped = DisplayWidth.wrap(para, inner);
            int cursor = 0;
            for (String l : wrapped) {
                int at = l.isEmpty() ? cursor : para.indexOf(l, cursor);
                if (at < 0) {
                    at = cursor;
                }
                String painted = painted(l, paraStart + at, runs, base);
                cursor = at + l.length();
                if (dir == Direction.RTL && !l.isEmpty()) {
                    out.add(new Line(RLI + l + PDI, RLI + painted + PDI, Direction.RTL));
                } else {
                    out.add(new Line(l, painted, dir));
                }
            }
            paraStart += para.length() + 1;
        }
        return out;
    }

    /** The paragraph of {@code text} that holds offset {@code at}. */
    private static String paragraphAt(String text, int at) {
        int from = at <= 0 ? 0 : text.lastIndexOf('\n', Math.min(at, text.length()) - 1) + 1;
        int to = text.indexOf('\n', Math.min(at, text.length()));
        return text.substring(from, to < 0 ? text.length() : to);
    }

    /** {@code line} (at {@code offset} in the text of {@code runs}) painted: runs over the base tones. */
    private String painted(String line, int offset, List<Run> runs, Tone[] base) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Run r : runs) {
            int s = Math.max(r.start() - offset, pos);
            int e = Math.min(r.end() - offset, line.length());
            if (s >= e) {
                continue;
            }
            if (s > pos) {
                sb.append(paint.paint(line.substring(pos, s), base));
            }
            sb.append(paint.paint(line.substring(s, e), merge(base, r.tones())));
            pos = e;
        }
        if (pos < line.length()) {
            sb.append(paint.paint(line.substring(pos), base));
        }
        return sb.toString();
    }

    private static Tone[] merge(Tone[] a, Tone[] b) {
        Tone[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** {@code s} isolated with FSI … PDI when it holds right-to-left letters, else as is. */
    static String isolate(String s) {
        if (s == null) {
            return "";
        }
        return com.ibm.icu.text.Bidi.requiresBidi(s.toCharArray(), 0, s.length()) ? FSI + s + PDI : s;
    }
}
