package io.edito.publish.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.Delivery;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.Lookup;
import io.edito.publish.api.ProbeResult;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.Publisher;
import io.edito.publish.api.SentItem;
import io.edito.publish.http.JsonBodies;
import io.edito.publish.http.MediaFiles;
import io.edito.publish.http.PublicMedia;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Threads profile through the Threads API, with the same containers as Instagram ({@link Containers}):
 *
 * <ul>
 * <li>before the first item: the publishing quota ({@code threads_publishing_limit}: {@code quota_usage}; replies
 * count against {@code reply_quota_usage}) and each file's public copy ({@link PublicMedia});</li>
 * <li>the post: a {@code TEXT} container with {@code text} when it has no media; an {@code IMAGE} (JPEG, PNG) or
 * {@code VIDEO} container with its URL and {@code alt_text}; 2 to 20 files: a carousel (items with
 * {@code is_carousel_item=true}, then {@code CAROUSEL} with {@code children} and the text);</li>
 * <li>each {@code thread:} item, then {@code first_comment:}, as a {@code TEXT} container with {@code reply_to_id}
 * of the previous item (a chain, as on Mastodon and Bluesky); each item recorded in the ledger, its container
 * first;</li>
 * <li>{@code user_id: me} is resolved once per run with {@code GET /me?fields=id}.</li>
 * </ul>
 */
public final class ThreadsPublisher implements Publisher {
    public static final String DEFAULT_API_BASE = "https://graph.threads.net/v1.0";
    /** Threads' facts (networks.yaml): the media limits refused before any call are the ones check tells. */
    private static final io.edito.network.Network THREADS = io.edito.network.Networks.get("threads");
    /** "2–20 children" per carousel: networks.yaml's max_media. */
    static final int MAX_CAROUSEL = THREADS.maxMedia().getAsInt();
    /** Threads' text limit, per item. */
    static final int MAX_CHARS = 500;

    private final GraphApi api;
    private final String userId;
    private final String mediaUrl;
    private final PublishContext ctx;
    private volatile String resolved;

    /** @param userId {@code me} or the numeric id; @param mediaUrl the channel's {@code media_url}, or null */
    public ThreadsPublisher(GraphApi api, String userId, String mediaUrl) {
        this.api = api;
        this.userId = userId;
        this.mediaUrl = mediaUrl;
        this.ctx = api.ctx();
    }

    @Override
    public String type() {
        return "threads";
    }

    private Containers containers() throws PublishFailure {
        String id = resolved;
        if (id == null) {
            if (userId.equals("me")) {
                id = JsonBodies.text(api.get("/me", "fields=id,username"), "id");
                if (id == null) {
                    throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "GET /me answered without an id");
                }
            } else {
                id = userId;
            }
            resolved = id;
        }
        return new Containers(api, id, Containers.THREADS);
    }

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        refuseWhatThreadsCannotTake(request);
        Containers c = containers();
        List<String> items = request.items();
        List<SentItem> done = new ArrayList<>();
        String previous = request.replyTo();
        for (int i = 0; i < items.size(); i++) {
            SentItem item = published(dctx, i);
            if (item == null) {
                item = publishItem(c, request, i, items.get(i), previous, dctx);
                dctx.itemSent(item);
            }
            done.add(item);
            previous = item.remoteId();
        }
        return Delivery.of(done);
    }

    private static SentItem published(DeliveryContext dctx, int index) {
        return dctx.sent(index).filter(i -> i.remoteId() != null).orElse(null);
    }

    private void refuseWhatThreadsCannotTake(PublishRequest request) throws PublishFailure {
        if (request.media().size() > MAX_CAROUSEL) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "a Threads carousel takes at most " + MAX_CAROUSEL
                    + " files, this post has " + request.media().size());
        }
        for (PublishRequest.Media m : request.media()) {
            String mime = MediaFiles.mime(m);
            if (!mime.startsWith("video/") && !MediaFiles.takesImage(THREADS, mime)) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "Threads takes "
                        + MediaFiles.imageFormats(THREADS) + " images and videos; " + m.file() + " is " + mime);
            }
        }
        List<String> items = request.items();
        for (int i = 0; i < items.size(); i++) {
            int n = items.get(i).codePointCount(0, items.get(i).length());
            if (n > MAX_CHARS) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "item " + (i + 1) + " has " + n
                        + " characters; Threads takes " + MAX_CHARS);
            }
            if (items.get(i).isBlank() && !(i == 0 && !request.media().isEmpty())) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "item " + (i + 1) + " has no text");
            }
        }
    }

    private SentItem publishItem(Containers c, PublishRequest request, int index, String text, String replyTo,
            DeliveryContext dctx) throws PublishFailure {
        String what = index == 0 ? "the post" : "reply " + index;
        String container = dctx.sent(index).flatMap(Containers::containerOf).orElse(null);
        if (container != null) {
            Containers.Status s = c.status(container);
            if (s.is("PUBLISHED")) {
                return settled(c, container, text, index, replyTo, dctx);
            }
            if (s.is("ERROR") || s.is("EXPIRED")) {
                container = null;
            }
        }
        if (container == null) {
            if (replyTo == null) {
                c.requireQuota();
            } else {
                c.requireQuota("reply_quota_usage", "reply_config", "replies");
            }
            List<String> urls = index == 0 ? PublicMedia.checked(ctx, api.http(), request.media(), mediaUrl, "Threads")
                    : List.of();
            container = create(c, index == 0 ? request.media() : List.of(), urls, text, replyTo);
            dctx.itemSent(new SentItem(index, null, null, Containers.REF + container));
        }
        if (c.awaitReady(container, what).is("PUBLISHED")) {
            return settled(c, container, text, index, replyTo, dctx);
        }
        String id = c.publish(container);
        if (id == null) {
            return settled(c, container, text, index, replyTo, dctx);
        }
        return new SentItem(index, id, c.permalink(id), Containers.REF + container);
    }

    private String create(Containers c, List<PublishRequest.Media> media, List<String> urls, String text,
            String replyTo) throws PublishFailure {
        Map<String, String> p;
        if (media.isEmpty()) {
            p = new LinkedHashMap<>();
            p.put("media_type", "TEXT");
        } else if (media.size() == 1) {
            p = mediaParams(media.get(0), urls.get(0), false);
        } else {
            List<String> children = new ArrayList<>();
            for (int i = 0; i < media.size(); i++) {
                String child = c.create(mediaParams(media.get(i), urls.get(i), true));
                c.awaitReady(child, media.get(i).file());
                children.add(child);
            }
            p = new LinkedHashMap<>();
            p.put("media_type", "CAROUSEL");
            p.put("children", String.join(",", children));
        }
        if (!text.isBlank()) {
            p.put("text", text);
        }
        if (replyTo != null) {
            p.put("reply_to_id", replyTo);
        }
        return c.create(p);
    }

    private static Map<String, String> mediaParams(PublishRequest.Media m, String url, boolean carouselItem) {
        Map<String, String> p = new LinkedHashMap<>();
        boolean video = MediaFiles.mime(m).startsWith("video/");
        p.put("media_type", video ? "VIDEO" : "IMAGE");
        p.put(video ? "video_url" : "image_url", url);
        if (m.alt() != null && !m.alt().isBlank()) {
            p.put("alt_text", m.alt());
        }
        if (carouselItem) {
            p.put("is_carousel_item", "true");
        }
        return p;
    }

    /**
     * A container known {@code PUBLISHED}: its media id is read from the profile's threads (the post) or from the
     * replies of the previous item; when not listed, the container id stands for it.
     */
    private SentItem settled(Containers c, String container, String text, int index, String replyTo,
            DeliveryContext dctx) {
        SentItem found;
        try {
            found = index == 0 && replyTo == null
                    ? c.findPublished(text, dctx.firstAttemptAt().minus(Containers.CLOCK_SKEW), 0)
                    : findReply(replyTo, text, index);
        } catch (PublishFailure | RuntimeException e) {
            found = null;
        }
        return found != null ? new SentItem(index, found.remoteId(), found.url(), Containers.REF + container)
                : new SentItem(index, container, null, Containers.REF + container);
    }

    /** The reply with this text under {@code parent} ({@code GET /{parent}/replies}), or null. */
    private SentItem findReply(String parent, String text, int index) throws PublishFailure {
        JsonNode list = api.get("/" + parent + "/replies", "fields=id,text,timestamp,permalink");
        String want = Lookup.normalise(text);
        for (JsonNode r : list.path("data")) {
            if (want.equals(Lookup.normalise(r.path("text").asText("")))) {
                return new SentItem(index, JsonBodies.text(r, "id"), JsonBodies.text(r, "permalink"), null);
            }
        }
        return null;
    }

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext dctx) {
        try {
            Containers c = containers();
            List<String> items = request.items();
            List<SentItem> done = new ArrayList<>();
            String previous = request.replyTo();
            for (int i = 0; i < items.size(); i++) {
                SentItem item = published(dctx, i);
                if (item == null) {
                    String container = dctx.sent(i).flatMap(Containers::containerOf).orElse(null);
                    if (container == null) {
                        // containers are recorded before threads_publish is ever called
                        return ProbeResult.safeToSend("item " + i + " has no recorded container, and edito records "
                                + "it before publishing: it was not published; sending resumes there");
                    }
                    Containers.Status s = c.status(container);
                    if (!s.is("PUBLISHED")) {
                        return ProbeResult.safeToSend("container " + container + " of item " + i + " is "
                                + s.state() + ", not published: publishing resumes with it");
                    }
                    item = settled(c, container, items.get(i), i, previous, dctx);
                    dctx.itemSent(item);
                }
                done.add(item);
                previous = item.remoteId();
            }
            return ProbeResult.found(Delivery.of(done));
        } catch (PublishFailure | RuntimeException e) {
            return ProbeResult.undecidable("cannot read the Threads profile: "
                    + ctx.redactor().redact(String.valueOf(e.getMessage())));
        }
    }
}
