package io.edito.check;

import io.edito.calendar.Content;
import io.edito.calendar.Post;
import io.edito.calendar.Text;
import io.edito.network.Network;
import io.edito.text.DisplayedText;
import io.edito.text.DisplayedTexts;
import io.edito.text.TextEntities;

/**
 * One post as it goes out on one channel in one language: the unit most rules look at. On a bilingual account
 * (docs/calendar.md#channels) the text that goes out holds two languages: each language is a {@link Kind#PART} view,
 * checked for what belongs to a language (vocabulary, script, disclosure), and the joined text is a
 * {@link Kind#JOINED} view, checked for what is measured on what goes out (lengths, hashtags, links, media, style).
 *
 * @param content   the resolved content (variant and translation applied)
 * @param displayed the text as the network shows it, with source offsets; null when there is no text
 * @param texts     the renderings of the post's texts, shared by all its views (thread items, first comments)
 * @param kind      whether this is what goes out in one language, one language of a joined text, or the joined text
 *                  (whose {@code lang} is {@code fr+ar})
 */
public record PostView(Post post, String channel, Network network, String lang, Content content,
                       DisplayedText displayed, DisplayedTexts texts, Kind kind) {

    /** What a view is of a post on a channel. */
    public enum Kind {
        /** What goes out, in one language (or what would, for the translations a channel of any language gets). */
        WHOLE,
        /** One language of a bilingual account's text: what goes out holds more. */
        PART,
        /** A bilingual account's text: several languages joined. */
        JOINED
    }
    public static PostView of(Post post, String channel, Network network, String lang) {
        return of(post, channel, network, lang, new DisplayedTexts());
    }

    /** The view, its text rendered through {@code texts} (so that the post's channels share one rendering). */
    public static PostView of(Post post, String channel, Network network, String lang, DisplayedTexts texts) {
        return of(post, channel, network, lang, post.content(channel, lang), texts, Kind.WHOLE);
    }

    /** The view of {@code content} (a language, a part or a joined text), rendered through {@code texts}. */
    public static PostView of(Post post, String channel, Network network, String lang, Content content,
                              DisplayedTexts texts, Kind kind) {
        DisplayedText d = content.text() == null ? null : texts.of(content.text().value());
        return new PostView(post, channel, network, lang, content, d, texts, kind);
    }

    /** Whether this text is what goes out (not one language of a joined text): what lengths and counts measure. */
    public boolean goesOut() {
        return kind != Kind.PART;
    }

    /** Whether this text is in one language (not a joined text): what a language's rules read. */
    public boolean oneLanguage() {
        return kind != Kind.JOINED;
    }

    public String text() {
        return displayed == null ? "" : displayed.text();
    }

    /**
     * The hashtags, mentions and URLs of {@link #text()}, found once for all the rules (and channels) that ask. A view
     * without text gets the entities of the empty text of its post's renderings: never an object shared between the
     * threads that check posts, since rules keep derived values in it.
     */
    public TextEntities entities() {
        if (displayed != null) {
            return displayed.entities();
        }
        return texts == null ? new TextEntities("") : texts.of("").entities();
    }

    public Text source() {
        return content.text();
    }

    /**
     * One of a view's other texts that go out with it, as written and as the network shows it.
     *
     * @param ownPost what it is when it goes out as a post of its own ({@code thread item 2}, {@code the first
     *                comment}: a reply to the first, which the network's limits on a post apply to), else null (a
     *                title, a comment under the post)
     */
    public record OtherText(Text source, DisplayedText displayed, String ownPost) {
    }

    /**
     * The texts that go out with the view's text, each as the network shows it: each thread item, the title (on a
     * network that has titles: YouTube, TikTok, Pinterest...), the first comment (rendered through the post's shared
     * renderings).
     */
    public java.util.List<OtherText> otherTexts() {
        java.util.List<OtherText> out = new java.util.ArrayList<>();
        DisplayedTexts texts = this.texts != null ? this.texts : new DisplayedTexts();
        if (content.thread() != null) { // a post of its own where a thread's items go out as replies
            int i = 2;
            for (Text item : content.thread()) {
                out.add(new OtherText(item, texts.of(item.value()), network.replies() ? "thread item " + i : null));
                i++;
            }
        }
        Text title = content.title();
        boolean titled = network.limit(io.edito.network.TextField.TITLE).isPresent()
                || network.limit(io.edito.network.TextField.PHOTO_TITLE).isPresent();
        if (titled && title != null && title.value() != null) {
            out.add(new OtherText(title, texts.of(title.value()), null));
        }
        Text comment = content.firstComment();
        if (comment != null && comment.value() != null) {
            // where a thread's posts are replies (Threads, X, Mastodon, Bluesky) the first comment is one too; on
            // Instagram, Facebook or LinkedIn it is a comment under the post
            out.add(new OtherText(comment, texts.of(comment.value()), network.replies() ? "the first comment" : null));
        }
        return out;
    }
}
