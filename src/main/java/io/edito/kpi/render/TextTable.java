package io.edito.kpi.render;

import io.edito.core.Paint;
import io.edito.core.Paint.Tone;
import java.util.ArrayList;
import java.util.List;

/** An aligned plain-text table: text columns left, number columns right; styles applied after padding. */
final class TextTable {
    private final List<String> headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Tone> rowStyles = new ArrayList<>();

    TextTable(List<String> headers, boolean[] right) {
        this.headers = headers;
        this.right = right;
    }

    void add(Tone style, String... cells) {
        rows.add(cells);
        rowStyles.add(style);
    }

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    void print(java.io.PrintWriter out, Paint paint, String indent) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(headers.get(i));
        }
        for (String[] r : rows) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], width(r[i]));
            }
        }
        out.println(indent + paint.paint(line(headers.toArray(String[]::new), w), Tone.BOLD));
        for (int k = 0; k < rows.size(); k++) {
            String l = line(rows.get(k), w);
            Tone style = rowStyles.get(k);
            out.println(indent + (style == null ? l : paint.paint(l, style)));
        }
    }

    private String line(String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) {
                b.append("  ");
            }
            String c = cells[i];
            String pad = " ".repeat(w[i] - width(c));
            b.append(right[i] ? pad + c : (i == w.length - 1 ? c : c + pad));
        }
        return b.toString();
    }
}
