package io.edito.calendar;

import io.edito.yaml.YScalar;
import java.util.List;

/** Works out where the characters of a YAML string scalar stand in its file, for exact finding positions. */
final class TextLocator {
    private TextLocator() {
    }

    static Text locate(YScalar s, List<String> lines) {
        String value = s.value();
        int line = s.pos().line();
        int col = s.pos().column();
        if (lines == null || line < 1 || line > lines.size()) {
            return new Text(value, s.pos(), 0, 0, -1);
        }
        String src = lines.get(line - 1);
        int idx = offsetOfColumn(src, col);
        char c = idx < src.length() ? src.charAt(idx) : ' ';
        if (c == '|' || c == '>') {
            for (int l = line + 1; l <= lines.size(); l++) {
                String body = lines.get(l - 1);
                if (body.isBlank()) {
                    continue;
                }
                int indent = 0;
                while (indent < body.length() && body.charAt(indent) == ' ') {
                    indent++;
                }
                return new Text(value, s.pos(), l, indent + 1, c == '|' ? indent + 1 : -1);
            }
            return new Text(value, s.pos(), line, col, -1);
        }
        if (c == '"' || c == '\'') {
            return new Text(value, s.pos(), line, col + 1, -1);
        }
        return new Text(value, s.pos(), line, col, -1);
    }

    /** UTF-16 index of 1-based code point column {@code col} in {@code s}. */
    private static int offsetOfColumn(String s, int col) {
        int cps = Math.max(0, col - 1);
        if (cps >= s.codePointCount(0, s.length())) {
            return s.length();
        }
        return s.offsetByCodePoints(0, cps);
    }
}
