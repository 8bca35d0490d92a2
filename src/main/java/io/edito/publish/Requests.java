package io.edito.publish;

import io.edito.calendar.Content;
import io.edito.calendar.Edition;
import io.edito.calendar.Media;
import io.edito.calendar.Post;
import io.edito.calendar.Text;
import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.RepoPaths;
import io.edito.core.Sha256;
import io.edito.publish.api.PublishRequest;
import io.edito.text.NetworkText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a calendar post into what is sent on one channel: the text as that network shows it, thread, media. */
public final class Requests {
    private Requests() {
    }

    /**
     * The request for {@code post} on {@code channel}, in the language(s) that go out there (the account's
     * {@code lang:} or {@code languages:} joined, else the post's own); media paths against the project root.
     *
     * @throws io.edito.core.EditoException (input) when a media path leads outside the root, or when the post has no
     *                                      text in one of the account's languages (never another language instead)
     */
    public static PublishRequest of(Post post, String channel, ProjectConfig config) {
        Path root = config.root();
        BrandConfig brand = post.brand() == null ? null : config.brands().get(post.brand());
        Edition edition = post.editionOn(brand, channel);
        if (!edition.complete()) {
            throw EditoException.input(post.pos(), "post " + post.id() + " has no " + String.join(" or ",
                    edition.missing()) + " text, and channel " + channel + " " + brand.publishesWhat(channel)
                    + " (languages.missing)");
        }
        Content c = edition.content();
        List<String> thread = new ArrayList<>();
        if (c.thread() != null) {
            for (Text t : c.thread()) {
                thread.add(NetworkText.render(t.value()));
            }
        }
        List<PublishRequest.Media> media = new ArrayList<>();
        if (c.media() != null) {
            RepoPaths inside = new RepoPaths(root);
            String mediaUrl = mediaUrl(brand, channel);
            for (Media m : c.media()) {
                if (m.file() != null) {
                    // the check blocks such a post too (media.file), but a rule can be ignored: this cannot
                    Path file = inside.require(m.file(), m.pos());
                    String relative = repositoryPath(m.file());
                    media.add(new PublishRequest.Media(file, m.alt() == null ? null : m.alt().value().strip(),
                            mime(m.file()), relative, digest(file, relative, m.pos()), mediaUrl == null ? null
                            : io.edito.publish.http.PublicMedia.url(mediaUrl, relative)));
                }
            }
        }
        return new PublishRequest(post.id(), channel, null, c.text() == null ? "" : NetworkText.render(c.text().value()),
                thread, c.firstComment() == null ? null : NetworkText.render(c.firstComment().value()), media, c.link(),
                post.campaign(), edition.lang(), post.timeOn(channel).toOffsetDateTime(), post.visibility(), post.contentWarningIn(edition.lang()),
                c.title() == null ? null : NetworkText.render(c.title().value()).strip(), null,
                config.networkOf(post.brand(), channel), post.brand());
    }

    /**
     * What a held-back notice is about: the pair's content (its content hash; the post as loaded when no request
     * can be made of it) and why it is held back, hashed. The same post held back for the same reasons gives the
     * same key on every run; an edit or another reason gives another.
     */
    public static String heldBackKey(Post post, String channel, ProjectConfig config, String why) {
        String content;
        try {
            content = of(post, channel, config).contentHash();
        } catch (EditoException e) {
            content = written(post.content(channel, post.lang()));
        }
        return Sha256.hex(content + "\u0000" + why);
    }

    /**
     * The content as written (texts, link, media files and alt texts): the same text on every run, for a key (a
     * record's own text would hold the identity of the objects it holds).
     */
    private static String written(Content c) {
        StringBuilder sb = new StringBuilder();
        java.util.function.Consumer<Text> text = t -> sb.append(t == null ? "" : t.value()).append('\u0000');
        text.accept(c.text());
        text.accept(c.title());
        sb.append(c.link()).append('\u0000');
        if (c.thread() != null) {
            c.thread().forEach(text);
        }
        text.accept(c.firstComment());
        if (c.media() != null) {
            for (Media m : c.media()) {
                sb.append(m.file()).append('\u0000');
                text.accept(m.alt());
            }
        }
        return sb.toString();
    }

    /** The channel's {@code media_url} template, or null. */
    private static String mediaUrl(BrandConfig brand, String channel) {
        ChannelConfig account = brand == null ? null : brand.channels().get(channel);
        if (account == null || account.publish() == null) {
            return null;
        }
        Object v = account.publish().values().get(Publishers.MEDIA_URL);
        return v == null ? null : String.valueOf(v);
    }

    /** A media path as the calendar writes it, relative to the repository, with {@code /} and without {@code ./}. */
    static String repositoryPath(String written) {
        String p = written.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    /**
     * The SHA-256 of a media file's bytes (part of the content hash). A file that cannot be read makes no request: the
     * pair is held back with the reason (publish) or known only by its ledger state (due), rather than taken for an
     * edit of what was sent.
     */
    private static String digest(Path file, String relative, io.edito.core.SourcePos pos) {
        try {
            return Sha256.hex(file);
        } catch (java.io.IOException e) {
            throw EditoException.input(pos, "media file " + relative + (e instanceof java.nio.file.NoSuchFileException
                    ? " does not exist" : " cannot be read (" + e.getMessage() + ")"));
        }
    }

    static String mime(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        if (f.endsWith(".png")) {
            return "image/png";
        }
        if (f.endsWith(".jpg") || f.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (f.endsWith(".gif")) {
            return "image/gif";
        }
        if (f.endsWith(".webp")) {
            return "image/webp";
        }
        if (f.endsWith(".mp4") || f.endsWith(".m4v")) {
            return "video/mp4";
        }
        if (f.endsWith(".mov")) {
            return "video/quicktime";
        }
        return "application/octet-stream";
    }
}
