package io.edito.publish.auth;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.Settings;
import io.edito.publish.http.Secrets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The credentials file as edito login writes it: the {@code NAME=value} lines {@link Secrets} reads, the same rules
 * (outside the repository, mode 600, refused otherwise). A change is made under a lock (a lock file beside it, held
 * with an OS file lock, and a lock of this JVM), re-reading the file first, then written atomically: a temporary file
 * of mode 600 in the same folder, renamed over it. Two cron runs that renew at once therefore never lose a rotated
 * refresh token. The lines edito does not change (comments, other variables) are kept as they are.
 */
public final class CredentialsStore {
    /** Where the file is when neither {@code credentials_file} nor {@code EDITO_CREDENTIALS} says. */
    public static final String DEFAULT_LOCATION = "~/.config/edito/credentials";
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
    private static final FileAttribute<?> OWNER_ONLY_FILE = attribute("rw-------");

    private final Path file;
    private final Path baseDir;
    private final String where;

    /**
     * @param where the setting that chose the file, for messages ("channels.x.publish.credentials_file")
     */
    public CredentialsStore(Path file, Path baseDir, String where) {
        this.file = file.toAbsolutePath().normalize();
        this.baseDir = baseDir;
        this.where = where;
    }

    /** The store of a channel: its {@code credentials_file}, else {@code EDITO_CREDENTIALS}, else the default. */
    public static CredentialsStore of(Settings s, PublishContext ctx) {
        Path configured = Secrets.credentialsFile(s, ctx);
        Path file = configured != null ? configured : Secrets.defaultCredentialsFile(ctx);
        // messages name what chose the file (an error named a credentials_file setting edito.yaml did not have)
        return new CredentialsStore(file, ctx.baseDir(), Secrets.credentialsSource(s, ctx));
    }

    public Path file() {
        return file;
    }

    /** What the file holds now (empty when it does not exist yet). */
    public Map<String, String> read() {
        refuseFolder();
        try {
            if (!Files.exists(file)) {
                return Map.of();
            }
            Path real = Secrets.guard(file, baseDir, this::refused);
            return Secrets.parse(Files.readAllLines(real, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EditoException(ExitCode.INPUT, where + ": cannot read credentials file " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** What is done while the store is locked: read the values, maybe {@link Locked#write}, answer. */
    public interface Action<T, X extends Exception> {
        T run(Locked store) throws X;
    }

    /** The store while locked. */
    public final class Locked {
        private Locked() {
        }

        public Map<String, String> values() {
            return read();
        }

        /** Sets these variables (a null value removes the line), keeping every other line, atomically. */
        public void write(Map<String, String> changes) {
            CredentialsStore.this.write(changes);
        }
    }

    /**
     * Refuses now what a write would refuse later (a file inside the repository, or one that group or others may read
     * or write): a login checks this before it spends its one-time code, whose tokens would otherwise be lost.
     */
    public void checkWritable() {
        refuseFolder();
        ensureFolder();
        refuseInsideRepository();
        if (Files.exists(file)) {
            try {
                Secrets.guard(file, baseDir, this::refused);
            } catch (IOException e) {
                throw new EditoException(ExitCode.INPUT, where + ": cannot read credentials file " + file + " ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
    }

    /** Runs {@code action} with this file locked against other threads and other processes. */
    public <T, X extends Exception> T locked(Action<T, X> action) throws X {
        ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        jvm.lock();
        try {
            ensureFolder();
            refuseInsideRepository();
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel ch = open(lockFile); FileLock lock = ch.lock()) {
                return action.run(new Locked());
            } catch (IOException e) {
                throw new EditoException(ExitCode.RUNTIME, where + ": cannot lock credentials file " + file + " ("
                        + e.getClass().getSimpleName() + ")");
            }
        } finally {
            jvm.unlock();
        }
    }

    private static FileChannel open(Path lockFile) throws IOException {
        if (Files.exists(lockFile)) {
            return FileChannel.open(lockFile, StandardOpenOption.WRITE);
        }
        try {
            return FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    OWNER_ONLY_FILE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return FileChannel.open(lockFile, StandardOpenOption.WRITE);
        }
    }

    /**
     * Where a new file is written: the file itself, or what a dangling link names (outside the repository, as the
     * file must be), in a folder that exists.
     */
    private Path linkTarget() throws IOException {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        Path target = file.resolveSibling(Files.readSymbolicLink(file)).toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new EditoException(ExitCode.INPUT, where + ": credentials file " + file + " is a link to " + target
                    + ", whose folder does not exist");
        }
        if (folder.toRealPath().resolve(target.getFileName()).startsWith(baseDir.toRealPath())) {
            throw refused("credentials file " + file + " points inside the repository; keep it outside (e.g. "
                    + DEFAULT_LOCATION + ")");
        }
        return target;
    }

    /** A folder where the file should be: told before a login spends its code (its tokens were lost). */
    private void refuseFolder() {
        if (Files.isDirectory(file)) {
            throw new EditoException(ExitCode.INPUT, where + ": credentials file " + file + " is a folder; name a file "
                    + "(default " + DEFAULT_LOCATION + ")");
        }
    }

    private void ensureFolder() {
        Path dir = file.getParent();
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            FileAttribute<?> ownerOnly = attribute("rwx------");
            if (ownerOnly == null) {
                Files.createDirectories(dir);
            } else {
                Files.createDirectories(dir, ownerOnly);
            }
        } catch (IOException e) {
            throw new EditoException(ExitCode.RUNTIME, where + ": cannot create folder " + dir + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private void refuseInsideRepository() {
        try {
            if (file.getParent().toRealPath().resolve(file.getFileName()).startsWith(baseDir.toRealPath())) {
                throw refused("credentials file " + file + " is inside the repository; keep it outside (e.g. "
                        + DEFAULT_LOCATION + ")");
            }
        } catch (IOException e) {
            throw new EditoException(ExitCode.INPUT, where + ": cannot read folder " + file.getParent() + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private void write(Map<String, String> changes) {
        for (Map.Entry<String, String> c : changes.entrySet()) {
            if (c.getValue() != null && (c.getValue().indexOf('\n') >= 0 || c.getValue().indexOf('\r') >= 0)) {
                throw new EditoException(ExitCode.RUNTIME, "a value for " + c.getKey() + " spans several lines; "
                        + "not written");
            }
        }
        try {
            // a link is followed: the file it names is written (replacing the link left the real file stale), made
            // when the link points at a file not there yet
            Path target = Files.exists(file) ? Secrets.guard(file, baseDir, this::refused) : linkTarget();
            List<String> lines = Files.exists(target) ? Files.readAllLines(target, StandardCharsets.UTF_8) : List.of();
            List<String> out = new ArrayList<>();
            Map<String, String> left = new LinkedHashMap<>(changes);
            for (String line : lines) {
                String t = line.strip();
                int eq = t.indexOf('=');
                String name = t.startsWith("#") || eq <= 0 ? null : t.substring(0, eq).strip();
                if (name != null && changes.containsKey(name)) {
                    String v = left.remove(name);
                    if (v != null) {
                        out.add(name + "=" + v);
                    }
                    continue;
                }
                out.add(line);
            }
            left.forEach((k, v) -> {
                if (v != null) {
                    out.add(k + "=" + v);
                }
            });
            StringBuilder text = new StringBuilder();
            for (String l : out) {
                text.append(l).append('\n');
            }
            Path tmp = OWNER_ONLY_FILE == null ? Files.createTempFile(target.getParent(), ".credentials", ".tmp")
                    : Files.createTempFile(target.getParent(), ".credentials", ".tmp", OWNER_ONLY_FILE);
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer b = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                    while (b.hasRemaining()) {
                        ch.write(b);
                    }
                    ch.force(true);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new EditoException(ExitCode.RUNTIME, where + ": cannot write credentials file " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private EditoException refused(String message) {
        return new EditoException(ExitCode.INPUT, where + ": " + message);
    }

    private static FileAttribute<?> attribute(String perms) {
        try {
            if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return null;
            }
            return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }
}
