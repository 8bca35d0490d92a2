package io.edito.core;

/**
 * An expected failure that ends a command with one clear line and a documented exit code.
 * The message is already phrased for the user; the CLI prints it as {@code edito: <message>}.
 */
public class EditoException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final transient SourcePos pos;
    private final String detail;

    public EditoException(int exitCode, String message) {
        this(exitCode, null, message, null);
    }

    private EditoException(int exitCode, SourcePos pos, String detail, Throwable cause) {
        super(pos == null ? detail : pos.describe() + ": " + detail, cause);
        this.exitCode = exitCode;
        this.pos = pos;
        this.detail = detail;
    }

    public EditoException(int exitCode, String message, Throwable cause) {
        this(exitCode, null, message, cause);
    }

    /** Input error (exit 2) located at a position: {@code file:line:col: message}. */
    public static EditoException input(SourcePos pos, String message) {
        return new EditoException(ExitCode.INPUT, pos, message, null);
    }

    public static EditoException input(String message) {
        return new EditoException(ExitCode.INPUT, message);
    }

    public static EditoException runtime(String message, Throwable cause) {
        return new EditoException(ExitCode.RUNTIME, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }

    /** Where the problem is, or null. */
    public SourcePos pos() {
        return pos;
    }

    /** The message without its position prefix. */
    public String detail() {
        return detail;
    }
}
