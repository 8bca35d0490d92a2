package io.edito.check;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The files changed since a git revision (committed, uncommitted and untracked), for {@code --changed-since}. */
public final class ChangedFiles {
    private ChangedFiles() {
    }

    /** Both sides of a rename: a post naming the old path of a moved media file is checked (it is missing now). */
    public static Set<Path> since(String rev, Path dir) {
        Path top = Path.of(new String(run(dir, true, "rev-parse", "--show-toplevel"), StandardCharsets.UTF_8).strip());
        Set<Path> out = new HashSet<>();
        // -z: each name as it is, NUL-terminated (without it git writes calendar/été.yaml as "calendar/\303\251t...")
        for (String f : names(dir, "diff", "--name-only", "-z", "--no-renames", rev, "--")) {
            out.add(top.resolve(f).toAbsolutePath().normalize());
        }
        for (String f : names(dir, "ls-files", "-z", "--others", "--exclude-standard", "--full-name")) {
            out.add(top.resolve(f).toAbsolutePath().normalize());
        }
        return out;
    }

    /**
     * The bytes of {@code path} (relative to {@code dir}) in the tree of {@code rev}, or null when that tree has no
     * such file.
     */
    public static byte[] at(String rev, Path dir, Path path) {
        String spec = rev + ":./" + path.toString().replace('\\', '/');
        if (run(dir, false, "cat-file", "-e", spec) == null) {
            return null;
        }
        return run(dir, true, "cat-file", "blob", spec);
    }

    /** The object id of {@code path} (relative to {@code dir}) in the tree of {@code rev}, or null when absent. */
    public static String objectId(String rev, Path dir, Path path) {
        byte[] out = run(dir, false, "rev-parse", "--verify", "--quiet", rev + ":./" + path.toString().replace('\\', '/'));
        return out == null ? null : new String(out, StandardCharsets.US_ASCII).strip();
    }

    /** The file names git writes with {@code -z}: NUL-terminated, in UTF-8, unquoted. */
    private static List<String> names(Path dir, String... args) {
        List<String> out = new ArrayList<>();
        for (String name : new String(run(dir, true, args), StandardCharsets.UTF_8).split("\0")) {
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /** git's standard output; on failure an input error, or null when {@code failIsError} is false. */
    private static byte[] run(Path dir, boolean failIsError, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            p.getOutputStream().close();
            // stderr is read beside stdout: a large blob must not block git on a full stderr pipe, nor the reverse
            java.util.concurrent.CompletableFuture<byte[]> errBytes = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try {
                            return p.getErrorStream().readAllBytes();
                        } catch (IOException e) {
                            return new byte[0];
                        }
                    });
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(errBytes.join(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                if (!failIsError) {
                    return null;
                }
                String first = err.isEmpty() ? "git " + String.join(" ", args) + " failed" : err.lines().findFirst().orElse(err);
                throw new EditoException(ExitCode.INPUT, "--changed-since: " + first);
            }
            return out;
        } catch (IOException e) {
            throw new EditoException(ExitCode.INPUT, "--changed-since needs git on the PATH: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EditoException(ExitCode.RUNTIME, "interrupted while running git");
        }
    }
}
