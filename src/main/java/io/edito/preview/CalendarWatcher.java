package io.edito.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a change to the calendar (its YAML files, edito.yaml, media) with the JDK's {@link WatchService}, for
 * {@code edito preview --watch}. Editors save in bursts (a temporary file, a rename, a touch): events are gathered
 * until the folders have been quiet for a short while. Hidden files, editor backups and the page itself (and the
 * temporary file it is written through) are ignored, so writing the page does not trigger another render.
 */
public final class CalendarWatcher implements AutoCloseable {
    private static final Duration QUIET = Duration.ofMillis(150);

    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final String ignoredName;

    /** @param ignored the page being written (its own events are not changes) */
    public CalendarWatcher(Path ignored) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignoredName = ignored == null ? null : ignored.getFileName().toString();
    }

    /** Watches {@code folders}, and with {@code recursive} every folder below them but hidden ones ({@code .git}). */
    public void watch(Collection<Path> folders, boolean recursive) throws IOException {
        for (Path f : folders) {
            Path dir = f.toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                continue;
            }
            if (!recursive) {
                register(dir);
                continue;
            }
            Files.walkFileTree(dir, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), 16,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path d,
                                java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                            if (!d.equals(dir) && isHidden(d.getFileName())) {
                                return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                            }
                            register(d);
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        }
    }

    private void register(Path d) throws IOException {
        if (!keys.containsValue(d)) {
            keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE), d);
        }
    }

    /** The folders watched. */
    public Set<Path> folders() {
        return Set.copyOf(keys.values());
    }

    /**
     * Blocks until a relevant file changed and the folders have then been quiet for a moment; returns the changed
     * path (one of them).
     *
     * @throws InterruptedException when the thread is interrupted (Ctrl-C, or a test stopping the watch)
     */
    public Path awaitChange() throws InterruptedException {
        Path changed = null;
        while (changed == null) {
            changed = relevant(service.take());
        }
        while (true) {
            WatchKey more = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
            if (more == null) {
                return changed;
            }
            Path p = relevant(more);
            if (p != null) {
                changed = p;
            }
        }
    }

    private Path relevant(WatchKey key) {
        Path dir = keys.get(key);
        Path found = null;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                found = dir;
                continue;
            }
            Path name = (Path) e.context();
            if (dir != null && name != null && !ignored(name)) {
                found = dir.resolve(name);
                if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(found)) {
                    try {
                        watch(java.util.List.of(found), true);
                    } catch (IOException ignoredFailure) {
                        // a folder that vanished at once: nothing to watch
                    }
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return found;
    }

    private boolean ignored(Path name) {
        String n = name.toString();
        return isHidden(name) || n.equals(ignoredName) || n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx")
                || n.endsWith(".tmp") || n.equals("4913");
    }

    private static boolean isHidden(Path name) {
        return name != null && name.toString().startsWith(".");
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
        } catch (ClosedWatchServiceException e) {
            // already closed
        }
    }
}
