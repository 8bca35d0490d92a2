package io.edito.cli;

import io.edito.core.Paint;

/**
 * {@link Paint} through ANSI SGR codes, each style turned on and then off by its own code, so user text is never read
 * as markup. Bold and faint end with 22 (normal intensity, ECMA-48): picocli's bold ends with 21, which many
 * terminals read as "double underline", so everything after the first bold word stayed underlined.
 */
final class AnsiPaint implements Paint {
    static final AnsiPaint INSTANCE = new AnsiPaint();

    private AnsiPaint() {
    }

    @Override
    public String paint(String text, Tone... tones) {
        if (tones.length == 0 || text.isEmpty()) {
            return text;
        }
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        for (Tone t : tones) {
            int[] codes = codes(t);
            on.append("\u001B[").append(codes[0]).append('m');
            off.insert(0, "\u001B[" + codes[1] + "m");
        }
        return on + text + off;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    /** The SGR code that turns {@code t} on, and the one that turns it off. */
    private static int[] codes(Tone t) {
        return switch (t) {
            case BOLD -> new int[] {1, 22};
            case DIM -> new int[] {2, 22};
            case ITALIC -> new int[] {3, 23};
            case UNDERLINE -> new int[] {4, 24};
            case RED -> new int[] {31, 39};
            case GREEN -> new int[] {32, 39};
            case YELLOW -> new int[] {33, 39};
            case BLUE -> new int[] {34, 39};
            case MAGENTA -> new int[] {35, 39};
            case CYAN -> new int[] {36, 39};
        };
    }
}
