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
 * An Instagram professional account through the Instagram Graph API's content publishing (containers, see
 * {@link Containers}):
 *
 * <ul>
 * <li>before anything is made: the publishing quota ({@code content_publishing_limit}; a full quota makes the pair
 * wait) and each file's public copy ({@link PublicMedia}: {@code media_url} must serve the very bytes);</li>
 * <li>one JPEG image: a container with {@code image_url}, {@code caption} and {@code alt_text}; one video: a
 * {@code REELS} container with {@code video_url}; 2 to 10 files: a carousel (children with
 * {@code is_carousel_item=true}, images with their {@code alt_text}, videos as {@code VIDEO}, then a
 * {@code CAROUSEL} container with {@code children} and the caption);</li>
 * <li>the container id is recorded in the ledger (item 0's ref) before {@code media_publish}: a run that dies after it
 * resumes with that container, and its status {@code PUBLISHED} proves the post went out;</li>
 * <li>{@code first_comment:} as a comment on the published media ({@code POST /{media-id}/comments}), item 1;</li>
 * <li>no text-only post, no {@code thread:} (Instagram has no replies of a post to itself): refused before any
 * call.</li>
 * </ul>
 */
public final class InstagramPublisher implements Publisher {
    /** Instagram's facts (networks.yaml): the media limits refused before any call are the ones check tells. */
    private static final io.edito.network.Network INSTAGRAM = io.edito.network.Networks.get("instagram");
    /** "2–10 items" per carousel (content publishing guide): networks.yaml's max_media. */
    static final int MAX_CAROUSEL = INSTAGRAM.maxMedia().getAsInt();

    private final GraphApi api;
    private final Containers containers;
    private final String accountId;
    private final String mediaUrl;
    private final PublishContext ctx;

    /** @param mediaUrl the channel's {@code media_url} template, or null (then a post with media is refused) */
    public InstagramPublisher(GraphApi api, String accountId, String mediaUrl) {
        this.api = api;
        this.containers = new Containers(api, accountId, Containers.INSTAGRAM);
        this.accountId = accountId;
        this.mediaUrl = mediaUrl;
        this.ctx = api.ctx();
    }

    @Override
    public String type() {
        return "instagram";
    }

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        refuseWhatInstagramCannotTake(request);
        List<SentItem> done = new ArrayList<>();
        SentItem post = published(dctx);
        if (post == null) {
            post = publishPost(request, dctx);
            dctx.itemSent(post);
        }
        done.add(post);
        String comment = request.commentToSend();
        if (comment != null) {
            String postId = post.remoteId();
            done.add(dctx.sentOr(1, () -> createComment(postId, comment)));
        }
        return Delivery.of(done);
    }

    /** Item 0 when it is the published media (not only its container), else null. */
    private static SentItem published(DeliveryContext dctx) {
        return dctx.sent(0).filter(i -> i.remoteId() != null).orElse(null);
    }

    private void refuseWhatInstagramCannotTake(PublishRequest request) throws PublishFailure {
        if (!request.thread().isEmpty()) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "a thread (" + request.thread().size()
                    + " more item(s)) cannot go to Instagram: a post has no replies of its own; put the follow-up in "
                    + "first_comment: (posted as the account's first comment) or take this channel off the post");
        }
        if (request.replyTo() != null) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "the instagram publisher does not answer posts");
        }
        if (request.media().isEmpty()) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "Instagram has no text-only posts: add a JPEG image "
                    + "or a video (media:) or take this channel off the post");
        }
        if (request.media().size() > MAX_CAROUSEL) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "an Instagram carousel takes at most "
                    + MAX_CAROUSEL + " files, this post has " + request.media().size());
        }
        for (PublishRequest.Media m : request.media()) {
            String mime = MediaFiles.mime(m);
            if (!mime.startsWith("video/") && !MediaFiles.takesImage(INSTAGRAM, mime)) {
                String formats = MediaFiles.imageFormats(INSTAGRAM);
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "Instagram publishes " + formats
                        + " images only; " + m.file() + " is " + mime + ": export it as " + formats);
            }
        }
    }


    /** The post, from its recorded container when an earlier run made one, else from new containers. */
    private SentItem publishPost(PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        String container = dctx.sent(0).flatMap(Containers::containerOf).orElse(null);
        if (container != null) {
            Containers.Status s = containers.status(container);
            if (s.is("PUBLISHED")) {
                return settled(container, request, dctx);
            }
            if (s.is("ERROR") || s.is("EXPIRED")) {
                container = null; // never published: a new one
            }
        }
        if (container == null) {
            containers.requireQuota();
            List<String> urls = PublicMedia.checked(ctx, api.http(), request.media(), mediaUrl, "Instagram");
            container = createContainers(request, urls);
            dctx.itemSent(new SentItem(0, null, null, Containers.REF + container));
        }
        if (containers.awaitReady(container, "the post").is("PUBLISHED")) {
            return settled(container, request, dctx);
        }
        String id = containers.publish(container);
        if (id == null) {
            return settled(container, request, dctx);
        }
        return new SentItem(0, id, containers.permalink(id), Containers.REF + container);
    }

    private String createContainers(PublishRequest request, List<String> urls) throws PublishFailure {
        List<PublishRequest.Media> media = request.media();
        if (media.size() == 1) {
            Map<String, String> p = mediaParams(media.get(0), urls.get(0), false);
            p.put("caption", request.text());
            return containers.create(p);
        }
        List<String> children = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            String child = containers.create(mediaParams(media.get(i), urls.get(i), true));
            containers.awaitReady(child, media.get(i).file());
            children.add(child);
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("media_type", "CAROUSEL");
        p.put("children", String.join(",", children));
        p.put("caption", request.text());
        return containers.create(p);
    }

    private static Map<String, String> mediaParams(PublishRequest.Media m, String url, boolean carouselItem) {
        Map<String, String> p = new LinkedHashMap<>();
        if (MediaFiles.mime(m).startsWith("video/")) {
            p.put("media_type", carouselItem ? "VIDEO" : "REELS");
            p.put("video_url", url);
        } else {
            p.put("image_url", url);
            if (m.alt() != null && !m.alt().isBlank()) {
                p.put("alt_text", m.alt());
            }
        }
        if (carouselItem) {
            p.put("is_carousel_item", "true");
        }
        return p;
    }

    /**
     * A container known {@code PUBLISHED}: the post went out; its media id is read from the account's recent media
     * (the container does not tell it). When the listing does not show it, the container id stands for it.
     */
    private SentItem settled(String container, PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        SentItem found;
        try {
            found = containers.findPublished(request.text(), dctx.firstAttemptAt().minus(Containers.CLOCK_SKEW), 0);
        } catch (PublishFailure e) {
            found = null;
        }
        return found != null ? new SentItem(0, found.remoteId(), found.url(), Containers.REF + container)
                : new SentItem(0, container, null, Containers.REF + container);
    }

    private SentItem createComment(String mediaId, String message) throws PublishFailure {
        String label = "POST /" + mediaId + "/comments";
        SentItem[] found = new SentItem[1];
        JsonNode created;
        try {
            created = api.post("/" + mediaId + "/comments", Map.of("message", message), false,
                    () -> (found[0] = Lookup.beforeResend(() -> findComment(mediaId, message), label)) != null);
        } catch (PublishFailure f) {
            return Lookup.afterLostAnswer(f, () -> findComment(mediaId, message),
                    "the post's comments do not show it (yet)");
        }
        if (created == null) {
            return found[0];
        }
        String id = JsonBodies.text(created, "id");
        if (id == null) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, label + " answered without a comment id");
        }
        return new SentItem(1, id, null, null);
    }

    /** The comment with this text under the media, or null. */
    private SentItem findComment(String mediaId, String message) throws PublishFailure {
        JsonNode list = api.get("/" + mediaId + "/comments", "fields=id,text,timestamp");
        String want = Lookup.normalise(message);
        for (JsonNode c : list.path("data")) {
            if (want.equals(Lookup.normalise(c.path("text").asText("")))) {
                return new SentItem(1, JsonBodies.text(c, "id"), null, null);
            }
        }
        return null;
    }

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext dctx) {
        String comment = request.commentToSend();
        try {
            SentItem post = published(dctx);
            if (post == null) {
                String container = dctx.sent(0).flatMap(Containers::containerOf).orElse(null);
                if (container == null) {
                    // the container is recorded before media_publish is ever called: without one, nothing went out
                    return ProbeResult.safeToSend("no container was recorded for this pair, and edito records it "
                            + "before publishing one: nothing was published");
                }
                Containers.Status s = containers.status(container);
                if (!s.is("PUBLISHED")) {
                    return ProbeResult.safeToSend("container " + container + " is " + s.state()
                            + ", not published: publishing resumes with it");
                }
                post = settled(container, request, dctx);
                dctx.itemSent(post);
            }
            SentItem published = post;
            return ProbeResult.afterPost(dctx, published, comment, "media",
                    () -> findComment(published.remoteId(), comment));
        } catch (PublishFailure | RuntimeException e) {
            return ProbeResult.undecidable("cannot read the Instagram account " + accountId + ": "
                    + ctx.redactor().redact(String.valueOf(e.getMessage())));
        }
    }
}
