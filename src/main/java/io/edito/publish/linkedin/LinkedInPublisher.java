package io.edito.publish.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.publish.api.AccessToken;
import io.edito.publish.api.Delivery;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.ProbeResult;
import io.edito.publish.api.Lookup;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.Publisher;
import io.edito.publish.api.SentItem;
import io.edito.publish.http.Http;
import io.edito.publish.http.JsonBodies;
import io.edito.publish.http.MediaFiles;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LinkedIn organization Page or member profile through the Posts API ({@code POST /rest/posts}), with an OAuth
 * access token taken through {@link AccessToken} before each request.
 *
 * <ul>
 * <li>a post: {@code {author, commentary, visibility:PUBLIC, distribution:{feedDistribution:MAIN_FEED},
 * lifecycleState:PUBLISHED}}, answered 201 with the post's URN in the {@code x-restli-id} header; the commentary
 * in LinkedIn's little text format ({@link LittleText});</li>
 * <li>one image: {@code content.media.{id, altText}}; 2 to 20 images: {@code content.multiImage.images[].{id,
 * altText}}; one video: {@code content.media.id} once the Videos API says it is {@code AVAILABLE}
 * ({@link LinkedInMedia});</li>
 * <li>a link without media and with a {@code title:}: {@code content.article.{source, title}}; otherwise the link
 * stays in the text, where LinkedIn shows it as a link;</li>
 * <li>{@code first_comment:}: {@code POST /rest/socialActions/{urn}/comments} {@code {actor, object, message:{text}}},
 * item 1 of the pair in the ledger;</li>
 * <li>a {@code thread:} is refused before any call (a post has no replies of its own).</li>
 * </ul>
 *
 * <p>LinkedIn has no idempotency key. A post whose answer is lost is never sent again blindly: the author's recent
 * posts ({@code GET /rest/posts?q=author&author=&count=10&sortBy=LAST_MODIFIED}) are read and the pair is settled
 * as sent when the commentary is there, created since the first attempt; otherwise the outcome stays unknown for
 * {@code edito ledger resolve}. A 422 {@code DUPLICATE_POST} names the post LinkedIn already holds ("Content is a
 * duplicate of urn:li:share:..."): it is taken as the post sent.
 */
public final class LinkedInPublisher implements Publisher {
    public static final String DEFAULT_API_BASE = "https://api.linkedin.com/rest";
    /**
     * The pinned {@code LinkedIn-Version}: July 2026, the latest Marketing version confirmed when this was written;
     * each version is served for at least a year after its release ({@code version:} overrides it).
     */
    public static final String DEFAULT_VERSION = "202607";
    /** A multi-image post's images: networks.yaml's max_images, as check tells it. */
    static final int MAX_IMAGES = io.edito.network.Networks.get("linkedin").maxImages().getAsInt();
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int LISTING_COUNT = 10;
    private static final Pattern DUPLICATE_OF = Pattern.compile("duplicate of (urn:li:[A-Za-z]+:[0-9]+)");

    private final String author;
    private final LinkedInApi api;
    private final LinkedInMedia media;
    private final PublishContext ctx;

    public LinkedInPublisher(URI apiBase, String version, String author, AccessToken token, Http http,
            PublishContext ctx) {
        this.author = author;
        this.api = new LinkedInApi(apiBase, version, token, http, ctx);
        this.media = new LinkedInMedia(api, author);
        this.ctx = ctx;
    }

    @Override
    public String type() {
        return "linkedin";
    }

    // ---------------------------------------------------------------------------------------------- publish

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        refuseWhatLinkedInCannotTake(request);
        List<SentItem> done = new ArrayList<>();
        SentItem post = dctx.sentOr(0, () -> createPost(request, content(request), dctx));
        done.add(post);
        String comment = request.commentToSend();
        if (comment != null) {
            String postId = post.remoteId();
            done.add(dctx.sentOr(1, () -> createComment(postId, comment)));
        }
        return Delivery.of(done);
    }

    /** Every refusal that needs no call: made before the first one, so that nothing is half-sent. */
    private void refuseWhatLinkedInCannotTake(PublishRequest request) throws PublishFailure {
        if (!request.thread().isEmpty()) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "a thread (" + request.thread().size()
                    + " more item(s)) cannot go to LinkedIn: a post has no replies of its own; put the follow-up in "
                    + "first_comment: (posted as the first comment) or take this channel off the post");
        }
        if (request.replyTo() != null) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "the linkedin publisher does not answer posts");
        }
        int videos = 0;
        for (PublishRequest.Media m : request.media()) {
            String mime = MediaFiles.mime(m);
            if (mime.startsWith("video/")) {
                videos++;
            } else if (!mime.startsWith("image/")) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "LinkedIn takes images and MP4 videos; "
                        + m.path() + " is " + mime);
            }
        }
        if (videos > 0 && request.media().size() > 1) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "a LinkedIn post holds one video and nothing else"
                    + " (this one has " + videos + " video(s) among " + request.media().size() + " files)");
        }
        if (request.media().size() > MAX_IMAGES) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "LinkedIn takes at most " + MAX_IMAGES
                    + " images per post, this one has " + request.media().size());
        }
        if (request.text().isBlank() && request.media().isEmpty()) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "nothing to post: no text, image or video");
        }
    }


    /** The post's {@code content} (uploading its media first), or null for a text post. */
    private ObjectNode content(PublishRequest request) throws PublishFailure {
        List<PublishRequest.Media> files = request.media();
        ObjectNode content = Payloads.JSON.createObjectNode();
        if (files.size() == 1) {
            PublishRequest.Media m = files.get(0);
            boolean video = MediaFiles.mime(m).startsWith("video/");
            ObjectNode media = content.putObject("media");
            media.put("id", video ? this.media.video(m) : this.media.image(m));
            if (!video && m.alt() != null && !m.alt().isBlank()) {
                media.put("altText", m.alt());
            }
            return content;
        }
        if (files.size() > 1) {
            ArrayNode images = content.putObject("multiImage").putArray("images");
            for (PublishRequest.Media m : files) {
                ObjectNode image = images.addObject().put("id", media.image(m));
                if (m.alt() != null && !m.alt().isBlank()) {
                    image.put("altText", m.alt());
                }
            }
            return content;
        }
        String link = request.link() == null ? null : request.link().strip();
        if (link != null && !link.isEmpty() && request.linkTitle() != null && !request.linkTitle().isBlank()) {
            content.putObject("article").put("source", link).put("title", request.linkTitle().strip());
            return content;
        }
        return null;
    }

    private ObjectNode postBody(PublishRequest request, ObjectNode content) {
        ObjectNode body = Payloads.JSON.createObjectNode();
        body.put("author", author);
        body.put("commentary", LittleText.commentary(request.text()));
        body.put("visibility", "PUBLIC");
        ObjectNode dist = body.putObject("distribution");
        dist.put("feedDistribution", "MAIN_FEED");
        dist.putArray("targetEntities");
        dist.putArray("thirdPartyDistributionChannels");
        if (content != null) {
            body.set("content", content);
        }
        body.put("lifecycleState", "PUBLISHED");
        body.put("isReshareDisabledByAuthor", false);
        return body;
    }

    private SentItem createPost(PublishRequest request, ObjectNode content, DeliveryContext dctx)
            throws PublishFailure {
        ObjectNode body = postBody(request, content);
        String label = "POST /posts";
        Instant since = dctx.firstAttemptAt().minus(CLOCK_SKEW);
        SentItem[] found = new SentItem[1];
        HttpResponse<byte[]> r;
        try {
            // no idempotency key: before any retry (a 5xx), look for the post first
            r = api.exchange(t -> api.postJson("/posts", body, t), label, false,
                    () -> (found[0] = Lookup.beforeResend(() -> findPost(request.text(), since), label)) != null);
        } catch (PublishFailure f) {
            // the answer was lost: the post may exist; look once, never send again
            return Lookup.afterLostAnswer(f, () -> findPost(request.text(), since),
                    "the author's recent posts do not show it (yet)");
        }
        if (r == null) {
            return found[0];
        }
        if (r.statusCode() == 422) {
            LinkedInApi.LinkedInError e = LinkedInApi.LinkedInError.of(422, r.body());
            Matcher m = e == null ? null : DUPLICATE_OF.matcher(e.message());
            if (e != null && "DUPLICATE_POST".equals(e.code()) && m.find()) {
                // LinkedIn holds this content already (an earlier attempt, or the same text posted by hand)
                return new SentItem(0, m.group(1), permalink(m.group(1)), null);
            }
        }
        if (r.statusCode() >= 300) {
            throw api.failure(label, r);
        }
        String urn = r.headers().firstValue("x-restli-id").orElse(null);
        if (urn == null || urn.isBlank()) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, label + " answered " + r.statusCode()
                    + " without the post's URN (x-restli-id)");
        }
        return new SentItem(0, urn, permalink(urn), null);
    }

    private SentItem createComment(String postUrn, String text) throws PublishFailure {
        ObjectNode body = Payloads.JSON.createObjectNode();
        body.put("actor", author);
        body.put("object", postUrn);
        body.putObject("message").put("text", text);
        String path = "/socialActions/" + LinkedInApi.enc(postUrn) + "/comments";
        String label = "POST /socialActions/" + postUrn + "/comments";
        SentItem[] found = new SentItem[1];
        HttpResponse<byte[]> r;
        try {
            r = api.exchange(t -> api.postJson(path, body, t), label, false,
                    () -> (found[0] = Lookup.beforeResend(() -> findComment(postUrn, text), label)) != null);
        } catch (PublishFailure f) {
            return Lookup.afterLostAnswer(f, () -> findComment(postUrn, text), "the post's comments do not show it (yet)");
        }
        if (r == null) {
            return found[0];
        }
        if (r.statusCode() >= 300) {
            throw api.failure(label, r);
        }
        String id = r.headers().firstValue("x-restli-id").orElse(null);
        if (id == null) {
            JsonNode created = JsonBodies.tryRead(r.body());
            id = created == null ? null : JsonBodies.text(created, "$URN");
            id = id != null || created == null ? id : JsonBodies.text(created, "id");
        }
        if (id == null) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, label + " answered " + r.statusCode()
                    + " without the comment's id");
        }
        return new SentItem(1, id, null, null);
    }

    static String permalink(String urn) {
        return "https://www.linkedin.com/feed/update/" + urn;
    }

    // ------------------------------------------------------------------------------------------------ probe

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext dctx) {
        String comment = request.commentToSend();
        try {
            SentItem post = dctx.sent(0).orElse(null);
            if (post == null) {
                if (!request.thread().isEmpty()) {
                    return ProbeResult.safeToSend("a thread is refused before any call");
                }
                Instant since = dctx.firstAttemptAt().minus(CLOCK_SKEW);
                post = findPost(request.text(), since);
                if (post == null) {
                    // the last posts of the author are not proof of absence (paged, delayed)
                    return ProbeResult.undecidable("LinkedIn has no idempotency key and the author's "
                            + LISTING_COUNT + " latest posts since " + since + " do not show this text; look at "
                            + "the Page or profile");
                }
                dctx.itemSent(post);
            }
            SentItem published = post;
            return ProbeResult.afterPost(dctx, published, comment, "post",
                    () -> findComment(published.remoteId(), comment));
        } catch (PublishFailure | RuntimeException e) {
            return ProbeResult.undecidable("cannot read the author's posts: " + ctx.redactor().redact(e.getMessage()));
        }
    }

    /** The author's post with this text created since {@code since}, among the latest ones, or null. */
    private SentItem findPost(String text, Instant since) throws PublishFailure {
        String query = "/posts?q=author&author=" + LinkedInApi.enc(author) + "&count=" + LISTING_COUNT
                + "&sortBy=LAST_MODIFIED";
        JsonNode list = api.read(t -> api.get(query, t), "GET /posts?q=author");
        String want = Lookup.normalise(text);
        for (JsonNode p : list.path("elements")) {
            long created = p.path("createdAt").asLong(p.path("publishedAt").asLong(Long.MAX_VALUE));
            if (created < since.toEpochMilli()) {
                continue;
            }
            if (want.equals(Lookup.normalise(LittleText.plain(p.path("commentary").asText(""))))) {
                String urn = JsonBodies.text(p, "id");
                return urn == null ? null : new SentItem(0, urn, permalink(urn), null);
            }
        }
        return null;
    }

    /** The author's comment with this text under {@code postUrn}, or null. */
    private SentItem findComment(String postUrn, String text) throws PublishFailure {
        String path = "/socialActions/" + LinkedInApi.enc(postUrn) + "/comments";
        JsonNode list = api.read(t -> api.get(path, t), "GET /socialActions/" + postUrn + "/comments");
        String want = Lookup.normalise(text);
        for (JsonNode c : list.path("elements")) {
            if (author.equals(c.path("actor").asText()) && want.equals(Lookup.normalise(c.path("message").path("text")
                    .asText("")))) {
                String id = JsonBodies.text(c, "$URN");
                return new SentItem(1, id != null ? id : JsonBodies.text(c, "id"), null, null);
            }
        }
        return null;
    }

}
