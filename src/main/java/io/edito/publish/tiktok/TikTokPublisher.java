package io.edito.publish.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.publish.api.AccessToken;
import io.edito.publish.api.Delivery;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.ProbeResult;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.Publisher;
import io.edito.publish.api.SentItem;
import io.edito.publish.http.Http;
import io.edito.publish.http.JsonBodies;
import io.edito.publish.http.MediaFiles;
import io.edito.publish.http.PublicMedia;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * TikTok through the Content Posting API (Direct Post), with a user access token holding the {@code video.publish}
 * scope sent as {@code Authorization: Bearer}.
 *
 * <ul>
 * <li>before anything, {@code POST /v2/post/publish/creator_info/query/}: the account's username and the privacy
 * levels it may post with; a configured {@code privacy} the account does not offer is refused before any post;</li>
 * <li>a video: {@code POST /v2/post/publish/video/init/} with {@code post_info} (the caption as {@code title}, the
 * privacy level, the comment/duet/stitch switches) and {@code source_info} ({@code FILE_UPLOAD}, size, chunk size
 * and count as the media transfer guide rules them), then each chunk {@code PUT} to the {@code upload_url} in order
 * with {@code Content-Range};</li>
 * <li>photos: {@code POST /v2/post/publish/content/init/} ({@code media_type PHOTO}, {@code post_mode DIRECT_POST},
 * the text as {@code description}, the post's title as {@code title}), which TikTok pulls from the files' public
 * URLs ({@code media_url}, on a domain verified in the developer portal), each first fetched by edito and compared
 * with the repository's file ({@link PublicMedia});</li>
 * <li>then {@code POST /v2/post/publish/status/fetch/} polled with a bounded backoff until
 * {@code PUBLISH_COMPLETE} or {@code FAILED}.</li>
 * </ul>
 *
 * <p>The {@code publish_id} is recorded in the ledger (item 0, {@link #PUBLISH_ID_REF}) as soon as TikTok gives it:
 * a run that dies after it asks TikTok about that publish_id instead of posting again; an upload that never
 * finished, or a post TikTok failed, is safe to start over. A TikTok post has no text-only form, no thread and no
 * comment that an app can post: those are refused before any call.
 *
 * <p>Errors are TikTok's {@code {"error":{"code","message","log_id"}}}: {@code access_token_invalid} renews the token
 * once; {@code rate_limit_exceeded} and {@code spam_risk_too_many_posts} wait for a later run; others are refusals
 * told with their code and message.
 */
public final class TikTokPublisher implements Publisher {
    public static final String DEFAULT_API_BASE = "https://open.tiktokapis.com";
    /** The privacy levels of the Content Posting API. */
    public static final Set<String> PRIVACY_LEVELS = Set.of("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS",
            "FOLLOWER_OF_CREATOR", "SELF_ONLY");
    /** What item 0 holds while TikTok has not finished the post: its remote id is then the publish_id. */
    public static final String PUBLISH_ID_REF = "tiktok-publish-id";
    /** Media transfer guide: chunks of 5 to 64 MB; a video under 5 MB, or up to 64 MB, may go whole. */
    static final long MAX_CHUNK = 64L * 1024 * 1024;
    /** "There must be a minimum of 1 chunk and a maximum of 1000 chunks." */
    static final int MAX_CHUNKS = 1000;
    /** TikTok's facts (networks.yaml): the media limits refused before any call are the ones check tells. */
    private static final io.edito.network.Network TIKTOK = io.edito.network.Networks.get("tiktok");
    /** Photo posts: up to 35 images (Content Posting API, photo post reference): networks.yaml's max_images. */
    static final int MAX_PHOTOS = TIKTOK.maxImages().getAsInt();
    /** Photo post title limit, in UTF-16 units (the description takes the text): networks.yaml's photo_title fact. */
    static final int PHOTO_TITLE_MAX = TIKTOK.limit(io.edito.network.TextField.PHOTO_TITLE).orElseThrow().max().orElseThrow();
    /** Polls of the post's status before the outcome is left to the next run (about 5 minutes in all). */
    static final int STATUS_POLLS = 14;
    static final Duration FIRST_POLL = Duration.ofSeconds(2);
    static final Duration MAX_POLL = Duration.ofSeconds(30);

    /** The switches of a post: who may see it, and whether comments, duets and stitches are allowed. */
    public record Options(String privacy, boolean comments, boolean duet, boolean stitch) {
    }

    private final URI apiBase;
    private final AccessToken token;
    private final Options options;
    private final Http http;
    private final PublishContext ctx;

    public TikTokPublisher(URI apiBase, AccessToken token, Options options, Http http, PublishContext ctx) {
        this.apiBase = apiBase;
        this.token = token;
        this.options = options;
        this.http = http;
        this.ctx = ctx;
    }

    @Override
    public String type() {
        return "tiktok";
    }

    // ---------------------------------------------------------------------------------------------- publish

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        boolean video = refuseWhatTikTokCannotTake(request);
        SentItem started = dctx.sent(0).orElse(null);
        Creator creator = creator();
        if (started != null) {
            Status s = status(started.remoteId());
            if (s.published() || s.underway(videoBytes(request))) {
                return Delivery.of(List.of(follow(started.remoteId(), s, creator)));
            }
            // FAILED, or an upload that never finished: nothing went out, a new post is safe
        }
        String publishId = video ? postVideo(request, creator, dctx) : postPhotos(request, creator, dctx);
        return Delivery.of(List.of(follow(publishId, status(publishId), creator)));
    }

    /** Every refusal that needs no call; true for a video post, false for a photo post. */
    private boolean refuseWhatTikTokCannotTake(PublishRequest r) throws PublishFailure {
        if (!r.thread().isEmpty()) {
            throw rejected("a thread cannot go to TikTok (a post has no replies of its own); take this channel off "
                    + "the post or clear the thread for it (thread: [])");
        }
        if (r.commentToSend() != null) {
            throw rejected("TikTok's API cannot post comments: first_comment cannot go out here; clear it for this "
                    + "channel");
        }
        if (r.replyTo() != null) {
            throw rejected("the tiktok publisher does not answer posts");
        }
        if (r.media().isEmpty()) {
            throw rejected("a TikTok post is a video or photos: this one has none (TikTok has no text-only post)");
        }
        long videos = r.media().stream().filter(m -> MediaFiles.mime(m).startsWith("video/")).count();
        if (videos > 1 || (videos == 1 && r.media().size() > 1)) {
            throw rejected("a TikTok post is one video or up to " + MAX_PHOTOS + " photos, not a mix or several "
                    + "videos (" + r.media().size() + " files here)");
        }
        if (videos == 1) {
            return true;
        }
        if (r.media().size() > MAX_PHOTOS) {
            throw rejected("TikTok takes at most " + MAX_PHOTOS + " photos per post, this one has " + r.media().size());
        }
        for (PublishRequest.Media m : r.media()) {
            String mime = MediaFiles.mime(m);
            if (!MediaFiles.takesImage(TIKTOK, mime)) {
                throw rejected("TikTok's photo posts take " + MediaFiles.imageFormats(TIKTOK) + " images; " + m.file()
                        + " is " + mime);
            }
            if (m.url() == null) {
                throw rejected("TikTok pulls photos from a public URL on a domain verified in its developer portal: "
                        + "give this channel's publish block media_url: (https://your-verified-domain/{path})");
            }
        }
        String title = r.linkTitle() == null ? "" : r.linkTitle().strip();
        if (title.length() > PHOTO_TITLE_MAX) {
            // edito check says so unless the charter turned length.tiktok off; cutting it here would lose words unseen
            throw rejected("the photo title is " + title.length() + " characters, over the " + PHOTO_TITLE_MAX
                    + " TikTok takes: shorten it");
        }
        return false;
    }

    /** The account's username and the privacy levels it offers now (TikTok asks apps to read them before a post). */
    private Creator creator() throws PublishFailure {
        JsonNode d = call("POST /v2/post/publish/creator_info/query/", "/v2/post/publish/creator_info/query/", "{}",
                true).path("data");
        List<String> levels = new java.util.ArrayList<>();
        d.path("privacy_level_options").forEach(n -> levels.add(n.asText()));
        if (!levels.isEmpty() && !levels.contains(options.privacy())) {
            throw rejected("this TikTok account cannot post with privacy " + options.privacy() + "; it offers "
                    + String.join(", ", levels) + (levels.equals(List.of("SELF_ONLY")) || options.privacy()
                            .equals("SELF_ONLY") ? "" : " (an app TikTok has not audited posts SELF_ONLY only, "
                                    + "to private accounts)"));
        }
        return new Creator(JsonBodies.text(d, "creator_username"), d.path("comment_disabled").asBoolean(false),
                d.path("duet_disabled").asBoolean(false), d.path("stitch_disabled").asBoolean(false));
    }

    private record Creator(String username, boolean commentsOff, boolean duetOff, boolean stitchOff) {
    }

    private ObjectNode postInfo(Creator c) {
        ObjectNode info = Payloads.JSON.createObjectNode();
        info.put("privacy_level", options.privacy());
        // a switch the creator turned off in the app stays off
        info.put("disable_comment", !options.comments() || c.commentsOff());
        return info;
    }

    private String postVideo(PublishRequest r, Creator c, DeliveryContext dctx) throws PublishFailure {
        PublishRequest.Media m = r.media().get(0);
        Path file = MediaFiles.file(ctx, m);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw rejected("media file " + m.file() + " cannot be read");
        }
        Chunks chunks = Chunks.of(size);
        ObjectNode body = Payloads.JSON.createObjectNode();
        ObjectNode info = postInfo(c);
        info.put("title", r.text());
        info.put("disable_duet", !options.duet() || c.duetOff());
        info.put("disable_stitch", !options.stitch() || c.stitchOff());
        body.set("post_info", info);
        ObjectNode source = body.putObject("source_info");
        source.put("source", "FILE_UPLOAD");
        source.put("video_size", size);
        source.put("chunk_size", chunks.size());
        source.put("total_chunk_count", chunks.count());
        // init creates nothing visible: the post exists only once its last chunk arrives
        JsonNode d = call("POST /v2/post/publish/video/init/", "/v2/post/publish/video/init/", body.toString(), true)
                .path("data");
        String publishId = JsonBodies.text(d, "publish_id");
        String uploadUrl = JsonBodies.text(d, "upload_url");
        if (publishId == null || uploadUrl == null) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "TikTok's video init answered without a "
                    + "publish_id or upload_url");
        }
        dctx.itemSent(new SentItem(0, publishId, null, PUBLISH_ID_REF));
        upload(URI.create(uploadUrl), file, MediaFiles.mime(m), size, chunks);
        return publishId;
    }

    /** The chunking the media transfer guide asks for: one piece up to 64 MB, else 64 MB pieces, the last larger. */
    record Chunks(long size, int count) {
        static Chunks of(long videoSize) throws PublishFailure {
            if (videoSize <= MAX_CHUNK) {
                return new Chunks(videoSize, 1);
            }
            long count = videoSize / MAX_CHUNK;
            if (count > MAX_CHUNKS) {
                throw rejected("the video is " + videoSize + " bytes: more than TikTok's 1,000 chunks of 64 MB");
            }
            return new Chunks(MAX_CHUNK, (int) count);
        }

        long start(int i) {
            return i * size;
        }

        long end(int i, long total) {
            return i == count - 1 ? total : (i + 1) * size;
        }
    }

    private void upload(URI url, Path file, String mime, long total, Chunks chunks) throws PublishFailure {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            for (int i = 0; i < chunks.count(); i++) {
                long from = chunks.start(i);
                long to = chunks.end(i, total);
                byte[] bytes = new byte[(int) (to - from)];
                in.seek(from);
                in.readFully(bytes);
                String label = "PUT upload_url (chunk " + (i + 1) + "/" + chunks.count() + ")";
                HttpRequest put = http.request(url).header("Content-Type", mime)
                        .header("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + total)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
                // a chunk sent twice lands on the same byte range: repeating it cannot post twice
                HttpResponse<byte[]> res = http.exchange(put, label, true);
                if (res.statusCode() >= 300) {
                    throw fail(label, res);
                }
            }
        } catch (IOException e) {
            throw rejected("media file " + file.getFileName() + " cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    private String postPhotos(PublishRequest r, Creator c, DeliveryContext dctx) throws PublishFailure {
        ObjectNode body = Payloads.JSON.createObjectNode();
        body.put("media_type", "PHOTO");
        body.put("post_mode", "DIRECT_POST");
        ObjectNode info = postInfo(c);
        if (r.linkTitle() != null && !r.linkTitle().isBlank()) {
            info.put("title", r.linkTitle().strip()); // within PHOTO_TITLE_MAX: refused before any call otherwise
        }
        info.put("description", r.text());
        body.set("post_info", info);
        ObjectNode source = body.putObject("source_info");
        source.put("source", "PULL_FROM_URL");
        source.put("photo_cover_index", 0);
        ArrayNode images = source.putArray("photo_images");
        // TikTok pulls each photo itself: the public copy must be the repository's file before anything is posted
        PublicMedia.checked(ctx, http, r.media(), null, "TikTok").forEach(images::add);
        String label = "POST /v2/post/publish/content/init/";
        JsonNode d;
        try {
            // TikTok posts what it pulls once this is accepted: a lost answer is an unknown outcome, never re-sent
            d = call(label, "/v2/post/publish/content/init/", body.toString(), false).path("data");
        } catch (PublishFailure f) {
            if (f.kind() == PublishFailure.Kind.UNKNOWN) {
                throw new PublishFailure(PublishFailure.Kind.UNKNOWN, f.getMessage() + "; TikTok may have the post "
                        + "(no publish_id came back to ask about it)");
            }
            throw f;
        }
        String publishId = JsonBodies.text(d, "publish_id");
        if (publishId == null) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, label + " answered without a publish_id");
        }
        dctx.itemSent(new SentItem(0, publishId, null, PUBLISH_ID_REF));
        return publishId;
    }

    /** The size of the post's video, or -1 for a photo post (or a file that cannot be read: then nothing is assumed). */
    private long videoBytes(PublishRequest r) {
        if (r.media().size() != 1 || !MediaFiles.mime(r.media().get(0)).startsWith("video/")) {
            return -1;
        }
        try {
            return Files.size(MediaFiles.file(ctx, r.media().get(0)));
        } catch (IOException | PublishFailure e) {
            return -1;
        }
    }

    // ------------------------------------------------------------------------------------------------ status

    /** TikTok's answer about a publish_id. */
    record Status(String status, String failReason, String postId, long uploadedBytes) {
        boolean published() {
            return status.equals("PUBLISH_COMPLETE");
        }

        boolean failed() {
            return status.equals("FAILED");
        }

        /**
         * Still processing a post that will go out: TikTok is pulling the photos, or has every byte of the video
         * ({@code expectedBytes}, or -1 for photos). An upload that stopped before its last byte never becomes a post.
         */
        boolean underway(long expectedBytes) {
            return status.equals("PROCESSING_DOWNLOAD") || status.equals("SEND_TO_USER_INBOX")
                    || (status.equals("PROCESSING_UPLOAD") && expectedBytes > 0 && uploadedBytes >= expectedBytes);
        }
    }

    private Status status(String publishId) throws PublishFailure {
        ObjectNode body = Payloads.JSON.createObjectNode();
        body.put("publish_id", publishId);
        JsonNode d = call("POST /v2/post/publish/status/fetch/", "/v2/post/publish/status/fetch/", body.toString(),
                true).path("data");
        JsonNode ids = d.path("publicaly_available_post_id"); // TikTok's spelling
        String postId = null;
        if (ids.isArray() && ids.size() > 0) {
            postId = ids.get(0).asText();
        } else if (ids.isValueNode() && !ids.asText().isEmpty()) {
            postId = ids.asText();
        }
        return new Status(d.path("status").asText(""), JsonBodies.text(d, "fail_reason"), postId,
                d.path("uploaded_bytes").asLong(0));
    }

    /**
     * Polls until TikTok has published or failed the post, within {@link #STATUS_POLLS}: published is the delivery
     * (the post's id and URL when TikTok gives them: public posts only, after moderation), failed is a refusal with
     * TikTok's reason, still processing is left unknown for the next run to ask again.
     */
    private SentItem follow(String publishId, Status s, Creator creator) throws PublishFailure {
        Duration wait = FIRST_POLL;
        for (int poll = 0; ; poll++) {
            if (s.published()) {
                String url = s.postId() == null || creator.username() == null ? null
                        : "https://www.tiktok.com/@" + creator.username() + "/video/" + s.postId();
                return new SentItem(0, s.postId() != null ? s.postId() : publishId, url,
                        s.postId() != null ? null : PUBLISH_ID_REF);
            }
            if (s.failed()) {
                throw rejected("TikTok did not publish " + publishId + ": " + (s.failReason() == null ? "FAILED"
                        : s.failReason()));
            }
            if (poll >= STATUS_POLLS) {
                throw new PublishFailure(PublishFailure.Kind.UNKNOWN, "TikTok is still processing " + publishId
                        + " (" + s.status() + ")");
            }
            ctx.sleeper().sleep(wait);
            wait = wait.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : wait.multipliedBy(2);
            s = status(publishId);
        }
    }

    // ------------------------------------------------------------------------------------------------ probe

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext dctx) {
        SentItem started = dctx.sent(0).orElse(null);
        if (started == null) {
            if (videoBytes(request) > 0) {
                // the publish_id is recorded before the first byte is sent: without it no upload began
                return ProbeResult.safeToSend("no publish_id was recorded, so no byte of the video was sent: TikTok "
                        + "makes no post without them");
            }
            return ProbeResult.undecidable("no publish_id came back from TikTok, and TikTok's API cannot list an "
                    + "account's private or unmoderated posts: look at the account in the TikTok app");
        }
        try {
            Status s = status(started.remoteId());
            if (s.published()) {
                return ProbeResult.found(Delivery.of(List.of(follow(started.remoteId(), s, creator()))));
            }
            if (s.failed()) {
                return ProbeResult.safeToSend("TikTok failed " + started.remoteId() + " ("
                        + (s.failReason() == null ? "no reason given" : s.failReason()) + "): nothing went out");
            }
            if (s.underway(videoBytes(request))) {
                return ProbeResult.undecidable("TikTok is still processing " + started.remoteId() + " (" + s.status()
                        + "); the next run asks again");
            }
            if (s.status().equals("PROCESSING_UPLOAD")) {
                return ProbeResult.safeToSend("the upload of " + started.remoteId() + " never finished: TikTok "
                        + "makes no post of it");
            }
            return ProbeResult.undecidable("TikTok is still processing " + started.remoteId() + " (" + s.status()
                    + "); the next run asks again");
        } catch (PublishFailure | RuntimeException e) {
            return ProbeResult.undecidable("cannot ask TikTok about " + started.remoteId() + ": "
                    + ctx.redactor().redact(String.valueOf(e.getMessage())));
        }
    }

    // ------------------------------------------------------------------------------------------------- HTTP

    /**
     * One JSON POST with the bearer token; an {@code access_token_invalid} answer renews the token once and sends
     * again (TikTok refused the request: nothing was done).
     */
    private JsonNode call(String label, String path, String json, boolean safeToRepeat) throws PublishFailure {
        String bearer = token.value();
        for (int attempt = 1; ; attempt++) {
            String b = bearer;
            HttpRequest req = http.request(URI.create(apiBase + path))
                    .header("Authorization", "Bearer " + b)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<byte[]> r = http.exchange(req, label, safeToRepeat);
            if (r.statusCode() < 300) {
                JsonNode n = JsonBodies.read(r, label);
                String code = n.path("error").path("code").asText("ok");
                if (!code.equals("ok")) {
                    throw failure(label, code, n.path("error"));
                }
                return n;
            }
            JsonNode err = JsonBodies.tryRead(r.body());
            String code = err == null ? null : JsonBodies.text(err.path("error"), "code");
            if ("access_token_invalid".equals(code) && attempt == 1) {
                bearer = token.renew(b);
                continue;
            }
            if (code == null) {
                throw http.rejected(label, r);
            }
            throw failure(label, code, err.path("error"));
        }
    }

    private PublishFailure fail(String label, HttpResponse<byte[]> r) {
        JsonNode err = JsonBodies.tryRead(r.body());
        String code = err == null ? null : JsonBodies.text(err.path("error"), "code");
        return code == null ? http.rejected(label, r) : failure(label, code, err.path("error"));
    }

    private PublishFailure failure(String label, String code, JsonNode error) {
        String message = error.path("message").asText("");
        String logId = JsonBodies.text(error, "log_id");
        String head = label + ": TikTok error " + code + (message.isEmpty() ? "" : ": " + message)
                + (logId == null ? "" : " (log_id " + logId + ")");
        PublishFailure.Kind kind = PublishFailure.Kind.REJECTED;
        String tail;
        switch (code) {
            case "access_token_invalid" -> tail = "; " + token.howToRenew();
            case "scope_not_authorized", "scope_permission_missed" -> tail = "; the token lacks the video.publish "
                    + "scope (log in again granting it)";
            case "rate_limit_exceeded", "spam_risk_too_many_posts", "spam_risk_user_banned_from_posting" -> {
                kind = code.equals("spam_risk_user_banned_from_posting") ? PublishFailure.Kind.REJECTED
                        : PublishFailure.Kind.TRANSIENT;
                tail = kind == PublishFailure.Kind.TRANSIENT ? " (TikTok's posting limit; retried by a later run)"
                        : "";
            }
            case "unaudited_client_can_only_post_to_private_accounts" -> tail = "; TikTok has not audited this app: "
                    + "it can post only SELF_ONLY to a private account (privacy: SELF_ONLY)";
            case "url_ownership_unverified" -> tail = "; verify the domain of media_url in TikTok's developer portal";
            case "privacy_level_option_mismatch" -> tail = "; the privacy level is not one the account offers now";
            case "reached_active_user_cap" -> {
                kind = PublishFailure.Kind.TRANSIENT;
                tail = " (the app's daily cap of posting users; retried by a later run)";
            }
            default -> tail = "";
        }
        return new PublishFailure(kind, ctx.redactor().redact(head + tail));
    }

    private static PublishFailure rejected(String message) {
        return new PublishFailure(PublishFailure.Kind.REJECTED, message);
    }

}
