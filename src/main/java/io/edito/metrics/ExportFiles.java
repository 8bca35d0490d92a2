package io.edito.metrics;

import io.edito.core.EditoException;
import io.edito.core.RepoPaths;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The export files a command line names: a folder stands for the {@code .csv} and {@code .tsv} files
 * in it and its subfolders (an unzipped TikTok export; linked folders followed), by path, names starting with
 * {@code .} left out; a file named
 * twice (a folder and a file in it, or a glob that overlaps another), or two files of the same bytes (an export
 * downloaded twice, {@code x.csv} and {@code x (1).csv}), are read once, or their rows would count twice.
 */
public final class ExportFiles {
    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv");

    private ExportFiles() {
    }

    /**
     * The files to read, in the order named (a folder's files by path where the folder is named).
     *
     * @param warn told of each file named again or holding the same bytes as one before (and left out)
     * @throws EditoException for a folder that cannot be listed or holds no export file
     */
    public static List<Path> expand(List<Path> named, Consumer<String> warn) {
        List<Path> out = new ArrayList<>();
        Map<Path, Path> seen = new HashMap<>(); // real path -> the name it was first met under
        Map<Long, List<Path>> bySize = new HashMap<>(); // the files kept, by size: only same-sized files are compared
        for (Path p : named) {
            for (Path f : Files.isDirectory(p) ? inFolder(p, warn) : List.of(p)) {
                Path first = seen.putIfAbsent(identity(f), f);
                if (first != null) {
                    warn.accept(f + " is " + (first.equals(f) ? "named twice" : "the same file as " + first)
                            + ": read once");
                    continue;
                }
                Path twin = sameBytes(f, bySize);
                if (twin != null) {
                    warn.accept(f + " has the same bytes as " + twin + " (an export downloaded twice): read once");
                    continue;
                }
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A file kept before whose bytes are {@code f}'s, else null ({@code f} then kept among them). Only files of the
     * same size are read and compared: nothing is read when no two sizes are equal. A file that cannot be read is
     * left to the reader, which says why. A pipe ({@code report <(gunzip -c a.gz) <(gunzip -c b.gz)}) is never
     * compared: reading it here would leave nothing for the reader, and its size says nothing.
     */
    private static Path sameBytes(Path f, Map<Long, List<Path>> bySize) {
        if (!Files.isRegularFile(f)) {
            return null;
        }
        long size;
        try {
            size = Files.size(f);
        } catch (IOException e) {
            return null;
        }
        List<Path> same = bySize.computeIfAbsent(size, k -> new ArrayList<>());
        for (Path other : same) {
            try {
                if (Files.mismatch(other, f) == -1) {
                    return other;
                }
            } catch (IOException e) {
                return null;
            }
        }
        same.add(f);
        return null;
    }

    /**
     * The export files in {@code folder} and its subfolders, by path; linked folders are followed (once: a link back
     * up is not), hidden ones ({@code .git}, {@code .Trashes}) not even opened.
     */
    private static List<Path> inFolder(Path folder, Consumer<String> warn) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(folder) || !RepoPaths.hidden(folder.relativize(dir)) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (isExportName(f) && !RepoPaths.hidden(folder.relativize(f))) {
                        if (attrs.isRegularFile()) {
                            files.add(f);
                        } else if (attrs.isSymbolicLink()) { // a link that could not be followed
                            warn.accept(f + " is a link to nothing readable: not read");
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException || RepoPaths.hidden(folder.relativize(f))) {
                        return FileVisitResult.CONTINUE; // a link back up the tree, or a hidden entry: not read
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw EditoException.input(folder + ": cannot read " + (e instanceof AccessDeniedException
                    ? "the folder " + e.getMessage() + " (permission denied)"
                    : e instanceof NoSuchFileException ? e.getMessage() + " (no such file or folder)"
                    : "the folder: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            throw EditoException.input(folder + ": a folder with no .csv or .tsv file in it (name the export "
                    + "files, or a folder that holds them)");
        }
        files.sort(Comparator.comparing(f -> folder.relativize(f).toString()));
        return files;
    }

    private static boolean isExportName(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** The file itself, whatever its name (links followed); its absolute form when it cannot be resolved. */
    private static Path identity(Path f) {
        try {
            return f.toRealPath();
        } catch (IOException e) {
            return f.toAbsolutePath().normalize(); // a missing file: the reader says so when it gets to it
        }
    }
}
