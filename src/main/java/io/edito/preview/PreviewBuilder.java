package io.edito.preview;

import io.edito.calendar.Calendar;
import io.edito.calendar.Content;
import io.edito.calendar.Edition;
import io.edito.calendar.Media;
import io.edito.calendar.Post;
import io.edito.calendar.Text;
import io.edito.calendar.TranslationGroups;
import io.edito.check.Finding;
import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.core.LanguageTag;
import io.edito.core.RepoPaths;
import io.edito.media.ImageHeader;
import io.edito.network.AspectRange;
import io.edito.network.AspectRatio;
import io.edito.network.Network;
import io.edito.network.NetworkRegistry;
import io.edito.network.TextField;
import io.edito.text.BlueskyTags;
import io.edito.text.Entities;
import io.edito.text.Entity;
import io.edito.text.Measurement;
import io.edito.text.NetworkText;
import io.edito.text.TextMeasure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Builds the cards of a calendar: one per post × channel × language, in calendar order (or the order of the post
 * ids asked for), each with its findings.
 */
public final class PreviewBuilder {

    private final NetworkRegistry networks;
    private final Map<String, OptionalInt> foldOverrides;

    /**
     * @param networks      the network facts (the built-in ones, or a charter's copy)
     * @param foldOverrides per network id, another fold (empty: no fold), e.g. LinkedIn's mobile 140 from {@code --fold}
     */
    public PreviewBuilder(NetworkRegistry networks, Map<String, OptionalInt> foldOverrides) {
        this.networks = networks;
        this.foldOverrides = Map.copyOf(foldOverrides);
    }

    /** The cards {@code query} asks for; {@code findings} are the charter findings of the whole calendar. */
    public List<PreviewCard> build(Calendar calendar, PreviewQuery query, List<Finding> findings) {
        return build(calendar, query, findings, java.util.Collections.emptyMap()); // get(null) allowed: no brand
    }

    /**
     * {@link #build(Calendar, PreviewQuery, List)}, each brand's posts measured with its own network facts
     * ({@code byBrand}: its charter's {@code limits:}; a brand not in it gets this builder's).
     */
    public List<PreviewCard> build(Calendar calendar, PreviewQuery query, List<Finding> findings,
                                   Map<String, NetworkRegistry> byBrand) {
        Map<String, List<Finding>> byPost = new LinkedHashMap<>();
        for (Finding f : findings) {
            byPost.computeIfAbsent(f.postId(), k -> new ArrayList<>()).add(f);
        }
        TranslationGroups groups = TranslationGroups.of(calendar.posts());
        List<PreviewCard> out = new ArrayList<>();
        for (Post post : posts(calendar, query)) {
            if (!query.brand(post.brand())) {
                continue;
            }
            List<String> group = groups.grouped(post) ? groups.group(post).stream().map(Post::id).toList() : List.of();
            for (String channel : post.channels()) {
                BrandConfig brand = post.brand() == null ? null : calendar.config().brand(post.brand()).orElse(null);
                String networkId = brand == null ? channel : brand.networkOf(channel);
                if (!query.channels().isEmpty() && !query.channels().contains(channel)
                        && !query.channels().contains(networkId)) {
                    continue;
                }
                Optional<Network> network = byBrand.getOrDefault(post.brand(), networks).find(networkId);
                if (network.isEmpty()) {
                    continue; // the loader already reported an unknown channel
                }
                // --from/--to compare local times of the brand's zone (or --tz: the loader reads every time in it),
                // as agenda and check do; the card shows the account's own zone when it has one
                ZonedDateTime local = post.timeOn(channel);
                if (!query.inRange(local == null ? null : local.toLocalDateTime())) {
                    continue;
                }
                ChannelConfig account = brand == null ? null : brand.channels().get(channel);
                ZonedDateTime time = inZone(local, account == null ? null : account.zone());
                List<Finding> found = byPost.getOrDefault(post.id(), List.of());
                if (brand == null || brand.languagesOn(channel).isEmpty()) {
                    for (String lang : post.languages()) { // an account of any language: the post and its translations
                        if (query.langs().isEmpty() || LanguageTag.coveredByAny(query.langs(), lang)) {
                            out.add(card(calendar, post, brand, channel, network.get(), lang,
                                    post.content(channel, lang), time, local, found, group));
                        }
                    }
                    continue;
                }
                Edition edition = post.editionOn(brand, channel); // what goes out on the account: one card
                if (edition.complete() && (query.langs().isEmpty()
                        || edition.languages().stream().anyMatch(l -> LanguageTag.coveredByAny(query.langs(), l)))) {
                    out.add(card(calendar, post, brand, channel, network.get(), edition.lang(), edition.content(),
                            time, local, found, group));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<Post> posts(Calendar calendar, PreviewQuery query) {
        if (query.postIds().isEmpty()) {
            return calendar.posts();
        }
        List<Post> out = new ArrayList<>();
        for (String id : query.postIds()) {
            calendar.post(id).ifPresent(out::add);
        }
        return out;
    }

    /** {@code t} shown in the account's zone ({@code timezone:}), else the brand's; as written without either. */
    private static ZonedDateTime inZone(ZonedDateTime t, ZoneId zone) {
        return t == null || zone == null ? t : t.withZoneSameInstant(zone);
    }

    /** The card of {@code content}, what goes out on {@code channel} in {@code lang} ({@code fr+ar}: joined). */
    private PreviewCard card(Calendar calendar, Post post, BrandConfig brand, String channel, Network base, String lang,
                             Content content, ZonedDateTime time, ZonedDateTime local, List<Finding> postFindings,
                             List<String> group) {
        ChannelConfig account = brand == null ? null : brand.channels().get(channel);
        Network network = withAccountSettings(base, account);
        OptionalInt fold = foldOverrides.getOrDefault(network.id(), network.fold());
        List<String> langs = LanguageTag.parts(lang);
        Direction langDir = Direction.ofLanguage(langs.isEmpty() ? null : langs.get(0));
        // a content warning is Mastodon's spoiler text: other networks have no such field
        String cw = network.audiences() ? post.contentWarningIn(lang) : null;
        // a post of photos only is measured against its own limit where the network has one (TikTok: 4,000)
        CardText text = mainText(network, network.textField(Media.photosOnly(content.media())), fold,
                value(content.text()), langDir, cw);
        List<CardText> thread = new ArrayList<>();
        if (content.thread() != null && network.replies()) {
            for (Text item : content.thread()) {
                thread.add(cardText(network, TextField.TEXT, OptionalInt.empty(), value(item), langDir));
            }
        }
        CardText firstComment = content.firstComment() == null || content.firstComment().isBlank() ? null
                : cardText(network, network.limit(TextField.FIRST_COMMENT).isPresent() ? TextField.FIRST_COMMENT
                        : TextField.TEXT, OptionalInt.empty(), value(content.firstComment()), langDir);
        List<MediaLine> media = new ArrayList<>();
        if (content.media() != null) {
            for (Media m : content.media()) {
                if (m != null && m.file() != null) {
                    media.add(mediaLine(calendar.config().root(), m, network));
                }
            }
        }
        List<Finding> findings = postFindings.stream()
                .filter(f -> f.channel() == null || f.channels().contains(channel)) // "x,x-ar": reported once, shown on each
                .filter(f -> f.lang() == null || f.lang().equals(lang) || langs.contains(f.lang()))
                .toList();
        String accountName = account != null && account.name() != null ? account.name()
                : brand != null && brand.displayName() != null ? brand.displayName()
                : post.brand() != null ? post.brand() : "account";
        return new PreviewCard(post.id(), post.brand(), network, channel, accountName,
                account == null ? null : account.handle(),
                lang, time, local, post.status(), value(content.title()).isEmpty() ? null : value(content.title()), text,
                media, thread, firstComment, content.link(), cw, value(content.text()), findings, post.pos(),
                group);
    }

    private static String value(Text t) {
        return t == null || t.value() == null ? "" : t.value();
    }

    private static CardText mainText(Network network, TextField field, OptionalInt fold, String markdown,
                                     Direction fallback, String cw) {
        String displayed = NetworkText.render(markdown);
        List<Measurement> length;
        if ("mastodon".equals(network.id())) {
            length = List.of(TextMeasure.measureMastodon(network, displayed, cw));
        } else {
            length = TextMeasure.measureAll(network, field, displayed);
        }
        return new CardText(displayed, entities(network, displayed), Fold.of(network, fold, displayed),
                Direction.of(displayed, fallback), length);
    }

    private static CardText cardText(Network network, TextField field, OptionalInt fold, String markdown,
                                     Direction fallback) {
        String displayed = NetworkText.render(markdown);
        return new CardText(displayed, entities(network, displayed), Fold.of(network, fold, displayed),
                Direction.of(displayed, fallback), TextMeasure.measureAll(network, field, displayed));
    }

    /**
     * The hashtags, mentions and URLs of a text as the network shows them: on Bluesky a hashtag longer than it makes a
     * link of ({@link BlueskyTags}) is plain text, and is shown so; a mention or a link the network leaves as text
     * ({@link NetworkLook#shows}: LinkedIn's typed {@code @name}, Bluesky's {@code @alice}, Mastodon's bare domain) too.
     */
    private static List<Entity> entities(Network network, String displayed) {
        List<Entity> all = Entities.extract(displayed);
        List<BlueskyTags.Tag> plain = BlueskyTags.appliesTo(network.id()) ? BlueskyTags.unlinked(displayed) : List.of();
        NetworkLook look = NetworkLook.of(network.id());
        List<Entity> out = new ArrayList<>(all.size());
        for (Entity e : all) {
            boolean unlinkedTag = e.kind() == Entity.Kind.HASHTAG
                    && plain.stream().anyMatch(t -> e.start() < t.end() && t.start() < e.end());
            if (!unlinkedTag && look.shows(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** A Mastodon instance's own limit ({@code max_characters} in the channel's settings). */
    static Network withAccountSettings(Network network, ChannelConfig account) {
        return account == null ? network : account.facts(network);
    }

    static MediaLine mediaLine(java.nio.file.Path root, Media m, Network network) {
        // a path leading out of the project is never read: the page must not embed a file from elsewhere
        RepoPaths.Resolved inside = new RepoPaths(root).resolve(m.file());
        Path path = inside.path();
        boolean exists = inside.ok() && Files.isRegularFile(path);
        String type = m.kind();
        String alt = m.alt() == null || m.alt().isBlank() ? null : m.alt().value();
        int[] size = exists && !"video".equals(type) ? imageSize(path) : new int[] {0, 0};
        AspectRatio chosen = null;
        String note = null;
        if (m.crop() != null) {
            try {
                chosen = AspectRatio.parse(m.crop());
            } catch (IllegalArgumentException e) {
                note = "crop '" + m.crop() + "' is not a ratio like 4:5";
            }
        }
        AspectRatio own = size[0] > 0 && size[1] > 0 ? ratio(size[0], size[1]) : null;
        AspectRatio shown = chosen != null ? chosen : own;
        Optional<AspectRange> range = "video".equals(type) ? Optional.empty() : network.imageAspect();
        if (shown != null && range.isPresent()) {
            AspectRange r = range.get();
            // outside as check reads it (AspectRange.contains), cropped to the nearer bound
            AspectRatio fitted = r.contains(shown.value()) ? shown : shown.value() < r.min().value() ? r.min() : r.max();
            if (fitted != shown) {
                note = (chosen != null ? "crop " + shown.describe() : shown.describe()) + " is outside "
                        + network.possessive() + " " + r.describe() + ": shown cropped to " + fitted.describe();
                shown = fitted;
            } else if (chosen != null && own != null && Math.abs(own.value() - chosen.value()) > 0.01) {
                note = "cropped from " + own.describe() + " to " + chosen.describe();
            }
        } else if (chosen != null && own != null && Math.abs(own.value() - chosen.value()) > 0.01) {
            note = "cropped from " + own.describe() + " to " + chosen.describe();
        }
        if (!inside.ok()) {
            note = "not shown: " + inside.escape().describe(m.file());
        } else if (!exists) {
            note = note == null ? "file not found" : "file not found; " + note;
        }
        return new MediaLine(m.file(), path, type, alt, size[0], size[1], shown, note, exists);
    }

    /** Width and height as displayed, from the image's header (no decoding), or zeros when it cannot be read. */
    static int[] imageSize(Path path) {
        return ImageHeader.read(path).map(d -> new int[] {d.width(), d.height()}).orElse(new int[] {0, 0});
    }

    /** {@code 1080 x 1350} is 4:5; a ratio with no small terms is written as {@code 1.33:1}. */
    static AspectRatio ratio(int w, int h) {
        int g = gcd(w, h);
        if (w / g <= 32 && h / g <= 32) {
            return new AspectRatio(w / g, h / g);
        }
        double r = Math.round((double) w / h * 100) / 100.0;
        return r >= 1 ? new AspectRatio(r, 1) : new AspectRatio(1, Math.round((double) h / w * 100) / 100.0);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
