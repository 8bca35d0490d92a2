package io.edito.check.rules;

import io.edito.calendar.Media;
import io.edito.calendar.Status;
import io.edito.charter.Charter;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.core.ByteSize;
import io.edito.core.Decimals;
import io.edito.core.Durations;
import io.edito.core.RepoPaths;
import io.edito.media.Dimensions;
import io.edito.media.ImageHeader;
import io.edito.media.VideoHeader;
import io.edito.network.AspectRatio;
import io.edito.network.Network;
import io.edito.network.VideoLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checks of {@link MediaRules} for one project root, with what they read of each file (existence, size, image
 * and video headers) kept so that a file shown on several posts and channels is read once.
 */
final class MediaFileChecks {

    private final RepoPaths paths;
    // posts are checked in parallel; a file shown on several channels and posts is looked at once
    private final Map<String, FileFacts> files = new ConcurrentHashMap<>();
    private final Map<Path, Optional<Dimensions>> dimensions = new ConcurrentHashMap<>();
    /** What each image file's first bytes say it is (PNG, JPEG...): read once, not once per channel. */
    private final Map<Path, Optional<String>> formats = new ConcurrentHashMap<>();
    private final Map<Path, Optional<VideoHeader.Facts>> videos = new ConcurrentHashMap<>();

    MediaFileChecks(Path root) {
        this.paths = new RepoPaths(root);
    }

    /**
     * How many media items the post sends and of which kind, against the network's {@code max_images},
     * {@code max_media}, {@code video.alone} and {@code video.required}; each told once per channel ({@code seen}).
     */
    private static void count(PostView v, List<Media> media, Emitter out, Set<String> seen) {
        int videos = 0;
        int gifs = 0;
        int files = 0; // an entry without a file (a translation's alt text beyond the post's images) sends nothing
        for (Media m : media) {
            files += m.file() == null ? 0 : 1;
            videos += m.file() != null && m.isVideo() ? 1 : 0;
            gifs += m.file() != null && m.file().regionMatches(true, m.file().length() - 4, ".gif", 0, 4) && !m.isVideo()
                    ? 1 : 0;
        }
        if (files == 0) {
            return;
        }
        int images = files - videos;
        Network n = v.network();
        String items = files + (files == 1 ? " media item (" : " media items (") + kinds(images, videos) + ")";
        Optional<VideoLimits> video = n.video();
        // one count finding per channel and count, whichever language shows it first
        if (n.maxImages().isPresent() && images > n.maxImages().getAsInt()) {
            if (seen.add("count " + images + " " + files)) {
                out.at("media.count", v.post(), v.channel(), v.lang(), media.get(0).pos(), images + " images, "
                        + n.name() + " accepts at most " + n.maxImages().getAsInt(), null);
            }
        } else if (n.maxMedia().isPresent() && files > n.maxMedia().getAsInt() && seen.add("count " + images + " " + files)) {
            out.at("media.count", v.post(), v.channel(), v.lang(), media.get(0).pos(), items + ", " + n.name()
                    + " accepts at most " + n.maxMedia().getAsInt() + " in one post", "remove some, or split the post");
        }
        if (videos > 0 && files > 1 && video.isPresent() && video.get().alone() && seen.add("alone")) {
            out.at("media.count", v.post(), v.channel(), v.lang(), media.get(0).pos(), items + ": on " + n.name()
                    + " a video goes alone, without any other image or video", "send the video in a post of its own");
        }
        if (gifs > 0 && files > 1 && video.isPresent() && video.get().gifAlone() && seen.add("gif alone")) {
            out.at("media.count", v.post(), v.channel(), v.lang(), media.get(0).pos(), items + ", " + gifs
                    + (gifs == 1 ? " of them a GIF" : " of them GIFs") + ": on " + n.name() + " a GIF goes alone (up to "
                    + n.maxImages().orElse(4) + " photos, or 1 GIF, or 1 video)", "send the GIF in a post of its own");
        }
        if (videos == 0 && video.isPresent() && video.get().required() && v.post().status() != Status.DRAFT
                && v.post().status() != Status.CANCELLED && seen.add("video required")) {
            out.at("media.required", v.post(), v.channel(), v.lang(), media.get(0).pos(), n.name() + " posts are videos: "
                    + "this one has " + kinds(images, 0), "attach a video (.mp4, .mov), or leave " + v.channel()
                    + " out of channels:");
        }
    }

    private static String extension(String format) {
        return format.equals("JPEG") ? ".jpg" : "." + format.toLowerCase(Locale.ROOT);
    }

    private static String kinds(int images, int videos) {
        String i = images == 1 ? "1 image" : images + " images";
        String w = videos == 1 ? "1 video" : videos + " videos";
        return images == 0 ? w : videos == 0 ? i : i + ", " + w;
    }

    /**
     * Per channel: files, shape, size, count. The languages of a post usually show the same files: {@code seen}
     * (one set per post and channel) makes each file, and each image count, reported once for the channel, at its
     * first language; a translation that shows a file of its own gets that file checked.
     */
    void check(PostView v, Charter c, Emitter out, Set<String> seen) {
        List<Media> media = v.content().media();
        boolean none = true;
        for (int k = 0; media != null && k < media.size() && none; k++) {
            none = media.get(k).file() == null;
        }
        if (none && v.network().mediaRequired() && v.post().status() != Status.DRAFT
                && v.post().status() != Status.CANCELLED && seen.add("required")) {
            out.onKey("media.required", v.post(), v.post().fieldPos().containsKey("media") ? "media" : "text",
                    v.channel(), null, v.network().name() + " needs an image or a video: a post without media "
                            + "cannot go out there", "add media: [ { file: ..., alt: ... } ], or leave "
                            + v.channel() + " out of channels:");
        }
        if (media == null || media.isEmpty()) {
            return;
        }
        count(v, media, out, seen);
        for (Media m : media) {
            if (m.file() == null || !seen.add("file " + m.file())) {
                continue;
            }
            FileFacts f = files.computeIfAbsent(m.file(), this::inspect);
            if (f.problem() != null) {
                out.at("media.file", v.post(), v.channel(), null, m.pos(), f.problem(), f.suggestion());
                continue;
            }
            Path file = f.path();
            if (c.mediaMaxBytes() > 0 && f.size() > c.mediaMaxBytes()) {
                String[] shown = ByteSize.against(f.size(), c.mediaMaxBytes());
                out.at("media.size", v.post(), v.channel(), null, m.pos(), m.file() + " is " + shown[0]
                        + ", over the charter's " + shown[1], null);
            }
            if (m.isVideo()) {
                video(v, m, f, out);
                continue;
            }
            Optional<Dimensions> wh = dimensions.computeIfAbsent(file, ImageHeader::read);
            String named = ImageHeader.formatNamed(m.file());
            String held = named == null ? null
                    : formatOf(file);
            if (named != null && held != null && !held.equals(named)) { // a PNG named .jpg: a network may go by the name
                out.at("media.file", v.post(), v.channel(), null, m.pos(), m.file() + " is a " + held + " image named as a "
                        + named + " file", "rename it " + extension(held) + ", or export it as " + named);
            }
            imageFacts(v, m, f, out);
            if (wh.isEmpty()) {
                if (named != null) { // a .jpg that is no JPEG: broken or mis-named
                    out.at("media.file", v.post(), v.channel(), null, m.pos(), m.file() + (held != null
                            ? " is a " + held + " file whose header gives no size (0 pixels wide or high, or cut short)"
                            : " is not a readable image: its header is not that of a PNG, JPEG, GIF, WebP or BMP file"),
                            "export it again");
                }
                Optional<VideoHeader.Facts> movie = named != null || m.type() == null ? Optional.empty()
                        : videos.computeIfAbsent(file, VideoHeader::read).filter(x -> !x.stillImage());
                if (movie.isPresent()) { // a cut one too: it is no image either way
                    out.at("media.file", v.post(), v.channel(), null, m.pos(), m.file() + " is a video"
                            + (movie.get().problem() == null ? "" : " (it " + movie.get().problem() + ")")
                            + ", but its entry says type: image", "remove type: image (or say type: video)");
                }
                continue; // another format (HEIC, AVIF...): its size is not checked
            }
            int w = wh.get().width();
            int h = wh.get().height();
            double ratio = m.crop() != null ? AspectRatio.parse(m.crop()).value() : (double) w / h;
            String shown = m.crop() != null ? "crop " + m.crop() : w + "x" + h;
            v.network().imageAspect().ifPresent(range -> {
                double max = range.max().value();
                // read as the preview reads it (AspectRange: to the hundredth, as the networks write their bounds)
                if (!range.contains(ratio)) {
                    out.at("media.aspect_ratio", v.post(), v.channel(), null, m.pos(), m.file() + " (" + shown
                            + ", ratio " + Decimals.fixed(ratio, 2) + ") is outside "
                            + v.network().possessive() + " " + range.describe(), "crop it to "
                            + (ratio > max ? range.max() : range.min()).describe() + " or 1:1, and say crop: in the media entry");
                }
            });
            v.network().imageWidth().ifPresent(range -> {
                if (!range.contains(w)) {
                    out.at("media.dimensions", v.post(), v.channel(), null, m.pos(), m.file() + " is " + w
                            + " px wide, outside " + v.network().possessive() + " " + range.describe() + " px", null);
                }
            });
        }
    }

    /** What {@code file}'s first bytes say it is ({@link ImageHeader#formatOf}), or null: read once per file. */
    private String formatOf(Path file) {
        return formats.computeIfAbsent(file, x -> Optional.ofNullable(ImageHeader.formatOf(x))).orElse(null);
    }

    /**
     * An image against the network's {@code image_max_bytes} and {@code image_formats}, its format read from its
     * first bytes (a PNG named {@code .jpg} is a PNG to the network too). A file of no format edito reads (HEIC...)
     * is not what a network taking only some formats takes either.
     */
    private void imageFacts(PostView v, Media m, FileFacts f, Emitter out) {
        Network n = v.network();
        // a GIF has a limit of its own on some networks (X: 15 MB against 5 MB): its format is read only there
        boolean gif = n.gifMaxBytes().isPresent() && "GIF".equals(formatOf(f.path()));
        OptionalInt max = n.imageMaxBytes(gif ? "GIF" : null);
        if (max.isPresent() && f.size() > max.getAsInt()) {
            String[] shown = ByteSize.against(f.size(), max.getAsInt());
            out.at("media.image_size", v.post(), v.channel(), null, m.pos(), m.file() + " is " + shown[0]
                    + ", over " + n.possessive() + " " + shown[1] + (gif ? " for a GIF" : " for an image"), "compress it");
        }
        if (!n.imageFormats().isEmpty()) {
            String held = formatOf(f.path());
            // a .jpg whose header is no image's is media.file's (broken or mis-named): told once, there
            boolean publishes = held != null && n.imageFormats().contains(held); // List.of's contains(null) throws
            if (!publishes && (held != null || ImageHeader.formatNamed(m.file()) == null)) {
                String taken = String.join(" or ", n.imageFormats());
                out.at("media.image_format", v.post(), v.channel(), null, m.pos(), m.file() + " is "
                        + (held == null ? "an image in a format edito does not read" : "a " + held + " image") + ": "
                        + n.name() + " publishes " + taken + " images only", "export it as " + taken);
            }
        }
    }

    /**
     * A file that says it is a video (by {@code type: video} or its name) is one (its container's signature), and
     * within the network's length and size, where the file states its length (MP4, MOV).
     */
    private void video(PostView v, Media m, FileFacts f, Emitter out) {
        Optional<VideoHeader.Facts> facts = videos.computeIfAbsent(f.path(), VideoHeader::read);
        if (facts.isEmpty()) {
            out.at("media.file", v.post(), v.channel(), null, m.pos(), m.file() + " is not a readable video: its "
                    + "header is not that of an MP4, MOV, WebM, Matroska or AVI file"
                    + (ImageHeader.read(f.path()).isPresent() || ImageHeader.formatOf(f.path()) != null
                    ? " (it is an image: say type: image)" : ""),
                    "export it again");
            return;
        }
        if (facts.get().problem() != null) {
            out.at("media.file", v.post(), v.channel(), null, m.pos(), m.file() + " " + facts.get().problem(),
                    "export it again");
            return;
        }
        Optional<VideoLimits> limits = v.network().video();
        if (limits.isEmpty()) {
            return;
        }
        VideoLimits l = limits.get();
        if (l.maxBytes().isPresent() && f.size() > l.maxBytes().getAsLong()) {
            String[] shown = ByteSize.against(f.size(), l.maxBytes().getAsLong());
            out.at("media.video_size", v.post(), v.channel(), null, m.pos(), m.file() + " is " + shown[0]
                    + ", over " + v.network().possessive() + " " + shown[1] + " for a video", "compress it");
        }
        java.time.Duration d = facts.get().duration();
        if (d == null) {
            return;
        }
        java.time.Duration max = l.longest().orElse(null);
        java.time.Duration min = l.shortest().orElse(null);
        if (max != null && d.compareTo(max) > 0) {
            out.at("media.video_length", v.post(), v.channel(), null, m.pos(), m.file() + " lasts "
                    + Durations.clock(d, max) + ", longer than " + v.network().possessive() + " "
                    + Durations.clock(max), "cut it");
        }
        if (min != null && d.compareTo(min) < 0) {
            out.at("media.video_length", v.post(), v.channel(), null, m.pos(), m.file() + " lasts "
                    + Durations.clock(d, min) + ", shorter than " + v.network().possessive() + " minimum of "
                    + Durations.clock(min), null);
        }
    }

    /** Where a media file is, its size, or why the rules cannot use it: found once for every post and channel. */
    private FileFacts inspect(String given) {
        RepoPaths.Resolved r = paths.resolve(given);
        if (!r.ok()) {
            return FileFacts.refused(r.escape().describe(given),
                    r.escape() == RepoPaths.Escape.ABSOLUTE ? "give a path relative to the project root" : null);
        }
        if (!Files.exists(r.path())) {
            String other = otherSpelling(r.path());
            return other == null ? FileFacts.refused(given + " does not exist", null)
                    : FileFacts.refused(given + " does not exist as written: its folder holds " + other + ", the same "
                    + "name with its accents written another way (composed or decomposed Unicode, as macOS writes names)",
                    "write the name as the file is named, or rename the file");
        }
        if (Files.isDirectory(r.path())) {
            return FileFacts.refused(given + " is a folder, not a media file", null);
        }
        try {
            return new FileFacts(r.path(), Files.size(r.path()), null, null);
        } catch (IOException e) {
            return FileFacts.refused("cannot read " + given + ": " + e.getMessage(), null);
        }
    }

    /** The name of a file beside {@code missing} that differs from its name only by Unicode normalisation, or null. */
    private static String otherSpelling(Path missing) {
        Path folder = missing.getParent();
        String wanted = java.text.Normalizer.normalize(missing.getFileName().toString(), java.text.Normalizer.Form.NFC);
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFC).equals(wanted))
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A media file inside the project and its size, or the {@code media.file} finding that refuses it. */
    private record FileFacts(Path path, long size, String problem, String suggestion) {
        static FileFacts refused(String problem, String suggestion) {
            return new FileFacts(null, -1, problem, suggestion);
        }
    }
}
