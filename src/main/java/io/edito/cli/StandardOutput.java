package io.edito.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as bytes, remembering the first write that failed: {@link PrintStream} and
 * {@link java.io.PrintWriter} swallow such failures, and without this a full disk ({@code edito check > /dev/full})
 * would end with exit code 0 and half a report.
 */
final class StandardOutput extends FilterOutputStream {
    private IOException failure;
    private final PrintStream printStream;

    StandardOutput(OutputStream fd) {
        super(fd);
        printStream = new PrintStream(new BufferedOutputStream(this, 1 << 13), true, StandardCharsets.UTF_8);
    }

    /** The buffered, flushing-on-line-end stream to write through. */
    PrintStream printStream() {
        return printStream;
    }

    /** The first write or flush that failed, or null. */
    synchronized IOException failure() {
        return failure;
    }

    /**
     * Whether {@code e} says that the reader of a pipe went away (EPIPE), rather than that the output is broken. The
     * message is the C library's, in the user's language ("Broken pipe", "Relais brisé (pipe)", "Datenübergabe
     * unterbrochen (broken pipe)"; Windows: "The pipe is being closed"): every one names the pipe.
     */
    static boolean closedByReader(IOException e) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(java.util.Locale.ROOT).contains("pipe");
    }

    private synchronized void failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            failed(e);
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failed(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            failed(e);
            throw e;
        }
    }
}
