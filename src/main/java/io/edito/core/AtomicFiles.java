package io.edito.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Every file edito writes goes through here: a temporary file beside the target, then a rename. The new file gets
 * the permissions of the file it replaces, or, for a new file, those any program's new file gets (the umask's):
 * a preview page or an exported report is readable as usual, a hook stays executable. {@link #writeStringPrivate}
 * makes a file only its owner can read (shell history).
 * <p>
 * A symbolic link is replaced, except by {@link #writeStringThroughLinks} (paths the user typed).
 * Missing folders above the file are created first (like {@code mkdir -p}: {@code --output site/report.html} works
 * in a fresh checkout). Errors say why, in one line ("permission denied", "is a folder", "read-only file system").
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    /** Writes {@code text} as UTF-8 to {@code target} atomically; a symbolic link there is replaced, not followed. */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@link #writeString}, following a symbolic link to the file it points to ({@link #throughLinks}): only for a
     * path the user typed ({@code -o}, {@code --html}). A path that comes from the project (an outbox file) must never
     * follow a link a calendar author committed: it could lead anywhere the runner can write (docs/security.md).
     */
    public static void writeStringThroughLinks(Path target, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            // a device, a pipe (/dev/null, /dev/stdout, a FIFO, a shell's >(...)): written into as the shell's > does;
            // a file renamed over it would replace /dev/null itself, and a pipe has no folder to hold a temporary file
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                out.write(bytes);
            } catch (IOException e) {
                throw EditoException.runtime("cannot write " + target + ": " + reason(e), e);
            }
            return;
        }
        write(throughLinks(target), bytes, false);
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically, readable and writable by its owner only. */
    public static void writeStringPrivate(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Writes {@code bytes} to {@code target} atomically: readers see the old file or the whole new one. */
    public static void write(Path target, byte[] bytes) {
        write(target, bytes, false);
    }

    private static void write(Path target, byte[] bytes, boolean ownerOnly) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw EditoException.runtime("cannot write " + target + ": it is a folder", null);
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = newTemporary(dir, abs.getFileName().toString());
            Set<PosixFilePermission> mode = ownerOnly ? OWNER_ONLY : existingMode(abs);
            if (mode != null) {
                setMode(tmp, mode); // before the content goes in
            }
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                out.write(bytes);
                out.flush();
            }
            try (var ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw EditoException.runtime("cannot write " + target + ": " + reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }

    /**
     * Where writing {@code target} should land: a symbolic link is followed to the file it points to (as the shell's
     * {@code >} does), so that the link stays a link (a report kept in a shared folder, a dotfile manager's link)
     * instead of being replaced by a plain file. A link to a missing file gets that file created.
     */
    static Path throughLinks(Path target) {
        Path p = target.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            try {
                p = p.getParent().toRealPath().resolve(Files.readSymbolicLink(p)); // as the OS resolves it
            } catch (IOException e) {
                throw EditoException.runtime("cannot write " + target + ": " + reason(e), e);
            }
        }
        if (Files.isSymbolicLink(p)) {
            throw EditoException.runtime("cannot write " + target + ": too many levels of symbolic links", null);
        }
        return p;
    }

    /**
     * A new empty hidden file beside the target, created like any new file (so with the umask's permissions, where
     * {@code Files.createTempFile} would force owner-only ones), under a random name that no one else holds.
     */
    private static Path newTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] r = new byte[6];
            RANDOM.nextBytes(r);
            Path tmp = dir.resolve("." + name + "." + HexFormat.of().formatHex(r) + ".tmp");
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Why an I/O operation failed, in a few words: the JDK's messages often name only the file. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            // making the folders of /tmp/afile/r.txt met a file on the way
            return e.getMessage() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Set<PosixFilePermission> existingMode(Path file) {
        try {
            return Files.exists(file) ? Files.getPosixFilePermissions(file) : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static void setMode(Path file, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(file, mode);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the file keeps what the system gave it
        }
    }
}
