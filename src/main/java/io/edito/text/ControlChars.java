package io.edito.text;

/**
 * Text from a calendar made safe for a format that cannot carry control characters (a Markdown table cell, an
 * iCalendar TEXT value, RFC 5545 §3.3.11): line breaks (CRLF, LF, a lone CR) become {@code lineBreak}, tab stays,
 * every other C0 control, DEL and the C1 controls become U+FFFD.
 */
public final class ControlChars {
    private ControlChars() {
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
