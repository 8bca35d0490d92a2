package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path f = dir.resolve("sub/preview.html");
        AtomicFiles.writeString(f, "<html>é</html>");
        AtomicFiles.writeString(f, "<html>2</html>");
        assertThat(Files.readString(f)).isEqualTo("<html>2</html>");
        try (Stream<Path> files = Files.list(f.getParent())) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void aNewFileGetsTheUsualPermissionsAndARewrittenOneKeepsItsOwn() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createFile(dir.resolve("made-by-anyone"));
        Path f = dir.resolve("report.html");
        AtomicFiles.writeString(f, "x");
        assertThat(Files.getPosixFilePermissions(f)).as("the umask's, not owner-only")
                .isEqualTo(Files.getPosixFilePermissions(usual));
        Path hook = dir.resolve("pre-commit");
        Files.writeString(hook, "#!/bin/sh\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFiles.writeString(hook, "#!/bin/sh\nexit 0\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hook))).isEqualTo("rwxr-x---");
    }

    @Test
    void aPrivateFileIsTheOwnersOnlyEvenWhenItExistedOpenBefore() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path history = dir.resolve("history");
        Files.writeString(history, "old\n");
        Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.writeStringPrivate(history, "check\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history))).isEqualTo("rw-------");
        assertThat(Files.readString(history)).isEqualTo("check\n");
    }

    @Test
    void aFileWhereAFolderShouldBeIsSaid() throws Exception {
        // "cannot write /tmp/afile/r.txt: /tmp/afile" said no why
        Path file = Files.writeString(dir.resolve("afile"), "x");
        assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("r.txt"), "y")).isInstanceOf(EditoException.class)
                .hasMessage("cannot write " + file.resolve("r.txt") + ": " + file + " is a file, not a folder");
    }

    @Test
    void aFolderInTheWayIsAClearRuntimeError() throws Exception {
        Path blocked = Files.createDirectories(dir.resolve("out.html"));
        Files.writeString(blocked.resolve("inside"), "x");
        assertThatThrownBy(() -> AtomicFiles.writeString(blocked, "y"))
                .isInstanceOf(EditoException.class).hasMessageContaining("cannot write " + blocked);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(blocked);
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = dir.resolve("shared/report.txt");
        Files.createDirectories(real.getParent());
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), Path.of("shared/report.txt"));
        Path chained = Files.createSymbolicLink(dir.resolve("latest.txt"), Path.of("report.txt"));
        AtomicFiles.writeStringThroughLinks(chained, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(chained)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        Path dangling = Files.createSymbolicLink(dir.resolve("next.txt"), Path.of("shared/next.txt"));
        AtomicFiles.writeStringThroughLinks(dangling, "made");
        assertThat(Files.readString(dir.resolve("shared/next.txt"))).isEqualTo("made");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
    }

    @Test
    void aLoopOfLinksIsAOneLineError() throws Exception {
        Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
        assertThatThrownBy(() -> AtomicFiles.writeStringThroughLinks(dir.resolve("a"), "x")).isInstanceOf(EditoException.class)
                .hasMessageEndingWith(": too many levels of symbolic links");
    }

    @Test
    void aPathFromTheProjectReplacesALinkInsteadOfWritingWhereItLeads() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep");
        Path outbox = Files.createDirectories(dir.resolve("project/outbox"));
        Path link = Files.createSymbolicLink(outbox.resolve("post.json"), victim);
        AtomicFiles.writeString(link, "{}");
        assertThat(Files.readString(victim)).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link)).isEqualTo("{}");
    }

    /**
     * A path the user typed that is a device or a pipe is written into, as the shell's {@code >} does (review: {@code -o
     * /dev/null} made /dev/null a regular file when run as root, and a FIFO was replaced by a file).
     */
    @Test
    void aDeviceOrAPipeTheUserNamesIsWrittenIntoNotReplaced() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        AtomicFiles.writeStringThroughLinks(devNull, "{\"findings\": []}");
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.exists(devNull)).isTrue();
        Path fifo = dir.resolve("report.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0);
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo); // blocks until the writer opens it, then reads to its end
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFiles.writeStringThroughLinks(fifo, "through the pipe");
        assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(fifo);
        }
    }
}
