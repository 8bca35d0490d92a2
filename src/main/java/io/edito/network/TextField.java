package io.edito.network;

import io.edito.core.Suggest;
import java.util.Arrays;
import java.util.List;

/** The texts of a post that a network limits separately. */
public enum TextField {
    /** The post itself (caption, description: the network's {@link TextLimit#label()} names it). */
    TEXT("text"),
    /** A title (YouTube, Pinterest). */
    TITLE("title"),
    /** The first comment posted under the post (LinkedIn comments). */
    FIRST_COMMENT("first_comment"),
    /** The description of a photo post where it differs from a video caption (TikTok). */
    PHOTO_TEXT("photo_text"),
    /** The title of a photo post (TikTok). */
    PHOTO_TITLE("photo_title"),
    /** An image's alt text, each on its own (X 1000, Mastodon's media description 1500). */
    ALT("alt");

    private final String id;

    TextField(String id) {
        this.id = id;
    }

    /** The YAML key. */
    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(TextField::id).toList();
    }

    public static TextField fromId(String id) {
        for (TextField f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown text field '" + id + "'"
                + Suggest.didYouMean(id, ids()) + "; known: " + String.join(", ", ids()));
    }
}
