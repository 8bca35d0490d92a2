package io.edito.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the page refers to an image: embedded as a {@code data:} URI when it is a small raster image (the page stays
 * one file that can be mailed), else as a link relative to the page. SVG is never embedded.
 */
final class MediaSources {
    /** Files up to this size are embedded. */
    static final long EMBED_MAX_BYTES = 1024 * 1024;
    /** Embedding stops once the page holds this much image data (an image on six networks counts six times). */
    static final long EMBED_BUDGET_BYTES = 24L * 1024 * 1024;
    private static final Map<String, String> RASTER = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp");

    private final Path pageDir;
    private final Map<Path, String> cache = new HashMap<>();
    private long embedded;

    /** @param page the HTML file being written (links are relative to its folder) */
    MediaSources(Path page) {
        Path abs = page.toAbsolutePath().normalize();
        this.pageDir = abs.getParent() == null ? abs : abs.getParent();
    }

    /** The {@code src} of {@code m}, or null when the file does not exist. */
    String src(MediaLine m) {
        if (!m.exists()) {
            return null;
        }
        Path file = m.path().toAbsolutePath().normalize();
        io.edito.core.InputFiles.read(file); // the page links or embeds it: --html must not replace it
        String mime = RASTER.get(extension(file));
        try {
            long size = Files.size(file);
            if (mime != null && size <= EMBED_MAX_BYTES && embedded + size <= EMBED_BUDGET_BYTES) {
                String uri = cache.computeIfAbsent(file, f -> dataUri(f, mime));
                if (uri != null) {
                    embedded += size;
                    return uri;
                }
            }
        } catch (IOException e) {
            // fall back to a link: the browser will say if it cannot read the file either
        }
        return relative(file);
    }

    private static String dataUri(Path file, String mime) {
        try {
            return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }

    /** A relative URL from the page to {@code file}, each path segment percent-encoded. */
    String relative(Path file) {
        Path rel;
        try {
            rel = pageDir.relativize(file);
        } catch (IllegalArgumentException e) {
            rel = file;
        }
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(encodeSegment(part.toString()));
        }
        return sb.toString();
    }

    static String encodeSegment(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
