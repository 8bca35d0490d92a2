package io.edito.check;

import io.edito.calendar.Content;
import io.edito.calendar.Post;
import io.edito.calendar.Text;
import io.edito.network.Network;
import io.edito.text.DisplayedText;
import io.edito.text.DisplayedTexts;
import io.edito.text.TextEntities;

/**
 * One post as it goes out on one channel in one language: the unit most rules look at.
 *
 * @param content   the resolved content (variant and translation applied)
 * @param displayed the text as the network shows it, with source offsets; null when there is no text
 * @param texts     the renderings of the post's texts, shared by all its views (thread items, first comments)
 */
public record PostView(Post post, String channel, Network network, String lang, Content content,
                       DisplayedText displayed, DisplayedTexts texts) {
    private static final TextEntities NO_ENTITIES = new TextEntities("");

    static {
        NO_ENTITIES.all(); // computed now: shared by the threads that check posts, never written after this
    }

    public static PostView of(Post post, String channel, Network network, String lang) {
        return of(post, channel, network, lang, new DisplayedTexts());
    }

    /** The view, its text rendered through {@code texts} (so that the post's channels share one rendering). */
    public static PostView of(Post post, String channel, Network network, String lang, DisplayedTexts texts) {
        Content c = post.content(channel, lang);
        DisplayedText d = c.text() == null ? null : texts.of(c.text().value());
        return new PostView(post, channel, network, lang, c, d, texts);
    }

    public String text() {
        return displayed == null ? "" : displayed.text();
    }

    /** The hashtags, mentions and URLs of {@link #text()}, found once for all the rules (and channels) that ask. */
    public TextEntities entities() {
        return displayed == null ? NO_ENTITIES : displayed.entities();
    }

    public Text source() {
        return content.text();
    }
}
