package io.edito.cli.man;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Help.Ansi.IStyle;

/**
 * Text for roff (man(7)): escaping, fonts and picocli's text conventions. Text goes through three steps:
 * picocli's formatting ({@code %n}, {@code %%}) and markup ({@code @|bold text|@}) become plain text with font
 * markers, the text is escaped, and the markers become roff font escapes. The markers are private-use characters,
 * so escaping never touches the font escapes and a description cannot inject roff requests.
 */
final class Roff {
    /** Font markers in text before {@link #escape}: picocli's styles write them (see {@link #BOLD}, {@link #ITALIC}). */
    static final char BOLD_ON = '\uE000';
    static final char ITALIC_ON = '\uE001';
    static final char FONT_OFF = '\uE002';
    /** An unbreakable space before {@link #escape} ({@code \ } after). */
    static final char NO_BREAK = '\uE003';

    /** picocli styles that write the markers: give them to a ColorScheme to get the synopsis and labels marked up. */
    static final IStyle BOLD = style(BOLD_ON);
    static final IStyle ITALIC = style(ITALIC_ON);

    /** ANSI control sequences, such as the reset picocli writes after styled text even with custom styles. */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    /** A word (between spaces) of technical text, as escaped: see {@link #lines}. */
    private static final Pattern NO_HYPHENATION = Pattern.compile("(?<=^| )(?!\\\\%)((?:\\S*?)(?:\\\\-|/|_|=|@|\\w\\.\\w)\\S*)");
    private static final Pattern MARKUP = Pattern.compile("@\\|([\\w,]+) (.*?)\\|@", Pattern.DOTALL);

    private Roff() {
    }

    private static IStyle style(char on) {
        return new IStyle() {
            @Override
            public String on() {
                return String.valueOf(on);
            }

            @Override
            public String off() {
                return String.valueOf(FONT_OFF);
            }
        };
    }

    /** {@code text} without font markers (for the NAME line, which whatis and apropos read as plain text). */
    static String plain(String text) {
        return text.replace(String.valueOf(BOLD_ON), "").replace(String.valueOf(ITALIC_ON), "")
                .replace(String.valueOf(FONT_OFF), "");
    }

    /** {@code text} without ANSI control sequences. */
    static String stripAnsi(String text) {
        return ANSI.matcher(text).replaceAll("");
    }

    /** A picocli text line as printed by --help: format specifiers applied ({@code %n}, {@code %%}), as picocli does. */
    static String format(String line) {
        if (line == null) {
            return "";
        }
        try {
            return String.format(line);
        } catch (IllegalFormatException e) {
            return line; // picocli prints such a line unformatted too
        }
    }

    /** picocli's {@code @|style[,style] text|@} markup as font markers: bold stays bold, italic and underline italic. */
    static String markup(String text) {
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> styles = List.of(m.group(1).toLowerCase(java.util.Locale.ROOT).split(","));
            String font = styles.contains("bold") ? String.valueOf(BOLD_ON)
                    : styles.contains("italic") || styles.contains("underline") ? String.valueOf(ITALIC_ON) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(font + m.group(2) + (font.isEmpty() ? "" : FONT_OFF)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code text} escaped for roff, font markers turned into font escapes. Backslash, hyphen-minus, apostrophe,
     * grave accent, tilde and circumflex are written as the glyphs that print as ASCII on every device (groff
     * otherwise may print a hyphen, a curly quote or a modifier letter, which breaks copying an option, a path or
     * a shell example). Other non-ASCII characters are written as {@code \[uXXXX]}: the page is ASCII, so that
     * groff reads it right without preconv and whatever the locale. ANSI control sequences are dropped. A dot or
     * apostrophe at the start of a line is handled by {@link #lines}.
     */
    static String escape(String text) {
        String plain = stripAnsi(text);
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i += Character.charCount(plain.codePointAt(i))) {
            int c = plain.codePointAt(i);
            switch (c) {
                case '\\' -> out.append("\\e");
                case '-' -> out.append("\\-");
                case '\'' -> out.append("\\(aq");
                case '`' -> out.append("\\(ga");
                case '~' -> out.append("\\(ti");
                case '^' -> out.append("\\(ha");
                case BOLD_ON -> out.append("\\fB");
                case ITALIC_ON -> out.append("\\fI");
                case FONT_OFF -> out.append("\\fR");
                case NO_BREAK -> out.append("\\ ");
                case '\t' -> out.append(' ');
                case '\r' -> { }
                default -> {
                    if (c == '\n' || (c >= ' ' && c < 0x7F)) {
                        out.append((char) c);
                    } else {
                        out.append("\\[u").append(String.format(java.util.Locale.ROOT, "%04X", c)).append(']');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Escaped text as input lines of filled text: one output line per input line, blank lines dropped (a blank line
     * is a paragraph break in roff: paragraphs are made with macros), a line that would start with a control
     * character (dot, apostrophe) or a space protected with {@code \&}. Words with a hyphen, a slash, an underscore,
     * an equals or at sign or an inner dot (options, paths, page names, dates) are never hyphenated ({@code \%}):
     * a reader copies them as they are.
     */
    static List<String> lines(String escaped) {
        List<String> out = new ArrayList<>();
        for (String line : escaped.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            t = NO_HYPHENATION.matcher(t).replaceAll("\\\\%$1");
            out.add(t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t);
        }
        return out;
    }

    /** Lines of no-fill text (examples): kept as they are, blank lines too, protected like {@link #lines}. */
    static List<String> literalLines(String escaped) {
        List<String> out = new ArrayList<>();
        for (String line : escaped.split("\n", -1)) {
            String t = line.stripTrailing();
            out.add(t.startsWith(".") || t.startsWith("'") || t.startsWith(" ") ? "\\&" + t : t);
        }
        return out;
    }

    /** A macro argument: escaped, in double quotes (a quote inside written as {@code \(dq}). */
    static String arg(String text) {
        return "\"" + escape(text).replace("\"", "\\(dq") + "\"";
    }
}
