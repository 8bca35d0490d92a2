package io.edito.text;

/**
 * Text from a calendar made safe for a format that cannot carry control characters (a Markdown table cell, an
 * iCalendar TEXT value, RFC 5545 §3.3.11): line breaks (CRLF, LF, a lone CR) become {@code lineBreak}, tab stays,
 * every other C0 control, DEL and the C1 controls become U+FFFD.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /**
     * Text from a calendar laid out for a terminal, char for char (offsets into it stay those of {@code s}): a tab is
     * a space, every other C0 control but the line feed is its control picture ({@code ␛} for ESC, so that no
     * sequence of the text reaches the terminal, even one that looks like edito's own colours), DEL is {@code ␡}, the
     * C1 controls are U+FFFD; each takes the one column it is measured as.
     */
    public static String shown(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char shown = ch == '\t' ? ' ' : ch < 0x20 && ch != '\n' ? (char) (0x2400 + ch) : ch == 0x7f ? '\u2421'
                    : ch > 0x7f && ch < 0xa0 || isEmbeddingOrOverride(ch) ? '\uFFFD' : ch;
            if (shown != ch) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = shown;
            }
        }
        return c == null ? s : new String(c);
    }

    /**
     * The explicit bidirectional embeddings and overrides, LRE, RLE, PDF, LRO and RLO (U+202A to U+202E): an RLO left
     * open in a post's text reverses the rest of the line it is printed on (a finding's post and channel, a frame's
     * border). Shown as U+FFFD wherever edito prints; the isolates (LRI, RLI, FSI, PDI) and the marks (LRM, RLM, ALM)
     * that Arabic text needs pass.
     */
    public static boolean isEmbeddingOrOverride(char c) {
        return c >= '\u202A' && c <= '\u202E';
    }

    public static String printable(String s, String lineBreak) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\t' || c >= 0x7f && c < 0xa0;
            if (!control && b == null) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue; // the LF after it makes the break
            }
            if (c == '\n' || c == '\r') {
                b.append(lineBreak);
            } else {
                b.append(control ? '\uFFFD' : c);
            }
        }
        return b == null ? s : b.toString();
    }
}
