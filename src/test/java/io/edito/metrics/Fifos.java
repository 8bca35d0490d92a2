package io.edito.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Named pipes as a shell's {@code <(command)} gives them, for the tests that read one. */
public final class Fifos {
    private Fifos() {
    }

    /**
     * Makes the pipe {@code fifo} and starts a writer that sends {@code content} into it once a reader opens it. The
     * writer is a daemon: when the code under test fails before opening the pipe, the test fails instead of hanging.
     * The test is skipped where {@code mkfifo} does not exist.
     */
    public static Thread feed(Path fifo, String content) throws IOException, InterruptedException {
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "fifo-writer " + fifo.getFileName());
        writer.setDaemon(true);
        writer.start();
        return writer;
    }
}
