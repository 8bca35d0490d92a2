package io.edito.core;

/**
 * Formula injection (CSV injection): a spreadsheet opening edito's CSV runs a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula, and tab or carriage return can hide such a start. Text cells from
 * outside (export fields, server answers, notes) go through {@link #safe} in every CSV edito writes: the cell gets a
 * leading apostrophe, which spreadsheets show as text (OWASP's advice). Numbers edito formats itself are written as
 * they are, so that they stay numbers.
 */
public final class CsvCells {
    private static final String TRIGGERS = "=+-@\t\r";

    private CsvCells() {
    }

    /** {@code cell}, with a leading {@code '} when a spreadsheet would read it as a formula; null stays null. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }
}
