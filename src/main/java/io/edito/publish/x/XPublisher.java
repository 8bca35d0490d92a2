package io.edito.publish.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.core.ByteSize;
import io.edito.network.Network;
import io.edito.network.Networks;
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
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X (API v2) with a user's OAuth 2.0 access token or OAuth 1.0a keys ({@link XAuth}).
 *
 * <ul>
 * <li>a post: {@code POST /2/tweets} with JSON {@code text}, {@code media.media_ids}, {@code reply.in_reply_to_tweet_id},
 * answered 201 {@code {"data":{"id","text"}}};</li>
 * <li>images (up to 4): each {@code POST /2/media/upload} (multipart {@code media}, {@code media_category=tweet_image})
 * then, with alt text, {@code POST /2/media/metadata} {@code {"id","metadata":{"alt_text":{"text"}}}};</li>
 * <li>one video or GIF: {@code POST /2/media/upload/initialize} (JSON {@code media_type}, {@code total_bytes},
 * {@code media_category}), {@code POST /2/media/upload/{id}/append} (multipart {@code segment_index}, {@code media})
 * per 1 MB chunk, {@code POST /2/media/upload/{id}/finalize}, then {@code GET /2/media/upload?command=STATUS&media_id=}
 * while {@code processing_info.state} is pending or in progress (waits of {@code check_after_secs}, bounded);</li>
 * <li>{@code thread:} items as replies each to the previous item, {@code first_comment:} as a reply to the post; each
 * item recorded in the ledger as soon as it is made, so that a run that dies between items resumes at the next.</li>
 * </ul>
 *
 * <p>X has no idempotency key. A {@code POST /2/tweets} whose answer is lost is never sent again blindly: the
 * account's posts since the first attempt ({@code GET /2/users/me}, then {@code GET /2/users/{id}/tweets}) are read
 * and the item is settled as sent when its text is there (links compared as links: X shows them as t.co); otherwise
 * the outcome stays unknown for {@code edito ledger resolve}. A 403 "duplicate content" is settled the same way.
 * A 429 waits until {@code x-rate-limit-reset} when that is near, else fails for now with that time; a spent usage
 * cap is a refusal.
 */
public final class XPublisher implements Publisher {
    /** X's facts (networks.yaml): the media limits refused before any call are the ones check tells. */
    private static final Network X = Networks.get("x");
    public static final String DEFAULT_API_BASE = "https://api.x.com";
    /** "You may attach up to 4 photos, 1 animated GIF or 1 video in a Post" (media best practices). */
    static final int MAX_PHOTOS = X.maxImages().getAsInt();
    /** Images 5 MB, GIFs 15 MB: the network facts (networks.yaml image_max_bytes, gif_max_bytes), as check tells them. */
    static final long MAX_IMAGE_BYTES = X.imageMaxBytes().getAsInt();
    static final long MAX_GIF_BYTES = X.imageMaxBytes("GIF").getAsInt();
    /** Append chunks: 1 MB (the v2 append endpoint refuses the v1.1 5 MB chunks with 413, reported by clients). */
    static final int CHUNK_BYTES = 1024 * 1024;
    static final int MAX_ALT_TEXT = 1000;
    /** The account's posts read after a lost answer: since this long before the first attempt. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int LISTING_MAX = 100;
    /** Video processing: waits of check_after_secs, each at least 1 s and at most 30 s, 10 minutes in all. */
    static final Duration MIN_POLL = Duration.ofSeconds(1);
    static final Duration MAX_POLL = Duration.ofSeconds(30);
    static final Duration MAX_PROCESSING = Duration.ofMinutes(10);
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern STATUS_URL = Pattern.compile("https?://(?:www\\.)?(?:x|twitter)\\.com/[^/]+/status(?:es)?/([0-9]+).*");

    private final URI apiBase;
    private final XAuth auth;
    private final Http http;
    private final PublishContext ctx;
    private volatile String userId;

    XPublisher(URI apiBase, XAuth auth, Http http, PublishContext ctx) {
        this.apiBase = apiBase;
        this.auth = auth;
        this.http = http.withRateLimitReset("x-rate-limit-reset", XError::usageCapped);
        this.ctx = ctx;
    }

    /** A publisher sending a Bearer user access token (OAuth 2.0). */
    public static XPublisher withToken(URI apiBase, io.edito.publish.api.AccessToken token, Http http,
            PublishContext ctx) {
        return new XPublisher(apiBase, XAuth.bearer(token), http, ctx);
    }

    /** A publisher signing each request with the app's and the account's OAuth 1.0a keys. */
    public static XPublisher withKeys(URI apiBase, OAuth1Signer.Keys keys, String variables, Http http,
            PublishContext ctx) {
        return new XPublisher(apiBase, XAuth.oauth1(keys, variables, ctx.sendClock(), new java.security.SecureRandom()),
                http, ctx);
    }

    @Override
    public String type() {
        return "x";
    }

    // ---------------------------------------------------------------------------------------------- publish

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        List<Kind> kinds = refuseWhatXCannotTake(request);
        List<SentItem> done = new ArrayList<>();
        Instant since = dctx.firstAttemptAt().minus(CLOCK_SKEW);
        SentItem post = dctx.sentOr(0, () -> create(0, request.text(), uploadMedia(request, kinds),
                replyTarget(request), since));
        done.add(post);
        SentItem previous = post;
        for (int i = 1; i <= request.thread().size(); i++) {
            String replyTo = previous.remoteId();
            String text = request.thread().get(i - 1);
            int index = i;
            SentItem item = dctx.sentOr(i, () -> create(index, text, List.of(), replyTo, since));
            done.add(item);
            previous = item;
        }
        String comment = request.commentToSend();
        if (comment != null) {
            int index = request.thread().size() + 1;
            String postId = post.remoteId();
            done.add(dctx.sentOr(index, () -> create(index, comment, List.of(), postId, since)));
        }
        return Delivery.of(done);
    }

    private enum Kind {
        IMAGE, GIF, VIDEO
    }

    /** Every refusal that needs no call, made before the first one so that nothing is half-sent. */
    private List<Kind> refuseWhatXCannotTake(PublishRequest request) throws PublishFailure {
        List<Kind> kinds = new ArrayList<>();
        for (PublishRequest.Media m : request.media()) {
            String mime = MediaFiles.mime(m);
            Kind k = mime.equals("image/gif") ? Kind.GIF : mime.startsWith("image/") ? Kind.IMAGE
                    : mime.startsWith("video/") ? Kind.VIDEO : null;
            if (k == null) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "X takes images, a GIF or a video; "
                        + m.path() + " is " + mime);
            }
            long size;
            try {
                size = Files.size(MediaFiles.file(ctx, m));
            } catch (IOException e) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "media file " + m.path() + " not found");
            }
            if (k == Kind.IMAGE && size > MAX_IMAGE_BYTES) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "image " + m.path() + " is " + size
                        + " bytes; X takes images of " + ByteSize.format(MAX_IMAGE_BYTES) + " at most");
            }
            if (k == Kind.GIF && size > MAX_GIF_BYTES) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "GIF " + m.path() + " is " + size
                        + " bytes; X takes GIFs of " + ByteSize.format(MAX_GIF_BYTES) + " at most");
            }
            if (m.alt() != null && m.alt().length() > MAX_ALT_TEXT) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "the alt text of " + m.path() + " has "
                        + m.alt().length() + " characters; X takes 1000 at most");
            }
            kinds.add(k);
        }
        long images = kinds.stream().filter(k -> k == Kind.IMAGE).count();
        if (images > MAX_PHOTOS || (images < kinds.size() && kinds.size() > 1)) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "X takes up to " + MAX_PHOTOS
                    + " images, or 1 GIF, or 1 video per post; this one has " + describe(kinds));
        }
        if (request.text().isBlank() && request.media().isEmpty()) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "nothing to post: no text and no media");
        }
        if (request.replyTo() != null && replyTarget(request) == null) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "cannot answer '" + request.replyTo()
                    + "' on X: give the post's id or its x.com/.../status/ID link");
        }
        return kinds;
    }

    private static String describe(List<Kind> kinds) {
        return kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).reduce((a, b) -> a + ", " + b).orElse("none");
    }


    /** The id of the post the request answers (its id, or a status link), or null. */
    static String replyTarget(PublishRequest request) {
        String r = request.replyTo();
        if (r == null || r.isBlank()) {
            return null;
        }
        r = r.strip();
        if (r.matches("[0-9]{1,20}")) {
            return r;
        }
        Matcher m = STATUS_URL.matcher(r);
        return m.matches() ? m.group(1) : null;
    }

    // ------------------------------------------------------------------------------------------------ media

    private List<String> uploadMedia(PublishRequest request, List<Kind> kinds) throws PublishFailure {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            PublishRequest.Media m = request.media().get(i);
            byte[] bytes = MediaFiles.read(ctx, m);
            String id = kinds.get(i) == Kind.IMAGE ? uploadImage(m, bytes) : uploadChunked(m, bytes, kinds.get(i));
            if (m.alt() != null && !m.alt().isBlank() && kinds.get(i) != Kind.VIDEO) {
                altText(id, m.alt());
            }
            ids.add(id);
        }
        return ids;
    }

    /** One request: an upload never makes a post, so it is safe to repeat (an unused media id expires). */
    private String uploadImage(PublishRequest.Media m, byte[] bytes) throws PublishFailure {
        String label = "POST /2/media/upload";
        JsonNode n = call(() -> {
            Multipart mp = new Multipart().field("media_category", "tweet_image")
                    .field("media_type", MediaFiles.mime(m))
                    .file("media", m.path().getFileName().toString(), MediaFiles.mime(m), bytes);
            return new Body(mp.contentType(), mp.build());
        }, "POST", api("/2/media/upload"), label, true, null);
        return mediaId(n, label);
    }

    private String uploadChunked(PublishRequest.Media m, byte[] bytes, Kind kind) throws PublishFailure {
        ObjectNode init = Payloads.JSON.createObjectNode();
        init.put("media_type", MediaFiles.mime(m));
        init.put("total_bytes", bytes.length);
        init.put("media_category", kind == Kind.GIF ? "tweet_gif" : "tweet_video");
        String id = mediaId(call(() -> json(init), "POST", api("/2/media/upload/initialize"),
                "POST /2/media/upload/initialize", true, null), "POST /2/media/upload/initialize");
        int segments = Math.max(1, (bytes.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
        for (int s = 0; s < segments; s++) {
            byte[] chunk = Arrays.copyOfRange(bytes, s * CHUNK_BYTES, Math.min(bytes.length, (s + 1) * CHUNK_BYTES));
            int index = s;
            String label = "POST /2/media/upload/" + id + "/append (segment " + s + ")";
            HttpResponse<byte[]> r = send(() -> {
                Multipart mp = new Multipart().field("segment_index", Integer.toString(index))
                        .file("media", "chunk-" + index, "application/octet-stream", chunk);
                return new Body(mp.contentType(), mp.build());
            }, "POST", api("/2/media/upload/" + id + "/append"), label, true, null);
            if (r.statusCode() >= 300) {
                throw failure(label, r);
            }
        }
        String label = "POST /2/media/upload/" + id + "/finalize";
        JsonNode fin = call(() -> null, "POST", api("/2/media/upload/" + id + "/finalize"), label, true, null);
        awaitProcessing(id, fin.path("data").path("processing_info"), m);
        return id;
    }

    /** Polls STATUS while X processes the video: bounded waits, a bounded total. */
    private void awaitProcessing(String id, JsonNode info, PublishRequest.Media m) throws PublishFailure {
        Duration waited = Duration.ZERO;
        for (int poll = 1; info.isObject(); poll++) {
            String state = info.path("state").asText("");
            if (state.equals("succeeded")) {
                return;
            }
            if (state.equals("failed")) {
                JsonNode e = info.path("error");
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "X could not process " + m.path() + ": "
                        + e.path("name").asText("error") + " " + e.path("code").asText("") + " "
                        + e.path("message").asText("") + " (edito does not retry this)");
            }
            Duration wait = info.has("check_after_secs") ? Duration.ofSeconds(info.path("check_after_secs").asLong())
                    : http.policy().backoff(poll, ctx.random());
            wait = wait.compareTo(MIN_POLL) < 0 ? MIN_POLL : wait.compareTo(MAX_POLL) > 0 ? MAX_POLL : wait;
            if (waited.plus(wait).compareTo(MAX_PROCESSING) > 0) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "X was still processing " + m.path()
                        + " (media " + id + ", " + state + ") after " + waited.toSeconds() + " s; a later run uploads it "
                        + "again");
            }
            ctx.sleeper().sleep(wait);
            waited = waited.plus(wait);
            String label = "GET /2/media/upload?command=STATUS&media_id=" + id;
            info = call(() -> null, "GET", api("/2/media/upload?command=STATUS&media_id=" + enc(id)), label, true, null)
                    .path("data").path("processing_info");
        }
    }

    /** Alt text, as X's OpenAPI has it: {@code POST /2/media/metadata {"id","metadata":{"alt_text":{"text"}}}}. */
    private void altText(String mediaId, String alt) throws PublishFailure {
        ObjectNode body = Payloads.JSON.createObjectNode();
        body.put("id", mediaId);
        body.putObject("metadata").putObject("alt_text").put("text", alt);
        call(() -> json(body), "POST", api("/2/media/metadata"), "POST /2/media/metadata", true, null);
    }

    private static String mediaId(JsonNode n, String label) throws PublishFailure {
        String id = JsonBodies.text(n.path("data"), "id");
        if (id == null) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, label + " answered without a media id");
        }
        return id;
    }

    // ------------------------------------------------------------------------------------------------ posts

    /** One item: a post, or a reply to {@code replyTo}; found rather than sent again when an answer is lost. */
    private SentItem create(int index, String text, List<String> media, String replyTo, Instant since)
            throws PublishFailure {
        ObjectNode body = Payloads.JSON.createObjectNode();
        if (!text.isBlank()) {
            body.put("text", text);
        }
        if (!media.isEmpty()) {
            media.forEach(body.putObject("media").putArray("media_ids")::add);
        }
        if (replyTo != null) {
            body.putObject("reply").put("in_reply_to_tweet_id", replyTo);
        }
        String label = "POST /2/tweets" + (index == 0 ? "" : " (item " + index + ")");
        Lookup find = () -> find(index, text, !media.isEmpty(), replyTo, since);
        SentItem[] found = new SentItem[1];
        HttpResponse<byte[]> r;
        try {
            // no idempotency key: before any new attempt (a 5xx, a lost connection), look for the post first
            r = send(() -> json(body), "POST", api("/2/tweets"), label, false,
                    () -> (found[0] = Lookup.beforeResend(find, label)) != null);
        } catch (PublishFailure f) {
            if (f.kind() == PublishFailure.Kind.REJECTED) {
                throw f;
            }
            // lost answer (unknown), or X's last 5xx (it may have made the post all the same): look once
            SentItem seen = Lookup.afterLostAnswer(find);
            if (seen != null) {
                return seen;
            }
            if (f.kind() == PublishFailure.Kind.TRANSIENT) {
                throw f;
            }
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, f.getMessage()
                    + "; the account's posts since " + since + " do not show it (yet)");
        }
        if (r == null) {
            return found[0];
        }
        if (r.statusCode() < 300) {
            JsonNode n = JsonBodies.read(r, label);
            String id = JsonBodies.text(n.path("data"), "id");
            if (id == null) {
                throw new PublishFailure(PublishFailure.Kind.UNKNOWN, label + " answered without a post id");
            }
            return new SentItem(index, id, permalink(id), null);
        }
        XError e = XError.of(r.statusCode(), r.body());
        if (e != null && e.duplicate()) {
            // an earlier attempt of this very item may have landed: only the account's posts can tell
            SentItem seen = Lookup.afterLostAnswer(find);
            if (seen != null) {
                return seen;
            }
        }
        throw failure(label, r);
    }

    static String permalink(String id) {
        return "https://x.com/i/web/status/" + id;
    }

    // ------------------------------------------------------------------------------------------------ probe

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext dctx) {
        Instant since = dctx.firstAttemptAt().minus(CLOCK_SKEW);
        List<SentItem> all = new ArrayList<>();
        try {
            SentItem post = dctx.sent(0).orElse(null);
            if (post == null) {
                post = find(0, request.text(), !request.media().isEmpty(), replyTarget(request), since);
                if (post == null) {
                    return ProbeResult.undecidable("X has no idempotency key and the account's posts since " + since
                            + " do not show this text; look at the account");
                }
                dctx.itemSent(post);
            }
            all.add(post);
            List<String[]> rest = new ArrayList<>(); // {text, parent: "prev" or "post"}
            request.thread().forEach(t -> rest.add(new String[] {t, "prev"}));
            if (request.commentToSend() != null) {
                rest.add(new String[] {request.commentToSend(), "post"});
            }
            SentItem previous = post;
            for (int i = 1; i <= rest.size(); i++) {
                String parent = rest.get(i - 1)[1].equals("post") ? post.remoteId() : previous.remoteId();
                SentItem item = dctx.sent(i).orElse(null);
                if (item == null) {
                    item = find(i, rest.get(i - 1)[0], false, parent, since);
                    if (item == null) {
                        return ProbeResult.safeToSend("post " + post.remoteId() + " is on X and item " + i
                                + " is not among the account's replies: the rest is sent now");
                    }
                    dctx.itemSent(item);
                }
                all.add(item);
                previous = item;
            }
            return ProbeResult.found(Delivery.of(all));
        } catch (PublishFailure | RuntimeException e) {
            return ProbeResult.undecidable("cannot read the account's posts: " + ctx.redactor().redact(e.getMessage()));
        }
    }

    /**
     * The account's post with this text since {@code since} ({@code replyTo} null: a post of its own; else a reply to
     * that post), or null. One page of up to 100 posts, newest first; these reads are billed.
     */
    private SentItem find(int index, String text, boolean withMedia, String replyTo, Instant since)
            throws PublishFailure {
        String me = userId();
        String query = "start_time=" + enc(since.truncatedTo(ChronoUnit.SECONDS).toString()) + "&max_results="
                + LISTING_MAX + "&exclude=" + enc(replyTo == null ? "replies,retweets" : "retweets")
                + "&tweet.fields=" + enc("created_at,text,referenced_tweets");
        JsonNode list = call(() -> null, "GET", api("/2/users/" + me + "/tweets?" + query),
                "GET /2/users/" + me + "/tweets", true, null);
        String want = normalise(text);
        for (JsonNode t : list.path("data")) {
            if (!matches(want, normalise(t.path("text").asText("")), withMedia)) {
                continue;
            }
            if (replyTo != null && !repliesTo(t, replyTo)) {
                continue;
            }
            String id = JsonBodies.text(t, "id");
            return new SentItem(index, id, permalink(id), null);
        }
        return null;
    }

    private static boolean repliesTo(JsonNode t, String parent) {
        for (JsonNode ref : t.path("referenced_tweets")) {
            if (ref.path("type").asText("").equals("replied_to") && ref.path("id").asText("").equals(parent)) {
                return true;
            }
        }
        return false;
    }

    private String userId() throws PublishFailure {
        String id = userId;
        if (id == null) {
            JsonNode me = call(() -> null, "GET", api("/2/users/me"), "GET /2/users/me", true, null);
            id = JsonBodies.text(me.path("data"), "id");
            if (id == null) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "GET /2/users/me answered without an id");
            }
            userId = id;
        }
        return id;
    }

    /**
     * A text as X shows it back, for comparing: its HTML entities ({@code &amp; &lt; &gt;}) read, every link
     * replaced by one placeholder (X shows links as t.co links), white space collapsed.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return URL.matcher(t).replaceAll("<link>").replaceAll("\\s+", " ").strip();
    }

    /** X appends the link of a post's media to its text: a post with media may end with one more link. */
    static boolean matches(String want, String got, boolean withMedia) {
        return want.equals(got) || (withMedia && (got.equals(want + " <link>") || (want.isEmpty() && got.equals("<link>"))));
    }

    // ------------------------------------------------------------------------------------------------- HTTP

    /** A request body and its content type; null for none. */
    private record Body(String contentType, byte[] bytes) {
    }

    private interface BodySource {
        Body get();
    }

    private static Body json(JsonNode n) {
        return new Body("application/json", n.toString().getBytes(StandardCharsets.UTF_8));
    }

    private URI api(String pathAndQuery) {
        return URI.create(apiBase.toString() + pathAndQuery);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends (each attempt signed anew) until X answers for good, as {@link Http} handles faults, 5xx and 429; a 401
     * renews the credential once ({@link XAuth#renew}) and sends again.
     *
     * @return the answer (2xx or 4xx), or null when {@code beforeRetry} found the work done
     */
    private HttpResponse<byte[]> send(BodySource body, String method, URI uri, String label, boolean safeToRepeat,
            Http.BeforeRetry beforeRetry) throws PublishFailure {
        String credential = auth.credential();
        for (boolean renewed = false; ; renewed = true) {
            String used = credential;
            HttpResponse<byte[]> r = http.exchange(() -> {
                Body b = body.get();
                HttpRequest.Builder rb = http.request(uri).header("Authorization", auth.header(used, method, uri));
                if (b == null) {
                    return rb.method(method, HttpRequest.BodyPublishers.noBody()).build();
                }
                return rb.header("Content-Type", b.contentType())
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(b.bytes())).build();
            }, label, safeToRepeat, beforeRetry);
            if (r == null || r.statusCode() != 401 || renewed) {
                return r;
            }
            // a 401: X did not process the request; renew (or say what to do) and send once more
            XError e = XError.of(401, r.body());
            credential = auth.renew(used, ctx.redactor().redact(label + ": " + (e == null ? "HTTP 401" : e.describe())));
        }
    }

    private JsonNode call(BodySource body, String method, URI uri, String label, boolean safeToRepeat,
            Http.BeforeRetry beforeRetry) throws PublishFailure {
        HttpResponse<byte[]> r = send(body, method, uri, label, safeToRepeat, beforeRetry);
        if (r.statusCode() >= 300) {
            throw failure(label, r);
        }
        return JsonBodies.read(r, label);
    }

    /** X's refusal, named with its own title, type and detail, and whether edito retries. */
    private PublishFailure failure(String label, HttpResponse<byte[]> r) {
        XError e = XError.of(r.statusCode(), r.body());
        if (e == null) {
            return new PublishFailure(PublishFailure.Kind.REJECTED, ctx.redactor().redact(label + ": HTTP "
                    + r.statusCode() + Http.excerpt(r.body()) + " (edito does not retry this)"));
        }
        String tail;
        if (e.usageCapped()) {
            tail = "; the app's usage cap or credits are spent (developer console, Usage): add credits or wait for "
                    + "the next period, then publish with --retry-failed (edito does not retry this by itself)";
        } else if (e.duplicate()) {
            tail = "; X refuses it as a duplicate of a recent post of this account and the account's posts do not "
                    + "show it: change the text (edito does not retry this)";
        } else if (r.statusCode() == 401) {
            tail = "; X refused the credentials again after they were renewed (edito does not retry this)";
        } else if (r.statusCode() == 403) {
            tail = "; the app may lack Read and write permission (OAuth 1.0a: regenerate the access token after "
                    + "changing it) or the token the scopes tweet.write, users.read, media.write (edito does not retry "
                    + "this)";
        } else {
            tail = " (edito does not retry this)";
        }
        return new PublishFailure(PublishFailure.Kind.REJECTED, ctx.redactor().redact(label + ": " + e.describe() + tail));
    }

    /**
     * X's error body: the problem shape {@code {"title","detail","type","status"}}, possibly with
     * {@code "errors":[{"message",...}]}, or a bare {@code {"errors":[{"message","code"}]}}.
     */
    record XError(int status, String title, String detail, String type) {
        static XError of(int status, byte[] body) {
            JsonNode n = JsonBodies.tryRead(body);
            if (n == null || !n.isObject()) {
                return null;
            }
            String title = JsonBodies.text(n, "title");
            String detail = JsonBodies.text(n, "detail");
            String type = JsonBodies.text(n, "type");
            JsonNode first = n.path("errors").path(0);
            if (first.isObject()) {
                String msg = first.hasNonNull("message") ? first.get("message").asText()
                        : JsonBodies.text(first, "detail");
                if (msg != null && (detail == null || !detail.contains(msg))) {
                    detail = detail == null ? msg : detail + " " + msg;
                }
                if (title == null && first.has("code")) {
                    title = "code " + first.get("code").asText();
                }
            }
            if (title == null && detail == null && type == null) {
                return null;
            }
            return new XError(status, title, detail, type);
        }

        static boolean usageCapped(byte[] body) {
            XError e = of(429, body);
            return e != null && e.usageCapped();
        }

        boolean usageCapped() {
            return (type != null && type.endsWith("/usage-capped")) || "UsageCapExceeded".equals(title);
        }

        boolean duplicate() {
            return status == 403 && detail != null && detail.toLowerCase(Locale.ROOT).contains("duplicate content");
        }

        String describe() {
            return "X error " + status + (title == null ? "" : " " + title) + (detail == null ? "" : ": " + detail)
                    + (type == null || type.equals("about:blank") ? "" : " (" + type + ")");
        }
    }
}
