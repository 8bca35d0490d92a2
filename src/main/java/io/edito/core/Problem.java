package io.edito.core;

/** One structural problem found while loading a file: where, how bad, what. */
public record Problem(Severity severity, SourcePos pos, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(SourcePos pos, String message) {
        return new Problem(Severity.ERROR, pos, message);
    }

    public static Problem warning(SourcePos pos, String message) {
        return new Problem(Severity.WARNING, pos, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, the compiler-style line every command prints. */
    public String describe() {
        return pos.describe() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
