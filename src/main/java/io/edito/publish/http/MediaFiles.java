package io.edito.publish.http;

import io.edito.core.ByteSize;
import io.edito.core.RepoPaths;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reading attachments for the publishers that upload them. */
public final class MediaFiles {
    /** Largest attachment edito uploads (Mastodon's default limit for videos is 99 MB, images 16 MB). */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private MediaFiles() {
    }

    /** The attachment's file, checked to be inside the repository. */
    public static Path file(PublishContext ctx, PublishRequest.Media m) throws PublishFailure {
        RepoPaths.Resolved inside = new RepoPaths(ctx.baseDir()).check(ctx.baseDir().resolve(m.path()));
        if (!inside.ok()) {
            // checked again when reading: a link may have been swapped since the request was built
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "media file " + inside.escape().describe(m.path().toString()));
        }
        return inside.path();
    }

    public static byte[] read(PublishContext ctx, PublishRequest.Media m) throws PublishFailure {
        Path p = file(ctx, m);
        io.edito.core.InputFiles.read(p);
        try {
            if (!Files.isRegularFile(p)) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "media file " + m.path() + " not found");
            }
            long size = Files.size(p);
            if (size > MAX_BYTES) {
                String[] shown = ByteSize.against(size, MAX_BYTES);
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "media file " + m.path() + " is " + shown[0]
                        + ", over the " + shown[1] + " edito uploads");
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "cannot read media file " + m.path() + ": "
                    + e.getMessage());
        }
    }

    /**
     * Whether {@code network} takes an image of this MIME type by its facts ({@code image_formats}, as check reads
     * them): any image where it names none.
     */
    public static boolean takesImage(io.edito.network.Network network, String mime) {
        if (network.imageFormats().isEmpty()) {
            return mime.startsWith("image/");
        }
        for (String format : network.imageFormats()) {
            if (io.edito.media.ImageHeader.mime(format).equals(mime)) {
                return true;
            }
        }
        return false;
    }

    /** The image formats {@code network} takes, for a message: "JPEG or PNG". */
    public static String imageFormats(io.edito.network.Network network) {
        return String.join(" or ", network.imageFormats());
    }

    public static String mime(PublishRequest.Media m) {
        if (m.mime() != null && !m.mime().isBlank()) {
            return m.mime();
        }
        String n = m.path().getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (n.endsWith(".gif")) {
            return "image/gif";
        }
        if (n.endsWith(".webp")) {
            return "image/webp";
        }
        if (n.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (n.endsWith(".mov")) {
            return "video/quicktime";
        }
        if (n.endsWith(".webm")) {
            return "video/webm";
        }
        return "application/octet-stream";
    }
}
