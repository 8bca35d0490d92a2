package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.WARNING;

import io.edito.check.ChannelViews;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.NetworkRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code media.*} but alt texts: files exist inside the repository, image shape and width within the network's bounds
 * (read from the image header only), video length and size, file size, image count.
 */
public final class MediaRules implements Rule {
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("media.required", "Post without media on a network that needs it", "Instagram, TikTok, YouTube and "
                        + "Pinterest take no text-only post (networks.yaml media_required), and YouTube takes videos only "
                        + "(video.required).", "Add an image or a video.", ERROR),
                new RuleInfo("media.video_length", "Video too long or too short", "A video's length, read from its MP4/MOV header, "
                        + "outside the network's limits (networks.yaml video).", "Cut the video.", ERROR),
                new RuleInfo("media.video_size", "Video file too large", "A video file larger than the network takes (networks.yaml "
                        + "video.max_mb).", "Compress the video.", ERROR),
                new RuleInfo("media.image_size", "Image file too large", "An image file larger than the network takes "
                        + "(networks.yaml image_max_bytes: Bluesky 1,000,000 bytes, X 5 MB; gif_max_bytes: X 15 MB for a GIF).", "Compress the image.", ERROR),
                new RuleInfo("media.image_format", "Image format not taken", "An image in a format the network does not "
                        + "publish (networks.yaml image_formats: Instagram JPEG only, Threads JPEG or PNG, TikTok JPEG or WebP), read "
                        + "from the file's header.",
                        "Export the image as one of the formats named.", ERROR),
                new RuleInfo("media.file", "Media file missing, unreadable or outside the repository", "A media file must exist inside "
                        + "the calendar repository (no .., absolute path or link leading out), be a file, and a .png, .jpg, "
                        + ".gif, .webp or .bmp file must be an image of that format.", "Fix the path, or export the image "
                        + "again.", ERROR),
                new RuleInfo("media.aspect_ratio", "Image shape not accepted", "The image's aspect ratio (width:height) must be within "
                        + "the network's bounds (Instagram feed: 4:5 to 1.91:1).", "Crop the image for this network.", ERROR),
                new RuleInfo("media.dimensions", "Image too small or too large", "The image's width must be within the network's "
                        + "bounds.", "Resize the image for this network.", WARNING),
                new RuleInfo("media.size", "Media file too large", "The file is larger than the charter's media.max_size.",
                        "Compress the file.", ERROR),
                new RuleInfo("media.count", "Too many media items", "More images, or images and videos together, than the "
                        + "network accepts in one post (max_images, max_media), or a video beside other media where a "
                        + "video goes alone (X, Mastodon, Bluesky, Facebook, LinkedIn, TikTok: video.alone).", "Remove media or split the post.", ERROR));
    }
    /**
     * The languages of a post usually show the same files: each file, and each image count, is reported once for the
     * channel, at its first language; a translation that shows a file of its own gets that file checked.
     */
    @Override
    public void checkChannel(ChannelViews channel, CheckContext ctx, Emitter out) {
        MediaFileChecks files = ctx.state(this, c -> new MediaFileChecks(c.root()));
        Set<String> seen = new HashSet<>();
        for (PostView v : channel.views()) {
            if (!v.goesOut()) {
                continue; // one language of a joined text: the joined view shows its media and joined alt texts
            }
            files.check(v, ctx.charter(), out, seen);
        }
    }
}
