package io.edito.agenda;

/**
 * RFC 5545 §3.1 line folding: a content line longer than 75 octets (UTF-8, the line break excluded) is split by
 * CRLF followed by one space, which counts in the next line's 75. A split falls between two code points, never
 * inside a UTF-8 sequence or a surrogate pair; unfolding (removing each CRLF + space) gives the line back exactly.
 */
final class IcsFolding {
    static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    /** {@code unfolded}: content lines, each ended by CRLF (a final line without one is ended too). */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3 + 2);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf("\r\n", start);
            if (end < 0) {
                end = unfolded.length();
            }
            foldLine(unfolded, start, end, out);
            out.append("\r\n");
            start = end + 2;
        }
        return out.toString();
    }

    private static void foldLine(String s, int from, int to, StringBuilder out) {
        int octets = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            int n = octets(cp);
            if (octets + n > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
    }

    /** The UTF-8 length of a code point (a lone surrogate is written as '?': one octet). */
    private static int octets(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return 1;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
