package io.edito.core;

import java.nio.file.Path;
import java.util.Map;

/** The user's home folder, where edito keeps its per-user files (the credentials file, the shell's history). */
public final class HomeFolder {
    private HomeFolder() {
    }

    /**
     * {@code $HOME} when set to an absolute path (CI, containers, sudo), else Java's {@code user.home} (the passwd
     * entry, which ignores a HOME set for the run).
     */
    public static Path of(Map<String, String> env) {
        String h = env.get("HOME");
        return Path.of(h != null && !h.isBlank() && Path.of(h).isAbsolute() ? h : System.getProperty("user.home"));
    }
}
