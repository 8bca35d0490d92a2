package io.edito.calendar;

import java.util.List;

/**
 * What a post says: the base post, a channel variant or a translation all have this shape, and
 * {@link Post#content(String, String)} overlays them. Null fields mean "not given here".
 */
public record Content(Text text, Text title, String link, List<Media> media, List<Text> thread, Text firstComment) {

    public static final Content EMPTY = new Content(null, null, null, null, null, null);

    /** This content without its words (text, title, thread, first comment, alt texts): the link and media files only. */
    public Content withoutWords() {
        // an alt text is words too: a translation that gives none has none (the preview showed the French one on
        // the Arabic card while check said it had none)
        List<Media> files = media == null ? null : media.stream()
                .map(m -> m == null ? null : m.withAlt(null)).toList();
        return new Content(null, null, link, files, null, null);
    }

    /** {@link #lacking}'s keys as a sentence says them: {@code [title, first_comment]} is "title or first comment". */
    public static String said(List<String> keys) {
        return String.join(" or ", keys.stream().map(k -> k.replace('_', ' ')).toList());
    }

    /**
     * What this version lacks that {@code own} (the post in its own language) has, and so would leave out if sent as
     * it is, in this order: {@code text}, {@code title}, {@code thread}, {@code first_comment}; empty when nothing.
     */
    public List<String> lacking(Content own) {
        List<String> out = new java.util.ArrayList<>(4);
        if (text == null && own.text != null) {
            out.add("text");
        }
        if (title == null && own.title != null) {
            out.add("title");
        }
        if (thread == null && own.thread != null && !own.thread.isEmpty()) {
            out.add("thread");
        }
        if (firstComment == null && own.firstComment != null && own.firstComment.value() != null
                && !own.firstComment.value().isBlank()) {
            out.add("first_comment");
        }
        return out;
    }

    /** This content with every field that {@code over} gives replaced; media alt texts overlay by index. */
    public Content overlay(Content over) {
        if (over == null) {
            return this;
        }
        return new Content(
                over.text != null ? over.text : text,
                over.title != null ? over.title : title,
                over.link != null ? over.link : link,
                overlayMedia(media, over.media),
                over.thread != null ? over.thread : thread,
                over.firstComment != null ? over.firstComment : firstComment);
    }

    /**
     * A bilingual account's content (docs/calendar.md#channels): the texts, first comments, media alt texts and
     * thread items of {@code parts} joined by {@code separator} (blank ones left out; thread item i of each part
     * joined into item i, as many items as the longest thread has); title, link and media files are the first
     * part's. One part is returned as it is.
     */
    public static Content join(List<Content> parts, String separator) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Content first = parts.get(0);
        List<Media> media = first.media;
        if (media != null) {
            java.util.ArrayList<Media> joined = new java.util.ArrayList<>();
            for (int i = 0; i < media.size(); i++) {
                int index = i;
                Media m = media.get(i);
                Text alt = joinTexts(parts.stream().map(c -> {
                    Media at = at(c.media, index);
                    return at == null ? null : at.alt();
                }).toList(), separator);
                joined.add(m == null ? null : m.withAlt(alt));
            }
            media = java.util.Collections.unmodifiableList(joined);
        }
        return new Content(joinTexts(parts.stream().map(Content::text).toList(), separator), first.title, first.link,
                media, joinThreads(parts, separator),
                joinTexts(parts.stream().map(Content::firstComment).toList(), separator));
    }

    /** Item i of every part's thread joined into item i (null when no part has a thread; an empty one stays empty). */
    private static List<Text> joinThreads(List<Content> parts, String separator) {
        int items = -1;
        for (Content c : parts) {
            if (c.thread != null) {
                items = Math.max(items, c.thread.size());
            }
        }
        if (items < 0) {
            return null;
        }
        java.util.ArrayList<Text> joined = new java.util.ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            int index = i;
            Text item = joinTexts(parts.stream().map(c -> at(c.thread, index)).toList(), separator);
            if (item != null) {
                joined.add(item);
            }
        }
        return java.util.Collections.unmodifiableList(joined);
    }

    /** Item {@code index} of a part's list (its thread, its media), or null when it has none there. */
    private static <T> T at(List<T> items, int index) {
        return items == null || index >= items.size() ? null : items.get(index);
    }

    private static Text joinTexts(List<Text> texts, String separator) {
        List<Text> present = texts.stream().filter(t -> t != null && !t.isBlank()).toList();
        return present.isEmpty() ? null : Text.join(present, separator);
    }

    private static List<Media> overlayMedia(List<Media> base, List<Media> over) {
        if (over == null) {
            return base;
        }
        if (base == null) {
            return over;
        }
        java.util.ArrayList<Media> out = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(base.size(), over.size()); i++) {
            Media b = i < base.size() ? base.get(i) : null;
            Media o = i < over.size() ? over.get(i) : null;
            if (b == null) {
                out.add(o);
            } else if (o == null) {
                out.add(b);
            } else {
                // another file in its place keeps none of the replaced image's alt text: it describes another picture
                boolean sameFile = o.file() == null || o.file().equals(b.file());
                out.add(new Media(o.file() != null ? o.file() : b.file(), o.alt() != null || !sameFile ? o.alt() : b.alt(),
                        o.type() != null ? o.type() : b.type(), o.crop() != null ? o.crop() : b.crop(), o.pos()));
            }
        }
        return List.copyOf(out);
    }
}
