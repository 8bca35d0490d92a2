package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

/** Terminal display width: East Asian wide characters and emoji take 2 columns, combining marks 0. */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(String s) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(s);
        int width = 0;
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            width += cluster(s, start, end);
        }
        return width;
    }

    /** {@code s} cut to at most {@code max} columns, ending with "…" when cut; never splits a grapheme cluster. */
    public static String truncate(String s, int max) {
        if (of(s) <= max) {
            return s;
        }
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(s);
        int width = 0;
        int cut = 0;
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int w = cluster(s, start, end);
            if (width + w > max - 1) {
                break;
            }
            width += w;
            cut = end;
        }
        return s.substring(0, cut) + "…";
    }

    static int cluster(String s, int start, int end) {
        int cp = s.codePointAt(start);
        if (end - start > Character.charCount(cp) && s.indexOf('\uFE0F', start) >= 0 && s.indexOf('\uFE0F', start) < end) {
            return 2;
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
            return 2;
        }
        int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        if (ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH) {
            return 2;
        }
        int type = UCharacter.getType(cp);
        if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT
                || type == UCharacter.CONTROL) {
            return 0;
        }
        return 1;
    }
}
