package io.edito.cli;

import io.edito.core.AtomicFiles;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Sends a command's result to stdout, or atomically to the file of {@code --output}. */
final class Output {
    private Output() {
    }

    static void write(PrintWriter out, Path file, String content) {
        if (file == null) {
            out.print(content);
            out.flush();
        } else {
            AtomicFiles.writeString(file, content);
        }
    }
}
