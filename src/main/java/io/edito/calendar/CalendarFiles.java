package io.edito.calendar;

import io.edito.core.EditoException;
import io.edito.core.Problems;
import io.edito.core.RepoPaths;
import io.edito.core.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands a calendar path (a file, or a folder searched recursively) into its YAML files, in a stable order. */
public final class CalendarFiles {
    private CalendarFiles() {
    }

    /** Whether the name ends with {@code .yaml} or {@code .yml}, in any case ({@code 2026-12.YAML} saved on Windows). */
    public static boolean isYaml(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /**
     * The calendar files of {@code path}. In a folder, a file that is a symbolic link to a place outside the folder is
     * not read (a pull request could otherwise make edito print a file of the machine in its errors): it is an error
     * in {@code problems}.
     */
    public static List<Path> expand(Path path, Problems problems) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.exists(path)) {
            throw EditoException.input(SourcePos.ofFile(path), io.edito.core.MissingPath.why(path));
        }
        RepoPaths inside = new RepoPaths(path);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(CalendarFiles::isYaml)
                    .filter(p -> !RepoPaths.hidden(path.relativize(p)))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted()
                    .forEach(p -> {
                        if (!Files.isRegularFile(p)) {
                            // a YAML name that is no file to read: said, so that a month of posts is not left out unseen
                            problems.warning(SourcePos.ofFile(p), Files.isSymbolicLink(p) && !Files.exists(p)
                                    ? io.edito.core.MissingPath.why(p) + ": not read"
                                    : "is not a regular file (a pipe, a device or a socket): not read");
                        } else if (inside.check(p).ok()) {
                            out.add(p);
                        } else {
                            problems.error(SourcePos.ofFile(p), "is a symbolic link to a place outside the calendar "
                                    + "folder " + path + ": not read");
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw EditoException.input(SourcePos.ofFile(path), "cannot read folder: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw EditoException.input(SourcePos.ofFile(path), "folder holds no calendar file (*.yaml or *.yml)");
        }
        return out;
    }
}
