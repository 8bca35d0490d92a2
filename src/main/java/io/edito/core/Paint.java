package io.edito.core;

/**
 * Colours for human output, without knowing how they are made: the CLI passes ANSI styles on a terminal and
 * {@link #NONE} elsewhere (pipes, NO_COLOR, --color never). User text is painted as data, never parsed as markup.
 */
public interface Paint {
    /** The tones renderers may ask for. */
    enum Tone { BOLD, DIM, ITALIC, UNDERLINE, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN }

    String paint(String text, Tone... tones);

    default boolean enabled() {
        return false;
    }

    Paint NONE = (text, tones) -> text;
}
