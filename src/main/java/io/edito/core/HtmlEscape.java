package io.edito.core;

/** The one HTML escaper of edito (previews, reports): text safe in element content and in quoted attribute values. */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /** Appends {@code s} with {@code & < > " '} escaped: safe in text and in double- or single-quoted attributes. */
    public static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** {@code s} escaped; null is the empty string. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(s, sb);
        return sb.toString();
    }
}
