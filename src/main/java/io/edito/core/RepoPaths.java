package io.edito.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one rule for paths that a calendar or edito.yaml names (media files, calendar folders, the charter): they stay
 * inside the project folder, the folder of edito.yaml (docs/security.md#paths). Refused: absolute paths, paths whose
 * {@code ..} lead out of the folder, and files or folders that are symbolic links (or sit under one) resolving to a
 * place outside it. A path that does not exist yet is judged by its text alone.
 */
public final class RepoPaths {

    /** Why a path was refused. */
    public enum Escape {
        ABSOLUTE("is an absolute path; it must be relative to the project folder"),
        OUTSIDE("leads outside the project folder"),
        LINK("is a symbolic link to a place outside the project folder"),
        DANGLING("is a symbolic link to a file that does not exist"),
        INVALID("is not a valid path");

        private final String reason;

        Escape(String reason) {
            this.reason = reason;
        }

        /** {@code "<path> <reason>"}, the message shown to the user. */
        public String describe(String given) {
            return given + " " + reason;
        }
    }

    /** The outcome: the resolved path, or why it was refused. */
    public record Resolved(Path path, Escape escape) {
        public boolean ok() {
            return escape == null;
        }
    }

    private final Path root;
    private final Path realRoot;

    /** @param root the project folder */
    public RepoPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException e) {
            real = this.root;
        }
        this.realRoot = real;
    }

    public Path root() {
        return root;
    }

    /** {@code given} (as written in a calendar or edito.yaml) resolved against the project folder, or why not. */
    public Resolved resolve(String given) {
        Path p;
        try {
            p = Path.of(given);
        } catch (InvalidPathException e) {
            return new Resolved(null, Escape.INVALID);
        }
        if (p.isAbsolute() || given.startsWith("/") || given.startsWith("\\")) {
            return new Resolved(null, Escape.ABSOLUTE);
        }
        return check(root.resolve(p).normalize());
    }

    /** Whether an already resolved path (absolute, or relative to the working folder) stays inside. */
    public Resolved check(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            return new Resolved(null, Escape.OUTSIDE);
        }
        if (Files.exists(abs)) {
            try {
                if (!abs.toRealPath().startsWith(realRoot)) {
                    return new Resolved(null, Escape.LINK);
                }
            } catch (IOException e) {
                return new Resolved(abs, null); // unreadable: the reader of the file reports it
            }
        } else if (Files.isSymbolicLink(abs)) {
            // a dangling link: where it points is not ours to follow, but a link that points inside is told as broken
            try {
                Path target = abs.getParent().resolve(Files.readSymbolicLink(abs)).normalize();
                return new Resolved(null, target.startsWith(root) ? Escape.DANGLING : Escape.LINK);
            } catch (IOException | RuntimeException e) {
                return new Resolved(null, Escape.LINK);
            }
        }
        return new Resolved(abs, null);
    }

    /** {@link #resolve} that throws an input error at {@code pos} for a refused path. */
    public Path require(String given, SourcePos pos) {
        Resolved r = resolve(given);
        if (!r.ok()) {
            throw EditoException.input(pos, r.escape().describe(given));
        }
        return r.path();
    }

    /**
     * Whether a path inside a folder being read holds a hidden name on its way ({@code .git}, {@code .old/x.csv}, a
     * spreadsheet's {@code .~lock.x.csv#}): folders read whole (a calendar folder, a folder of exports) leave those out.
     *
     * @param relative the path relative to the folder read
     */
    public static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
