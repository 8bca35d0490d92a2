package io.edito.core;

/**
 * One structural problem found while loading a file: where, how bad, what.
 *
 * @param post the id of the calendar post whose entry it was found in ({@link #IN_A_POST_WITHOUT_ID} for an entry
 *             with no id), or null when it is about no post (edito.yaml, a file's {@code defaults:}, a duplicate id)
 */
public record Problem(Severity severity, SourcePos pos, String message, String post) {

    public enum Severity { ERROR, WARNING }

    /** {@link #post} of a problem found in a post's entry that has no (readable) id. */
    public static final String IN_A_POST_WITHOUT_ID = "";

    public Problem(Severity severity, SourcePos pos, String message) {
        this(severity, pos, message, null);
    }

    public static Problem error(SourcePos pos, String message) {
        return new Problem(Severity.ERROR, pos, message);
    }

    public static Problem warning(SourcePos pos, String message) {
        return new Problem(Severity.WARNING, pos, message);
    }

    /** Whether it was found in the entry of one post, with an id: that post's alone. */
    public boolean ofOnePost() {
        return post != null && !post.equals(IN_A_POST_WITHOUT_ID);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, the compiler-style line every command prints. */
    public String describe() {
        return pos.describe() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
