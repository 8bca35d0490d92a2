package io.edito.fuzz;

import io.edito.calendar.Workspace;
import io.edito.charter.Charter;
import io.edito.check.run.Charters;
import io.edito.check.run.Checker;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Problems;
import io.edito.network.Networks;
import io.edito.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every fuzz target checks (docs/security.md#fuzzing): whatever the input, edito either succeeds or fails with
 * an {@link EditoException} of exit code 2 (input error). Any other exception, a stack overflow or running out of
 * memory escapes to Jazzer as a finding. The 5 s per input and 512 MB bounds are set by bench/fuzz.sh (JUnit timeout
 * and heap size of the fuzzing JVM).
 */
final class Fuzz {
    static final Set<String> NETWORKS = Set.copyOf(Networks.defaults().ids());
    /** A fixed clock for the checks: fuzzing must be deterministic. */
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private Fuzz() {
    }

    /** Runs {@code body}; an input error is an accepted outcome, any other exit code is a finding. */
    static void inputErrorsOnly(Runnable body) {
        try {
            body.run();
        } catch (EditoException e) {
            if (e.exitCode() != ExitCode.INPUT) {
                throw new AssertionError("exit " + e.exitCode() + " instead of 2 for bad input: " + e.getMessage(), e);
            }
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("an input error without a message", e);
            }
        }
    }

    /** Loads the project in {@code dir} as `edito check` does, then checks it when it loaded cleanly. */
    static void loadAndCheck(Path dir) {
        Workspace.Loaded loaded = new Workspace(new YamlReader(), NETWORKS)
                .load(new Workspace.Request(List.of(dir), null, null, Path.of("")));
        if (loaded.hasErrors()) {
            return;
        }
        Checker checker = new Checker(Networks.defaults());
        Problems problems = new Problems();
        Map<String, Charter> charters = Charters.load(loaded.calendar(), null, checker.catalog(), problems);
        if (problems.all().stream().anyMatch(io.edito.core.Problem::isError)) {
            return;
        }
        checker.check(loaded.calendar(), charters, new Checker.Options(Set.of(), Set.of(), null, null, null, NOW));
    }

    /** A fresh copy of the fuzzing project (edito.yaml, charter, one calendar file, one image) in a temp folder. */
    static Path project() {
        try {
            Path dir = Files.createTempDirectory("edito-fuzz-");
            copy(Path.of("src/test/resources/fuzz/project"), dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] data) {
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
