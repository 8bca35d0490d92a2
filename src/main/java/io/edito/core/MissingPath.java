package io.edito.core;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Why a path given to edito cannot be read although a name stands there, in a few words: a symbolic link whose target
 * is gone, a loop of links ({@code a.yaml -> b.yaml -> a.yaml}), or nothing at all. The JDK says "no such file" for
 * all three.
 */
public final class MissingPath {
    private MissingPath() {
    }

    /** What {@code path}, which does not exist when its links are followed, is. */
    public static String why(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return "no such file or folder";
        }
        try {
            path.toRealPath();
            return "no such file or folder"; // it came back meanwhile: said as before
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason().toLowerCase(java.util.Locale.ROOT);
            if (reason.contains("too many levels") || reason.contains("loop")) {
                return "is a loop of symbolic links";
            }
            return "is a symbolic link to nothing (" + target(path) + ")";
        } catch (IOException e) {
            return "is a symbolic link to nothing (" + target(path) + ")";
        }
    }

    private static String target(Path link) {
        try {
            return "-> " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return "its target cannot be read";
        }
    }
}
