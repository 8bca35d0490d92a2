package io.edito.preview;

import io.edito.calendar.Status;
import io.edito.check.Finding;
import io.edito.core.SourcePos;
import io.edito.network.Network;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What one post looks like on one network in one language: everything the terminal and HTML renderers show.
 *
 * @param postId         the post's id
 * @param brand          the brand id, or null without a project
 * @param network        the network's facts (as the charter and the channel's settings adjust them)
 * @param account        the channel of edito.yaml the card is for ({@code instagram}, {@code instagram-fr}): an account
 * @param accountName    the account's display name (channel {@code name}, else the brand's name, else its id)
 * @param handle         the account handle as written in edito.yaml, or null
 * @param lang           the language of this card
 * @param time           when it goes out, in the account's zone ({@code timezone:} of the channel), else the brand's
 *                       (or {@code --tz}); null for an undated draft
 * @param localTime      the same instant in the brand's zone (or {@code --tz}): what the week grid and the post's
 *                       heading show, whatever the accounts' zones
 * @param status         the post's status
 * @param title          the title (YouTube, Pinterest, articles), or null
 * @param text           the post's text
 * @param media          images and videos in order
 * @param thread         the following items of a thread (numbered 2, 3... after the text), empty when none
 * @param firstComment   the comment posted under the post, or null
 * @param link           the post's link field, or null
 * @param contentWarning the content warning (Mastodon cards only), or null
 * @param source         the post's CommonMark source in this language (for the HTML's source view)
 * @param findings       the charter findings for this post on this channel and language
 * @param pos            where the post is written
 * @param group          the ids of the posts of its translation group ({@code translation_of:}), the original first,
 *                       this post included; empty when the post is in no group
 */
public record PreviewCard(String postId, String brand, Network network, String account, String accountName,
                          String handle, String lang, ZonedDateTime time, ZonedDateTime localTime, Status status, String title, CardText text,
                          List<MediaLine> media, List<CardText> thread, CardText firstComment, String link,
                          String contentWarning, String source, List<Finding> findings, SourcePos pos,
                          List<String> group) {
    public PreviewCard {
        media = List.copyOf(media);
        thread = List.copyOf(thread);
        findings = List.copyOf(findings);
        group = List.copyOf(group);
    }

    /**
     * Whether the post's {@code link:} shows as a card under it: not written in the text, and made a card by the
     * network for a post like this one (Bluesky and Facebook without media, LinkedIn with a title and no media;
     * elsewhere it does not go out, and check says so).
     */
    public boolean linkCardShown() {
        return io.edito.network.LinkCard.apart(link, text.text())
                && network.linkCard().shown(!media.isEmpty(), title != null);
    }

    /**
     * Whether the post's {@code title:} shows as the post's title, as the publishers send it: where the network has
     * one (YouTube, Pinterest, a TikTok photo post) and a Facebook video's ({@code title} of the Page video). On
     * LinkedIn and Bluesky it is the link card's ({@link #linkCardTitle}); elsewhere it does not go out, and the card
     * showed it as a heading all the same (X, Instagram, Mastodon, a Facebook photo).
     */
    public boolean titleShown() {
        boolean video = media.stream().anyMatch(MediaLine::isVideo);
        return title != null && network.showsTitle(!media.isEmpty() && !video, video);
    }

    /**
     * The title the link card shows: the post's where the publisher gives it to the card (LinkedIn's article, the
     * title of Bluesky's external embed), else null.
     */
    public String linkCardTitle() {
        return linkCardShown() && network.cardTakesTitle() ? title : null;
    }

    /** The network id ({@code x}, {@code instagram}...). */
    public String channel() {
        return network.id();
    }

    /** Whether the post is one of a translation group shown side by side. */
    public boolean grouped() {
        return group.size() > 1;
    }

    /** Items of the thread including the first: 1 without a thread. */
    public int threadLength() {
        return 1 + thread.size();
    }
}
