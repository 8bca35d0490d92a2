package io.edito.publish.facebook;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.edito.publish.http.Multipart;
import io.edito.publish.http.Secrets;
import io.edito.publish.meta.Containers;
import io.edito.publish.meta.GraphError;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Facebook Pages through the Graph API, with a Page access token ({@code token_env}, or saved by {@code edito login
 * CHANNEL}) sent as the documented
 * {@code access_token} parameter (in the form body of a POST, in the query of a GET).
 *
 * <ul>
 * <li>a text post: {@code POST /{page-id}/feed} with {@code message} (and {@code link} when the post has one and no
 * images), answered {@code {"id":"{page-id}_{post-id}"}}; its permalink is read with
 * {@code GET /{post-id}?fields=permalink_url};</li>
 * <li>images: each uploaded unpublished ({@code POST /{page-id}/photos}, multipart {@code source},
 * {@code published=false}, {@code alt_text_custom}), then one {@code /feed} post with
 * {@code attached_media[i]={"media_fbid":"..."}};</li>
 * <li>one video (MP4, alone): the Resumable Upload API with the app id ({@code app_id}) and a user token
 * ({@code user_token_env}): {@code POST /{app-id}/uploads?file_name=&file_length=&file_type=video/mp4} answers
 * {@code {"id":"upload:SESSION"}}, the file is streamed to {@code POST /upload:SESSION} ({@code Authorization: OAuth
 * USER_TOKEN}, {@code file_offset}) which answers {@code {"h":HANDLE}} (an interrupted upload resumes at the
 * {@code file_offset} that {@code GET /upload:SESSION} tells); then {@code POST /{page-id}/videos} with the Page
 * token, {@code description}, {@code title} and {@code fbuploader_video_file_chunk=HANDLE} answers
 * {@code {"id":VIDEO}}, recorded as item 0 before {@code GET /{video}?fields=status} is polled until
 * {@code status.video_status} is {@code ready};</li>
 * <li>{@code first_comment:}: {@code POST /{post-id}/comments} with {@code message}, item 1 of the pair in the
 * ledger, so that a run that dies after the post resumes at the comment;</li>
 * <li>a {@code thread:} is refused before any call: a Page post has no replies of its own.</li>
 * </ul>
 *
 * <p>Graph has no idempotency key. A {@code /feed} or {@code /comments} request whose answer is lost (timeout,
 * connection reset) is never sent again blindly: the Page's recent posts ({@code GET /{page-id}/posts?since=})
 * or the post's comments are read, and the pair is settled as sent when its text is there; otherwise the outcome
 * stays unknown for {@code edito ledger resolve}.
 *
 * <p>Graph errors ({@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}) are told with their
 * code and message: 190 (token expired or invalid) says to renew the token; 4, 17, 32, 341, 613 and 80001
 * (throttling) are waited for within the retry policy; 1 and 2 (temporary) are retried; 506 (duplicate post) is a
 * refusal.
 */
public final class FacebookPublisher implements Publisher {
    /** Facebook's facts (networks.yaml): the photo limits refused before any call are the ones check tells. */
    private static final io.edito.network.Network FACEBOOK = io.edito.network.Networks.get("facebook");
    /** The pinned Graph API version (v27.0, introduced November 4, 2026). */
    public static final String DEFAULT_API_BASE = "https://graph.facebook.com/v27.0";
    /**
     * Photos per post. Meta documents no maximum for {@code attached_media}; 10 is what the open-source publishers
     * (mixpost, Late/Zernio) allow for a feed post: more is refused before any call.
     */
    static final int MAX_PHOTOS = FACEBOOK.maxImages().getAsInt();
    /** "A photo must be less than 10MB in size" (Graph API Photo reference, Creating): the largest it takes. */
    static final long MAX_PHOTO_BYTES = FACEBOOK.imageMaxBytes().getAsInt();
    /** The Page's recent posts read when an answer was lost: the window starts this long before the first attempt. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int LISTING_LIMIT = 25;
    /** Throttling codes of the Graph error-handling guide and rate-limiting page. */
    static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 341, 613, 80001);
    /** Temporary errors: "wait and retry the operation". */
    static final Set<Integer> TEMPORARY = Set.of(1, 2);
    /** The first wait between two looks at a video's processing status; doubled up to {@link #POLL_MAX}. */
    static final Duration POLL_FIRST = Duration.ofSeconds(2);
    static final Duration POLL_MAX = Duration.ofSeconds(30);
    /** How long one run waits for Facebook to process a video before leaving it to the next run. */
    static final Duration PROCESSING_BUDGET = Duration.ofMinutes(10);
    /** The upload's time limit grows by a second for each this many bytes (at least 256 KiB/s assumed). */
    static final long UPLOAD_BYTES_PER_SECOND = 256L * 1024;
    static final String VIDEO_DOCS = "docs/publishing.md, Facebook Pages, Videos";

    private final URI apiBase;
    private final String pageId;
    private final AccessToken token;
    /** The token of the publish under way (a Page token does not expire: read once per pair). */
    private volatile String current = "";
    private final Http http;
    private final PublishContext ctx;
    /** The app id and user token of the Resumable Upload API, each null when not configured. */
    private final String appId;
    private final String userToken;

    public FacebookPublisher(URI apiBase, String pageId, AccessToken token, Http http, PublishContext ctx) {
        this(apiBase, pageId, token, http, ctx, null, null);
    }

    /**
     * @param appId     the Meta app id the videos are uploaded to ({@code app_id}), or null
     * @param userToken a user access token of a person with a role in that app ({@code user_token_env}), or null
     */
    public FacebookPublisher(URI apiBase, String pageId, AccessToken token, Http http, PublishContext ctx,
            String appId, String userToken) {
        this.apiBase = apiBase;
        this.pageId = pageId;
        this.token = token;
        this.http = http;
        this.ctx = ctx;
        this.appId = appId;
        this.userToken = userToken;
    }

    @Override
    public String type() {
        return "facebook";
    }

    // ---------------------------------------------------------------------------------------------- publish

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        refuseWhatFacebookCannotTake(request);
        current = token.value();
        List<SentItem> done = new ArrayList<>();
        PublishRequest.Media video = video(request);
        SentItem post = dctx.sent(0).orElse(null);
        if (post == null) {
            if (video != null) {
                String handle = upload(video);
                post = createVideo(request, handle, dctx);
            } else {
                List<String> photos = uploadPhotos(request);
                post = createPost(request, photos, dctx);
            }
            // a video is recorded before its processing is awaited: a run that dies resumes at the polling
            dctx.itemSent(post);
        }
        if (video != null) {
            post = processed(post);
        }
        done.add(post);
        String comment = request.commentToSend();
        if (comment != null) {
            String postId = post.remoteId();
            done.add(dctx.sentOr(1, () -> createComment(postId, comment)));
        }
        return Delivery.of(done);
    }

    /** Every refusal that needs no call: made before the first one, so that nothing is half-sent. */
    private void refuseWhatFacebookCannotTake(PublishRequest request) throws PublishFailure {
        if (!request.thread().isEmpty()) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "a thread (" + request.thread().size()
                    + " more item(s)) cannot go to a Facebook Page: a Page post has no replies of its own; put the "
                    + "follow-up in first_comment: (posted as the Page's first comment) or take this channel off the post");
        }
        if (request.replyTo() != null) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "the facebook publisher does not answer posts");
        }
        if (request.media().size() > MAX_PHOTOS) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "Facebook takes at most " + MAX_PHOTOS
                    + " photos per post (edito's limit), this one has " + request.media().size());
        }
        if (refuseVideo(request)) {
            return;
        }
        for (PublishRequest.Media m : request.media()) {
            String mime = MediaFiles.mime(m);
            if (!mime.startsWith("image/")) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "the facebook publisher sends photos and "
                        + "MP4 videos; " + m.path() + " is " + mime);
            }
            try {
                long size = java.nio.file.Files.size(MediaFiles.file(ctx, m));
                if (size > MAX_PHOTO_BYTES) {
                    throw new PublishFailure(PublishFailure.Kind.REJECTED, "photo " + m.path() + " is " + size
                            + " bytes; Facebook takes photos of less than 10 MB");
                }
            } catch (IOException e) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "media file " + m.path() + " not found");
            }
        }
        if (request.text().isBlank() && request.media().isEmpty()
                && (request.link() == null || request.link().isBlank())) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "nothing to post: no text, photo or link");
        }
    }

    /** The post's video, or null when it has none. */
    private static PublishRequest.Media video(PublishRequest request) {
        for (PublishRequest.Media m : request.media()) {
            if (MediaFiles.mime(m).startsWith("video/")) {
                return m;
            }
        }
        return null;
    }

    /** The refusals of a post with a video (true: it has one and may go); false when it has none. */
    private boolean refuseVideo(PublishRequest request) throws PublishFailure {
        PublishRequest.Media video = video(request);
        if (video == null) {
            return false;
        }
        if (request.media().size() > 1) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "a Facebook Page post takes one video alone: "
                    + "this one has " + request.media().size() + " media files with " + video.path()
                    + " (no photos with a video, no second video)");
        }
        String mime = MediaFiles.mime(video);
        if (!mime.equals("video/mp4")) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "video " + video.path() + " is " + mime
                    + "; the Resumable Upload API takes video/mp4 only: convert it to MP4");
        }
        if (appId == null || userToken == null) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "a video for a Facebook Page is uploaded with the "
                    + "Resumable Upload API, which needs app_id (the Meta app's numeric id) and user_token_env (a "
                    + "long-lived user token of a person with a role in the app) on this channel: "
                    + (appId == null ? "app_id" : "user_token_env") + " is missing (" + VIDEO_DOCS + ")");
        }
        if (!java.nio.file.Files.isRegularFile(MediaFiles.file(ctx, video))) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "media file " + video.path() + " not found");
        }
        return true;
    }


    /** Each photo uploaded unpublished; a repeated upload leaves an unused unpublished photo, never a post. */
    private List<String> uploadPhotos(PublishRequest request) throws PublishFailure {
        List<String> ids = new ArrayList<>();
        for (PublishRequest.Media m : request.media()) {
            byte[] bytes = MediaFiles.read(ctx, m);
            String label = "POST /" + pageId + "/photos";
            JsonNode photo = call(() -> {
                Multipart mp = new Multipart()
                        .field("access_token", current)
                        .field("published", "false");
                if (m.alt() != null && !m.alt().isBlank()) {
                    mp.field("alt_text_custom", m.alt());
                }
                mp.file("source", m.path().getFileName().toString(), MediaFiles.mime(m), bytes);
                return http.request(api("/" + pageId + "/photos")).header("Content-Type", mp.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(mp.build())).build();
            }, label, true, null);
            String id = JsonBodies.text(photo, "id");
            if (id == null) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, label + " answered without a photo id");
            }
            ids.add(id);
        }
        return ids;
    }

    private SentItem createPost(PublishRequest request, List<String> photos, DeliveryContext dctx)
            throws PublishFailure {
        Map<String, String> form = new LinkedHashMap<>();
        if (!request.text().isBlank()) {
            form.put("message", request.text());
        }
        if (photos.isEmpty() && request.link() != null && !request.link().isBlank()) {
            form.put("link", request.link().strip());
        }
        for (int i = 0; i < photos.size(); i++) {
            ObjectNode media = Payloads.JSON.createObjectNode();
            media.put("media_fbid", photos.get(i));
            form.put("attached_media[" + i + "]", media.toString());
        }
        Instant since = dctx.firstAttemptAt().minus(CLOCK_SKEW);
        String message = request.text();
        return once("/" + pageId + "/feed", form, () -> findPost(message, since),
                "the Page's recent posts do not show it (yet)", id -> new SentItem(0, id, permalink(id), null));
    }

    private SentItem createComment(String postId, String message) throws PublishFailure {
        return once("/" + postId + "/comments", Map.of("message", message), () -> findComment(postId, message),
                "the post's comments do not show it (yet)", id -> new SentItem(1, id, null, null));
    }

    /** What {@link #once} makes of the id Graph answered. */
    private interface Made {
        SentItem of(String id);
    }

    /**
     * {@code POST path} of something Graph has no idempotency key for: before any retry (a 5xx, a temporary Graph
     * error) {@code seen} looks for it first; when the answer is lost (timeout, connection reset) it is looked for
     * once and never sent again; not found, the outcome stays unknown ({@code notSeen} says where edito looked).
     */
    private SentItem once(String path, Map<String, String> form, Lookup seen, String notSeen, Made made)
            throws PublishFailure {
        String label = "POST " + path;
        SentItem[] found = new SentItem[1];
        JsonNode created;
        try {
            created = call(() -> formPost(path, form), label, false,
                    () -> (found[0] = Lookup.beforeResend(seen, label)) != null);
        } catch (PublishFailure f) {
            return Lookup.afterLostAnswer(f, seen, notSeen);
        }
        if (created == null) {
            return found[0];
        }
        String id = JsonBodies.text(created, "id");
        if (id == null) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, label + " answered without an id");
        }
        return made.of(id);
    }

    // ----------------------------------------------------------------------------------------------- video

    /**
     * The video streamed to the Resumable Upload API: a session opened on the app, then the file from offset 0; a
     * transfer cut off is resumed, before any new attempt, from the {@code file_offset} Meta says it holds.
     *
     * @return the uploaded file's handle
     */
    private String upload(PublishRequest.Media video) throws PublishFailure {
        Path file = MediaFiles.file(ctx, video);
        long length;
        try {
            length = java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "media file " + video.path() + " not found");
        }
        String start = "/" + appId + "/uploads";
        // a session that is never used is harmless: opening one is safe to repeat
        JsonNode session = call(() -> http.request(api(start + "?file_name="
                + enc(video.path().getFileName().toString()) + "&file_length=" + length
                + "&file_type=video%2Fmp4&access_token=" + enc(userToken)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), "POST " + start, true, null);
        String id = JsonBodies.text(session, "id");
        if (id == null || !id.startsWith("upload:")) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "POST " + start + " answered without an upload "
                    + "session id");
        }
        long[] offset = {0};
        String label = "POST /" + id.substring(0, Math.min(id.length(), 24));
        Duration timeout = http.policy().requestTimeout().plusSeconds(length / UPLOAD_BYTES_PER_SECOND);
        JsonNode done = call(() -> http.request(api("/" + id)).timeout(timeout)
                .header("Authorization", "OAuth " + userToken)
                .header("file_offset", String.valueOf(offset[0]))
                .header("Content-Type", "application/octet-stream")
                .POST(fileFrom(file, offset[0], length)).build(), label, true, () -> {
                    offset[0] = uploadedOffset(id, length);
                    return false;
                });
        String handle = done == null ? null : JsonBodies.text(done, "h");
        if (handle == null) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, label + " answered without the file's handle");
        }
        return handle;
    }

    /** How many bytes of the upload session Meta holds ({@code GET /upload:SESSION}, {@code file_offset}). */
    private long uploadedOffset(String session, long length) throws PublishFailure {
        String label = "GET /" + session.substring(0, Math.min(session.length(), 24));
        JsonNode n = call(() -> http.request(api("/" + session)).header("Authorization", "OAuth " + userToken)
                .GET().build(), label, true, null);
        long offset = n.path("file_offset").asLong(-1);
        if (offset < 0 || offset > length) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, label + " answered no usable file_offset");
        }
        return offset;
    }

    /** The file's bytes from {@code offset}, streamed (never read whole). */
    private static HttpRequest.BodyPublisher fileFrom(Path file, long offset, long length) {
        try {
            if (offset == 0) {
                return HttpRequest.BodyPublishers.ofFile(file);
            }
        } catch (java.io.FileNotFoundException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                java.io.InputStream in = java.nio.file.Files.newInputStream(file);
                in.skipNBytes(offset);
                return in;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), length - offset);
    }

    /**
     * {@code POST /{page-id}/videos} with the handle: the irreversible call. Its lost answer is settled from the
     * Page's videos ({@code GET /{page-id}/videos}), never by sending it again.
     */
    private SentItem createVideo(PublishRequest request, String handle, DeliveryContext dctx) throws PublishFailure {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", request.text());
        if (request.linkTitle() != null && !request.linkTitle().isBlank()) {
            form.put("title", request.linkTitle().strip());
        }
        form.put("fbuploader_video_file_chunk", handle);
        Instant since = dctx.firstAttemptAt().minus(CLOCK_SKEW);
        String description = request.text();
        return once("/" + pageId + "/videos", form, () -> findVideo(description, since),
                "the Page's recent videos do not show it (yet)", id -> new SentItem(0, id, null, null));
    }

    /** The Page's video with this description created since {@code since}, or null. */
    private SentItem findVideo(String description, Instant since) throws PublishFailure {
        JsonNode list = call(() -> get("/" + pageId + "/videos", "fields=id,description,created_time&limit="
                + LISTING_LIMIT), "GET /" + pageId + "/videos", true, null);
        String want = Lookup.normalise(description);
        for (JsonNode v : list.path("data")) {
            Instant created = time(v.path("created_time").asText(null));
            if (created != null && created.isBefore(since)) {
                continue;
            }
            if (want.equals(Lookup.normalise(v.path("description").asText("")))) {
                return new SentItem(0, JsonBodies.text(v, "id"), null, null);
            }
        }
        return null;
    }

    /**
     * Waits, within {@link #PROCESSING_BUDGET}, until Facebook has processed the video
     * ({@code status.video_status} ready), then reads its permalink.
     */
    private SentItem processed(SentItem video) throws PublishFailure {
        String id = video.remoteId();
        String label = "GET /" + id + "?fields=status";
        Duration wait = POLL_FIRST;
        Duration waited = Duration.ZERO;
        for (;;) {
            JsonNode n = call(() -> get("/" + id, "fields=status"), label, true, null);
            JsonNode status = n.path("status");
            String state = status.path("video_status").asText("");
            if (state.equals("ready")) {
                break;
            }
            if (!state.equals("processing") && !state.equals("upload_complete") && !state.equals("uploading")
                    && !state.isEmpty()) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, ctx.redactor().redact("Facebook did not "
                        + "publish video " + id + ": status.video_status is " + state + phaseErrors(status)
                        + " (the video exists on the Page unpublished or failed: look at it in Meta Business Suite)"));
            }
            if (waited.compareTo(PROCESSING_BUDGET) >= 0) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "video " + id + " is still "
                        + (state.isEmpty() ? "processing" : state) + " after " + waited.toSeconds()
                        + " s; the next run looks again (the video is posted, never uploaded twice)",
                        ctx.clock().instant().plus(POLL_MAX));
            }
            ctx.sleeper().sleep(wait);
            waited = waited.plus(wait);
            wait = wait.multipliedBy(2).compareTo(POLL_MAX) > 0 ? POLL_MAX : wait.multipliedBy(2);
        }
        String url = null;
        try {
            JsonNode n = call(() -> get("/" + id, "fields=permalink_url"), "GET /" + id + "?fields=permalink_url",
                    true, null);
            url = JsonBodies.text(n, "permalink_url");
        } catch (PublishFailure | RuntimeException e) {
            url = null; // the video is published either way
        }
        if (url != null && url.startsWith("/")) {
            url = "https://www.facebook.com" + url;
        }
        return new SentItem(0, id, url, video.ref());
    }

    /** The errors Meta lists under the status's phases ({@code processing_phase.errors[].message}...). */
    private static String phaseErrors(JsonNode status) {
        StringBuilder sb = new StringBuilder();
        for (String phase : List.of("uploading_phase", "processing_phase", "publishing_phase")) {
            JsonNode p = status.path(phase);
            String st = p.path("status").asText("");
            if (st.equals("error")) {
                sb.append("; ").append(phase).append(" error");
                for (JsonNode e : p.path("errors")) {
                    sb.append(": ").append(e.path("message").asText("")).append(e.has("code")
                            ? " (code " + e.path("code").asText() + ")" : "");
                }
            }
        }
        return sb.toString();
    }

    /** The post's public URL, or null when Graph does not tell it (the post is made either way). */
    private String permalink(String postId) {
        try {
            JsonNode n = call(() -> get("/" + postId, "fields=permalink_url"), "GET /" + postId + "?fields=permalink_url",
                    true, null);
            return JsonBodies.text(n, "permalink_url");
        } catch (PublishFailure | RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------ probe

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext dctx) {
        String comment = request.commentToSend();
        try {
            current = token.value();
            SentItem post = dctx.sent(0).orElse(null);
            if (post == null) {
                if (!request.thread().isEmpty()) {
                    return ProbeResult.safeToSend("a thread is refused before any call");
                }
                post = video(request) != null
                        ? findVideo(request.text(), dctx.firstAttemptAt().minus(CLOCK_SKEW))
                        : findPost(request.text(), dctx.firstAttemptAt().minus(CLOCK_SKEW));
                if (post == null) {
                    // a listing of the Page's posts is not proof of absence (it may be ranked, paged, delayed)
                    return ProbeResult.undecidable("Graph has no idempotency key and the Page's posts since "
                            + dctx.firstAttemptAt().minus(CLOCK_SKEW) + " do not show this text; look at the Page");
                }
                dctx.itemSent(post);
                if (comment == null) {
                    return ProbeResult.found(Delivery.of(List.of(post)));
                }
            }
            SentItem published = post;
            return ProbeResult.afterPost(dctx, published, comment, "post",
                    () -> findComment(published.remoteId(), comment));
        } catch (PublishFailure | RuntimeException e) {
            return ProbeResult.undecidable("cannot read the Page's posts: " + ctx.redactor().redact(e.getMessage()));
        }
    }

    /** The Page's post with this message created since {@code since}, or null. */
    private SentItem findPost(String message, Instant since) throws PublishFailure {
        JsonNode list = call(() -> get("/" + pageId + "/posts", "fields=id,message,created_time,permalink_url"
                + "&since=" + since.getEpochSecond() + "&limit=" + LISTING_LIMIT),
                "GET /" + pageId + "/posts", true, null);
        String want = Lookup.normalise(message);
        for (JsonNode p : list.path("data")) {
            Instant created = time(p.path("created_time").asText(null));
            if (created != null && created.isBefore(since)) {
                continue;
            }
            if (want.equals(Lookup.normalise(p.path("message").asText("")))) {
                return new SentItem(0, JsonBodies.text(p, "id"), JsonBodies.text(p, "permalink_url"), null);
            }
        }
        return null;
    }

    /** The Page's comment with this message under {@code postId}, or null (every comment is read, oldest first). */
    private SentItem findComment(String postId, String message) throws PublishFailure {
        JsonNode list = call(() -> get("/" + postId + "/comments", "fields=id,message,from&filter=stream&limit=100"),
                "GET /" + postId + "/comments", true, null);
        String want = Lookup.normalise(message);
        for (JsonNode c : list.path("data")) {
            String from = c.path("from").path("id").asText(null);
            if ((from == null || from.equals(pageId)) && want.equals(Lookup.normalise(c.path("message").asText("")))) {
                return new SentItem(1, JsonBodies.text(c, "id"), null, null);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------- HTTP

    private URI api(String path) {
        return URI.create(apiBase.toString() + path);
    }

    private HttpRequest formPost(String path, Map<String, String> form) {
        StringBuilder sb = new StringBuilder();
        form.forEach((k, v) -> sb.append(enc(k)).append('=').append(enc(v)).append('&'));
        sb.append("access_token=").append(enc(current));
        return http.request(api(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Secrets.utf8(sb.toString()))).build();
    }

    private HttpRequest get(String path, String query) {
        return http.request(api(path + "?" + query + "&access_token=" + enc(current))).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Sends until Graph answers for good: transport faults, 5xx and HTTP 429 as {@link Http} handles them, then the
     * Graph error codes of a 4xx: throttling waited for (Retry-After, else the policy's backoff), temporary errors
     * retried, within the policy's attempts; {@code beforeRetry} is asked before any new attempt.
     *
     * @return the JSON answer, or null when {@code beforeRetry} found the work done
     */
    private JsonNode call(Supplier<HttpRequest> request, String label, boolean safeToRepeat, Http.BeforeRetry beforeRetry)
            throws PublishFailure {
        int max = http.policy().maxAttempts();
        for (int attempt = 1; ; attempt++) {
            // built anew for each attempt: an upload resumes at the offset its beforeRetry read
            HttpResponse<byte[]> r = http.exchange(request, label, safeToRepeat, beforeRetry);
            if (r == null) {
                return null;
            }
            if (r.statusCode() < 300) {
                return JsonBodies.read(r, label);
            }
            GraphError e = GraphError.of(r.body());
            boolean throttled = e != null && THROTTLED.contains(e.code());
            boolean temporary = e != null && TEMPORARY.contains(e.code());
            if ((throttled || temporary) && attempt < max) {
                Duration wait = throttled ? retryAfter(r) : null;
                wait = wait != null ? wait : http.policy().backoff(attempt, ctx.random());
                if (wait.compareTo(http.policy().maxRetryAfter()) > 0) {
                    throw new PublishFailure(PublishFailure.Kind.TRANSIENT, ctx.redactor().redact(label + ": "
                            + e.describe() + " (rate limited; retry after " + wait.toSeconds() + "s)"),
                            ctx.clock().instant().plus(wait));
                }
                // throttled: Graph did not process the request, nothing to look for (and a look-up would be
                // throttled too); a temporary error may have been processed: look before sending again
                if (temporary && beforeRetry != null && beforeRetry.done()) {
                    return null;
                }
                ctx.sleeper().sleep(wait);
                continue;
            }
            throw failure(label, r, e, attempt);
        }
    }

    private PublishFailure failure(String label, HttpResponse<byte[]> r, GraphError e, int attempts) {
        if (e == null) {
            return http.rejected(label, r);
        }
        String head = label + ": " + e.describe();
        PublishFailure.Kind kind = PublishFailure.Kind.REJECTED;
        String tail;
        if ((e.code() == 190 || e.code() == 102) && label.contains("upload")) {
            tail = "; the user token of user_token_env is expired, revoked or invalid, or lacks a role in app "
                    + appId + ": make a new long-lived user token (" + VIDEO_DOCS + "), then publish with --retry-failed";
        } else if (e.code() == 190 || e.code() == 102) {
            tail = "; the Page token is expired, revoked or invalid: make a new long-lived Page token (docs/publishing.md, "
                    + "Facebook): " + token.howToRenew() + ", then publish with --retry-failed";
        } else if (e.code() == 10 || e.code() == 3 || (e.code() >= 200 && e.code() <= 299)) {
            tail = "; the token lacks a permission (pages_manage_posts for posts and photos, pages_manage_engagement "
                    + "for comments) or the Page task CREATE_CONTENT";
        } else if (e.code() == 506) {
            tail = "; Facebook refuses it as a duplicate of the Page's previous post: change the text";
        } else if (THROTTLED.contains(e.code())) {
            kind = PublishFailure.Kind.TRANSIENT;
            tail = " (rate limited, still after " + attempts + " attempts; retried by a later run)";
        } else if (TEMPORARY.contains(e.code()) || e.code() == 368) {
            kind = PublishFailure.Kind.TRANSIENT;
            tail = e.code() == 368 ? " (Facebook blocks this for now; retried by a later run)"
                    : " (temporary, still after " + attempts + " attempts; retried by a later run)";
        } else {
            tail = "";
        }
        return new PublishFailure(kind, ctx.redactor().redact(head + tail));
    }

    private Duration retryAfter(HttpResponse<byte[]> r) {
        String v = r.headers().firstValue("Retry-After").orElse(null);
        if (v == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim())));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Instant time(String s) {
        return Containers.time(s);
    }

}
