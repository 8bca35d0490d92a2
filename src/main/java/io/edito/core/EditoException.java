package io.edito.core;

/**
 * An expected failure that ends a command with one clear line and a documented exit code.
 * The message is already phrased for the user; the CLI prints it as {@code edito: <message>}.
 */
public class EditoException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public EditoException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public EditoException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Input error (exit 2) located at a position: {@code file:line:col: message}. */
    public static EditoException input(SourcePos pos, String message) {
        return new EditoException(ExitCode.INPUT, pos == null ? message : pos.describe() + ": " + message);
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
}
