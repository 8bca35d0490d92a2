package io.edito.check;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.INFO;
import static io.edito.core.Severity.WARNING;

import io.edito.core.Severity;
import io.edito.network.Network;
import io.edito.network.NetworkRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every built-in rule: id, descriptions, help and default severity (docs/charter.md#rules). */
public final class RuleCatalog {
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    public RuleCatalog(NetworkRegistry networks) {
        for (Network n : networks.all()) {
            add("length." + n.id(), "Text too long for " + n.name(),
                    "Each text of the post (text, title, thread items, first comment) counted the way " + n.name()
                            + " counts, against its limit.",
                    "Shorten the text, or give this channel a shorter variant under variants:.", ERROR);
        }
        add("links.max", "Too many links", "More links than the network accepts in one post (Threads: 5).",
                "Remove links or move them to a first comment.", ERROR);
        add("links.https", "Link without https", "Links must use https.", "Write the link with https://.", ERROR);
        add("links.domains", "Link to a domain outside the charter", "Links must go to the domains the charter lists.",
                "Link to one of the brand's domains.", WARNING);
        add("links.utm", "Link without UTM parameters", "Links to the brand's domains carry utm_source, utm_medium and "
                + "utm_campaign (links.utm: required).", "Add ?utm_source=<channel>&utm_medium=social&utm_campaign=<campaign>.", WARNING);
        add("links.utm_source", "utm_source does not match the channel", "utm_source must name the channel the post goes to.",
                "Set utm_source to the channel id, or give the channel a variant with its own link.", WARNING);
        add("links.shorteners", "Link shortener", "Shortened links hide their destination and are forbidden by the charter.",
                "Use the full link; networks shorten links themselves.", WARNING);
        add("links.not_clickable", "Link in a caption that is not clickable", "Instagram captions do not make links "
                + "clickable.", "Write \"link in bio\" or use a story or first comment instead.", WARNING);
        add("vocabulary.forbidden", "Forbidden term", "A term the charter forbids (case-, accent- and article-insensitive).",
                "Use the suggested wording.", ERROR);
        add("vocabulary.required", "Required term missing", "A term the charter requires in every post of its language.",
                "Add the term.", WARNING);
        add("hashtags.max", "Too many hashtags", "More hashtags than the network accepts or the charter allows.",
                "Keep the strongest hashtags.", ERROR);
        add("hashtags.required", "Required hashtag missing", "A hashtag the charter requires on every post.",
                "Add the hashtag.", WARNING);
        add("hashtags.forbidden", "Forbidden hashtag", "A hashtag the charter forbids.", "Remove the hashtag.", ERROR);
        add("hashtags.camel_case", "Hashtag not in CamelCase", "Multi-word hashtags in CamelCase are read correctly by "
                + "screen readers (#AtlasAir, not #atlasair).", "Capitalise each word of the hashtag.", WARNING);
        add("mentions.allowed", "Mention of an account outside the allowed list", "Only the accounts the charter lists "
                + "may be mentioned.", "Remove the mention or add the account to mentions.allowed.", WARNING);
        add("disclosure", "Paid or partner post without disclosure", "Paid posts and partnerships must carry the "
                + "disclosure of their language (#ad, #sponsorisé, #إعلان).", "Add the disclosure to the text.", ERROR);
        add("style.emoji", "Too many emoji", "More emoji than the charter allows.", "Remove some emoji.", WARNING);
        add("style.all_caps", "Word in capitals", "Words in capitals read as shouting and are spelt out by some screen "
                + "readers.", "Write the word in lower case.", INFO);
        add("style.math_letters", "Unicode \"bold\" or \"italic\" letters", "Mathematical alphanumeric symbols are "
                + "spelt out letter by letter by screen readers and are not found by search.",
                "Write plain letters; use the network's formatting if it has any.", WARNING);
        add("style.punctuation", "Repeated punctuation", "Repeated punctuation (!!!, ???) reads as shouting.",
                "Use one mark.", INFO);
        add("media.alt_required", "Image without alt text", "Every image needs alt text in every language of the post.",
                "Add alt: to the media (and to each translation's media).", ERROR);
        add("media.alt_length", "Alt text too short or too long", "Alt text length outside the charter's "
                + "bounds (media.alt_min, media.alt_max).", "Describe the image in a sentence.", WARNING);
        add("languages.translation", "Translation missing", "Every language of the brand must be present.",
                "Add the translation under translations:, or a post with translation_of:.", ERROR);
        add("languages.script", "Text not in the script of its language", "The text's script does not match its "
                + "language (Arabic script for ar).", "Check the lang: of the post or of the translation.", ERROR);
        add("schedule.windows", "Outside the posting window", "The post's local time is outside the charter's posting "
                + "windows for this channel and weekday.", "Move the post into a window.", WARNING);
        add("schedule.blackout", "In a blackout period", "No post may go out during a blackout.", "Move the post.", ERROR);
        add("schedule.min_gap", "Too close to the previous post", "Posts on the same channel must be at least the "
                + "charter's minimum gap apart.", "Space the posts out.", WARNING);
        add("schedule.max_per_day", "Too many posts in a day", "More posts on one channel in one local day than the "
                + "charter allows.", "Move a post to another day.", WARNING);
        add("schedule.past", "Approved post in the past", "An approved or scheduled post whose time has passed and "
                + "that is not marked published.", "Mark it published, or move it.", ERROR);
        add("schedule.approval_lead", "Not approved in time", "A post must be approved at least the charter's lead "
                + "time before it goes out.", "Get the post approved, or move it.", WARNING);
        add("schedule.translation_gap", "Versions of a post far apart", "A post written as a translation of "
                + "another (translation_of:) goes out within the charter's schedule.translation_gap (default 1h) of "
                + "it.", "Move it closer to the post it translates.", WARNING);
        add("schedule.campaign", "Outside its campaign's dates", "A post of a campaign must go out between the "
                + "campaign's dates.", "Move the post, or fix the campaign's dates.", WARNING);
        add("media.required", "Post without media on a network that needs it", "Instagram, TikTok, YouTube and "
                + "Pinterest take no text-only post (networks.yaml media_required).", "Add an image or a video.", ERROR);
        add("media.video_length", "Video too long or too short", "A video's length, read from its MP4/MOV header, "
                + "outside the network's limits (networks.yaml video).", "Cut the video.", ERROR);
        add("media.video_size", "Video file too large", "A video file larger than the network takes (networks.yaml "
                + "video.max_mb).", "Compress the video.", ERROR);
        add("media.file", "Media file missing, unreadable or outside the repository", "A media file must exist inside "
                + "the calendar repository (no .., absolute path or link leading out), be a file, and a .png, .jpg, "
                + ".gif, .webp or .bmp file must be an image of that format.", "Fix the path, or export the image "
                + "again.", ERROR);
        add("media.aspect_ratio", "Image shape not accepted", "The image's aspect ratio (width:height) must be within "
                + "the network's bounds (Instagram feed: 4:5 to 1.91:1).", "Crop the image for this network.", ERROR);
        add("media.dimensions", "Image too small or too large", "The image's width must be within the network's "
                + "bounds.", "Resize the image for this network.", WARNING);
        add("media.size", "Media file too large", "The file is larger than the charter's media.max_size.",
                "Compress the file.", ERROR);
        add("media.count", "Too many images", "More images than the network accepts in one post.",
                "Remove images or split the post.", ERROR);
        add("duplicates.text", "Same text again", "The same or nearly the same text on the same channel within the "
                + "charter's duplicate window.", "Rewrite the text.", WARNING);
        add("charter.ignore", "Suppression of an unknown rule", "A post's ignore: names a rule that does not exist.",
                "Fix the rule id.", ERROR);
    }

    private void add(String id, String shortDesc, String fullDesc, String help, Severity severity) {
        rules.put(id, new RuleInfo(id, shortDesc, fullDesc, help, severity));
    }

    public List<RuleInfo> all() {
        return new ArrayList<>(rules.values());
    }

    public List<String> ids() {
        return new ArrayList<>(rules.keySet());
    }

    public Optional<RuleInfo> get(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public RuleInfo require(String id) {
        RuleInfo r = rules.get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return r;
    }
}
