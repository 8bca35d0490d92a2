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
import io.edito.network.VideoLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checks of {@link MediaRules} for one project root, with what they read of each file (existence, size, image
 * and video headers) kept so that a file shown on several posts and channels is read once.
 */
final class MediaFileChecks {
    private static final List<String> VIDEO = List.of(".mp4", ".mov", ".m4v", ".webm", ".avi");

    private final RepoPaths paths;
    // posts are checked in parallel; a file shown on several channels and posts is looked at once
    private final Map<String, FileFacts> files = new ConcurrentHashMap<>();
    private final Map<Path, Optional<Dimensions>> dimensions = new ConcurrentHashMap<>();
    private final Map<Path, Optional<VideoHeader.Facts>> videos = new ConcurrentHashMap<>();

    MediaFileChecks(Path root) {
        this.paths = new RepoPaths(root);
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
        long images = 0;
        for (Media m : media) {
            images += isVideo(m) ? 0 : 1;
        }
        if (v.network().maxImages().isPresent() && images > v.network().maxImages().getAsInt()
                && seen.add("count " + images)) {
            out.at("media.count", v.post(), v.channel(), v.lang(), media.get(0).pos(), images + " images, "
                    + v.network().name() + " accepts at most " + v.network().maxImages().getAsInt(), null);
        }
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
            if (isVideo(m)) {
                video(v, m, f, out);
                continue;
            }
            Optional<Dimensions> wh = dimensions.computeIfAbsent(file, ImageHeader::read);
            if (wh.isEmpty()) {
                if (ImageHeader.namesOwnFormat(m.file())) { // a .jpg that is no JPEG: broken or mis-named
                    out.at("media.file", v.post(), v.channel(), null, m.pos(), m.file() + " is not a readable "
                            + "image: its header is not that of a PNG, JPEG, GIF, WebP or BMP file", "export it again");
                }
                continue; // another format (HEIC, AVIF...): its size is not checked
            }
            int w = wh.get().width();
            int h = wh.get().height();
            double ratio = m.crop() != null ? AspectRatio.parse(m.crop()).value() : (double) w / h;
            String shown = m.crop() != null ? "crop " + m.crop() : w + "x" + h;
            v.network().imageAspect().ifPresent(range -> {
                double min = range.min().value();
                double max = range.max().value();
                if (ratio < min - 0.005 || ratio > max + 0.005) {
                    out.at("media.aspect_ratio", v.post(), v.channel(), null, m.pos(), m.file() + " (" + shown
                            + ", ratio " + Decimals.fixed(ratio, 2) + ") is outside "
                            + v.network().name() + "'s " + range.describe(), "crop it to " + range.min().describe()
                            + " or 1:1, and say crop: in the media entry");
                }
            });
            v.network().imageWidth().ifPresent(range -> {
                if (!range.contains(w)) {
                    out.at("media.dimensions", v.post(), v.channel(), null, m.pos(), m.file() + " is " + w
                            + " px wide, outside " + v.network().name() + "'s " + range.describe() + " px", null);
                }
            });
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
                    + (ImageHeader.read(f.path()).isPresent() ? " (it is an image: say type: image)" : ""),
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
                    + ", over " + v.network().name() + "'s " + shown[1] + " for a video", "compress it");
        }
        java.time.Duration d = facts.get().duration();
        if (d == null) {
            return;
        }
        if (l.maxSeconds().isPresent() && d.compareTo(java.time.Duration.ofSeconds(l.maxSeconds().getAsInt())) > 0) {
            out.at("media.video_length", v.post(), v.channel(), null, m.pos(), m.file() + " lasts "
                    + Durations.clock(d) + ", longer than " + v.network().name() + "'s "
                    + Durations.clock(java.time.Duration.ofSeconds(l.maxSeconds().getAsInt())), "cut it");
        }
        if (l.minSeconds().isPresent() && d.compareTo(java.time.Duration.ofSeconds(l.minSeconds().getAsInt())) < 0) {
            out.at("media.video_length", v.post(), v.channel(), null, m.pos(), m.file() + " lasts "
                    + Durations.clock(d) + ", shorter than " + v.network().name() + "'s minimum of "
                    + Durations.clock(java.time.Duration.ofSeconds(l.minSeconds().getAsInt())), null);
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
            return FileFacts.refused(given + " does not exist", null);
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

    /** A media file inside the project and its size, or the {@code media.file} finding that refuses it. */
    private record FileFacts(Path path, long size, String problem, String suggestion) {
        static FileFacts refused(String problem, String suggestion) {
            return new FileFacts(null, -1, problem, suggestion);
        }
    }

    static boolean isVideo(Media m) {
        if (m.type() != null) {
            return m.type().equals("video");
        }
        String f = m.file() == null ? "" : m.file().toLowerCase(Locale.ROOT);
        for (String extension : VIDEO) {
            if (f.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
