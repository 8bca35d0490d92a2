package io.edito.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A path as the file system reaches it, every symbolic link on the way resolved, through its nearest folder that
 * exists (the file itself may not yet): what tells that two spellings ({@code L/../x.db} through a linked folder,
 * {@code ./x.db}) name one file, before it is written.
 */
public final class RealPath {
    private RealPath() {
    }

    /** {@code p} with its links resolved as far as it exists, the rest of it appended and normalised. */
    public static Path of(Path p) {
        Path abs = p.toAbsolutePath();
        Path tail = abs.getFileSystem().getPath("");
        for (Path at = abs; at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                try {
                    return at.toRealPath().resolve(tail).normalize();
                } catch (IOException e) {
                    break;
                }
            }
            if (at.getFileName() != null) {
                tail = at.getFileName().resolve(tail);
            }
        }
        return abs.normalize();
    }
}
