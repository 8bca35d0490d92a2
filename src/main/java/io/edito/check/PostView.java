package io.edito.check;

import io.edito.calendar.Content;
import io.edito.calendar.Post;
import io.edito.calendar.Text;
import io.edito.network.Network;
import io.edito.text.DisplayedText;
import io.edito.text.NetworkText;

/**
 * One post as it goes out on one channel in one language: the unit most rules look at.
 *
 * @param content   the resolved content (variant and translation applied)
 * @param displayed the text as the network shows it, with source offsets; null when there is no text
 */
public record PostView(Post post, String channel, Network network, String lang, Content content,
                       DisplayedText displayed) {

    public static PostView of(Post post, String channel, Network network, String lang) {
        Content c = post.content(channel, lang);
        DisplayedText d = c.text() == null ? null : NetworkText.renderMapped(c.text().value());
        return new PostView(post, channel, network, lang, c, d);
    }

    public String text() {
        return displayed == null ? "" : displayed.text();
    }

    public Text source() {
        return content.text();
    }
}
