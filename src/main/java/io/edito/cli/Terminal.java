package io.edito.cli;

/** The terminal's width: $COLUMNS, else jline's reading of the terminal, else 100 (pipes, files, CI logs). */
final class Terminal {
    static final int DEFAULT_WIDTH = 100;
    /** The widest --width taken: wider than any screen ($COLUMNS is read up to 9999 too). */
    static final int MAX_WIDTH = 9999;

    private Terminal() {
    }

    static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        if (System.console() == null) {
            return DEFAULT_WIDTH;
        }
        try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder()
                .system(true).dumb(true).streams(System.in, System.out).build()) {
            int w = t.getWidth();
            return w >= 20 ? w : DEFAULT_WIDTH;
        } catch (java.io.IOException | RuntimeException e) {
            return DEFAULT_WIDTH;
        }
    }
}
