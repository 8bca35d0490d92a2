package io.edito.preview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which the renderers show cards: post by post, in the order of the cards, except that the posts of a
 * translation group ({@code translation_of:}) are gathered where the group's first card appears, to be shown side
 * by side (the original first). Both the terminal and the HTML renderer read this one arrangement.
 */
public final class PreviewBlocks {
    private PreviewBlocks() {
    }

    /** One post and its cards, in card order. */
    public record PostCards(String postId, List<PreviewCard> cards) {
        public PostCards {
            cards = List.copyOf(cards);
        }
    }

    /**
     * What is shown together: one post, or the posts of a translation group that the cards hold (a group of which the
     * filters kept one post is shown as that post alone).
     */
    public record Block(List<PostCards> posts) {
        public Block {
            posts = List.copyOf(posts);
        }

        public boolean sideBySide() {
            return posts.size() > 1;
        }
    }

    /** The blocks of {@code cards}. */
    public static List<Block> of(List<PreviewCard> cards) {
        Map<String, List<PreviewCard>> byPost = new LinkedHashMap<>();
        for (PreviewCard c : cards) {
            byPost.computeIfAbsent(c.postId(), k -> new ArrayList<>()).add(c);
        }
        List<Block> out = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Map.Entry<String, List<PreviewCard>> e : byPost.entrySet()) {
            if (!shown.add(e.getKey())) {
                continue;
            }
            PreviewCard first = e.getValue().get(0);
            if (!first.grouped()) {
                out.add(new Block(List.of(new PostCards(e.getKey(), e.getValue()))));
                continue;
            }
            List<PostCards> members = new ArrayList<>();
            for (String id : first.group()) {
                List<PreviewCard> memberCards = byPost.get(id);
                if (memberCards != null && (id.equals(e.getKey()) || shown.add(id))) {
                    members.add(new PostCards(id, memberCards));
                }
            }
            out.add(new Block(members));
        }
        return List.copyOf(out);
    }
}
