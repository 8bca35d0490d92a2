package io.edito.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files this run of edito has read (YAML files, metric exports, feed files), so that a file it writes never
 * replaces one of them: {@code edito check -o calendar/2026-12.yaml} is a slip of the hand that would otherwise lose
 * a month of posts. Readers note each file; {@link #sameAs} is asked only when writing, so the cost while reading is
 * one set insertion a file. Any thread.
 */
public final class InputFiles {
    private static final Set<Path> READ = ConcurrentHashMap.newKeySet();
    /** The project's calendar folders: any YAML file in them is a calendar file, read by this command or not. */
    private static final Set<Path> CALENDAR_FOLDERS = ConcurrentHashMap.newKeySet();

    private InputFiles() {
    }

    /**
     * Notes that {@code file} is read by this run, or is one of the project's own files (its charter, named by
     * edito.yaml) that a command may not read but must not write over either.
     */
    public static void read(Path file) {
        READ.add(file.toAbsolutePath().normalize());
    }

    /**
     * Notes one of the project's calendar paths (edito.yaml's {@code calendar:}): a file is a project file; in a
     * folder, every YAML file is one, those the command does not read too ({@code edito ledger export -o
     * calendar/2026-12.yaml} would replace a month of posts), and so is a new one (it would be read as a calendar).
     */
    public static void calendar(Path path) {
        if (Files.isDirectory(path)) {
            CALENDAR_FOLDERS.add(path.toAbsolutePath().normalize());
        } else {
            read(path);
        }
    }

    /** Forgets every file noted: a new command starts. */
    public static void forget() {
        READ.clear();
        CALENDAR_FOLDERS.clear();
    }

    /** The calendar folder that holds {@code target} when it is a YAML file (existing or not), or null. */
    private static Path calendarFolderOf(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (CALENDAR_FOLDERS.isEmpty() || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
            return null;
        }
        Path abs = target.toAbsolutePath().normalize();
        Path real = RealPath.of(abs);
        for (Path folder : CALENDAR_FOLDERS) {
            if (abs.startsWith(folder) || real.startsWith(RealPath.of(folder))) {
                return folder;
            }
        }
        return null;
    }

    /** The input that {@code target} is (the same file, whatever the links or the spelling), or null. */
    public static Path sameAs(Path target) {
        if (!Files.exists(target)) {
            return null;
        }
        for (Path p : READ) {
            try {
                if (Files.isSameFile(p, target)) {
                    return p;
                }
            } catch (IOException e) {
                // an input gone since it was read cannot be overwritten
            }
        }
        return null;
    }

    /** Refuses, as an input error naming {@code option}, a {@code target} that is one of the inputs, or no name at all. */
    public static void refuseAsOutput(String option, Path target) {
        if (target.toString().isBlank()) {
            throw EditoException.input(option + ": an empty file name");
        }
        Path input = sameAs(target);
        if (input != null) {
            Path cwd = Path.of("").toAbsolutePath();
            Path shown = input.startsWith(cwd) ? cwd.relativize(input) : input;
            throw EditoException.input(option + " " + target + " is "
                    + (shown.toString().equals(target.toString()) ? "" : shown + ", ")
                    + "one of the project's files or of the files this command reads: writing there would replace it; "
                    + "choose another file");
        }
        Path folder = calendarFolderOf(target);
        if (folder != null) {
            Path cwd = Path.of("").toAbsolutePath();
            throw EditoException.input(option + " " + target + " is a YAML file in the calendar folder "
                    + (folder.startsWith(cwd) ? cwd.relativize(folder) : folder)
                    + ": writing there would replace a calendar file or add one; choose another file");
        }
    }
}
