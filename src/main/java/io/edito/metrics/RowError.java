package io.edito.metrics;

/** A row that cannot be used; reported with its line and skipped (or fatal with --strict). */
final class RowError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowError(String message) {
        super(message, null, false, false);
    }
}
