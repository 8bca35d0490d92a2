package io.edito.cli;

import io.edito.core.Paint;
import picocli.CommandLine.Help.Ansi.Style;

/** {@link Paint} through picocli's ANSI styles (on and off codes), so user text is never read as markup. */
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
            Style s = style(t);
            on.append(s.on());
            off.insert(0, s.off());
        }
        return on + text + off;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    private static Style style(Tone t) {
        return switch (t) {
            case BOLD -> Style.bold;
            case DIM -> Style.faint;
            case ITALIC -> Style.italic;
            case UNDERLINE -> Style.underline;
            case RED -> Style.fg_red;
            case GREEN -> Style.fg_green;
            case YELLOW -> Style.fg_yellow;
            case BLUE -> Style.fg_blue;
            case MAGENTA -> Style.fg_magenta;
            case CYAN -> Style.fg_cyan;
        };
    }
}
