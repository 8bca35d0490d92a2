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

    public static Set<Path> since(String rev, Path dir) {
        Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").get(0));
        Set<Path> out = new HashSet<>();
        for (String f : git(dir, "diff", "--name-only", rev, "--")) {
            out.add(top.resolve(f).toAbsolutePath().normalize());
        }
        for (String f : git(dir, "ls-files", "--others", "--exclude-standard", "--full-name")) {
            out.add(top.resolve(f).toAbsolutePath().normalize());
        }
        return out;
    }

    private static List<String> git(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                String first = err.isEmpty() ? "git " + String.join(" ", args) + " failed" : err.lines().findFirst().orElse(err);
                throw new EditoException(ExitCode.INPUT, "--changed-since: " + first);
            }
            return out.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new EditoException(ExitCode.INPUT, "--changed-since needs git on the PATH: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EditoException(ExitCode.RUNTIME, "interrupted while running git");
        }
    }
}
