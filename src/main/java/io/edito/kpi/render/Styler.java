package io.edito.kpi.render;

/**
 * Applies a named style ({@code bold}, {@code red}, {@code green}, {@code faint}) to text. The CLI passes
 * one backed by picocli's Ansi markup (colour only on terminals, NO_COLOR honoured); tests use {@link #PLAIN}.
 */
@FunctionalInterface
public interface Styler {
    Styler PLAIN = (style, text) -> text;

    String apply(String style, String text);
}
