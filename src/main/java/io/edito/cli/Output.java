package io.edito.cli;

import io.edito.core.AtomicFiles;
import io.edito.core.InputFiles;
import io.edito.core.Paint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * {@code -o/--output FILE}, shared by every command that writes a result: stdout, or the file written atomically
 * (a temporary file beside it, renamed into place), never half a file; what goes in the file is what standard
 * output shows without colours (control characters as their pictures: {@link TerminalSafeWriter#shown}).
 */
final class Output {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: whole or not at all; missing folders are created) instead of standard output.")
    Path file;

    /** Colours on the terminal, none in a file. */
    Paint paint(EditoCommand root) {
        return file == null && root != null ? root.paint() : Paint.NONE;
    }

    boolean toFile() {
        return file != null;
    }

    void write(PrintWriter out, String content) {
        write(out, file, content);
    }

    /** What {@code render} prints, to stdout as it comes, or to the file once it is complete. */
    void render(PrintWriter out, Consumer<PrintWriter> render) {
        if (file == null) {
            render.accept(out);
            out.flush();
            return;
        }
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            render.accept(pw);
        }
        InputFiles.refuseAsOutput("--output", file); // after rendering: a renderer may read a file too
        AtomicFiles.writeStringThroughLinks(file, TerminalSafeWriter.shown(sw.toString()));
    }

    /**
     * After an input error (exit 2): the file an earlier run wrote is removed, so that a CI step that uploads it
     * whatever happened ({@code if: always()}) fails on a missing file rather than sending that run's results as
     * this one's; said on {@code err}. A file edito would not write (an input, a link) is left alone.
     */
    void removeStale(PrintWriter err) {
        if (file == null || !java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            InputFiles.refuseAsOutput("--output", file);
            java.nio.file.Files.delete(file);
            err.println("edito: removed " + file + ", the report of an earlier run: this one stopped at an input error");
            err.flush();
        } catch (io.edito.core.EditoException | java.io.IOException e) {
            // an input named as the output, or a file that cannot go: the error said already is what counts
        }
    }

    static void write(PrintWriter out, Path file, String content) {
        if (file == null) {
            out.print(content);
            out.flush();
        } else {
            InputFiles.refuseAsOutput("--output", file);
            AtomicFiles.writeStringThroughLinks(file, TerminalSafeWriter.shown(content));
        }
    }
}
