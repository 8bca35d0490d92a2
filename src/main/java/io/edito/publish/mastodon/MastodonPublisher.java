package io.edito.publish.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.edito.publish.http.Multipart;
import io.edito.publish.http.Secrets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mastodon: media uploaded to {@code /api/v2/media} with their description (alt text), waited for while the
 * server processes them, then {@code POST /api/v1/statuses} with an {@code Idempotency-Key} per item; a thread
 * is a chain of replies ({@code in_reply_to_id}), the first comment its last reply.
 *
 * <p>Unknown outcomes: Mastodon remembers an Idempotency-Key for one hour, so within that window re-sending is
 * safe (the server answers with the status it already made). After it, the account's recent statuses are read:
 * a status with the same text (and the same parent) is the lost one; no status at all since the attempt means
 * nothing was posted; anything else is for a person to decide.
 */
public final class MastodonPublisher implements Publisher {
    /** Mastodon keeps idempotency keys for 3600 s; stay well inside. */
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofMinutes(50);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int MEDIA_POLLS = 60;
    private final URI instance;
    private final String token;
    private final String visibility;
    private final Http http;
    private final PublishContext ctx;

    public MastodonPublisher(URI instance, String token, String visibility, Http http, PublishContext ctx) {
        this.instance = instance;
        this.token = token;
        this.visibility = visibility;
        this.http = http;
        this.ctx = ctx;
    }

    @Override
    public String type() {
        return "mastodon";
    }

    private URI api(String path) {
        return URI.create(instance.toString() + path);
    }

    private HttpRequest.Builder authed(String path) {
        return http.request(api(path)).header("Authorization", "Bearer " + token);
    }

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        List<String> items = request.items();
        List<SentItem> done = new ArrayList<>();
        List<String> mediaIds = List.of();
        if (dctx.sent(0).isEmpty() && !request.media().isEmpty()) {
            mediaIds = uploadMedia(request);
        }
        boolean safeToRepeat = Duration.between(dctx.firstAttemptAt(), ctx.clock().instant())
                .compareTo(IDEMPOTENCY_WINDOW) < 0;
        String previous = replyParent(request);
        for (int i = 0; i < items.size(); i++) {
            var already = dctx.sent(i);
            if (already.isPresent()) {
                done.add(already.get());
                previous = already.get().remoteId();
                continue;
            }
            ObjectNode body = Payloads.JSON.createObjectNode();
            body.put("status", items.get(i));
            body.put("visibility", request.visibility() != null ? request.visibility() : visibility);
            if (request.lang() != null) { // a bilingual text: Mastodon takes one language, the first
                body.put("language", primaryLanguage(request.languages().get(0)));
            }
            if (request.spoilerText() != null && !request.spoilerText().isBlank()) {
                body.put("spoiler_text", request.spoilerText());
            }
            if (i == 0 && !mediaIds.isEmpty()) {
                var arr = body.putArray("media_ids");
                mediaIds.forEach(arr::add);
            }
            if (previous != null) {
                body.put("in_reply_to_id", previous);
            }
            HttpRequest req = authed("/api/v1/statuses")
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Idempotency-Key", dctx.itemKey(i))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Secrets.utf8(body.toString())))
                    .build();
            HttpResponse<byte[]> r = http.send(req, "POST /api/v1/statuses" + (i == 0 ? "" : " (item " + i + ")"),
                    safeToRepeat);
            JsonNode status = JsonBodies.read(r, "POST /api/v1/statuses");
            SentItem item = new SentItem(i, JsonBodies.text(status, "id"), url(status), null);
            if (item.remoteId() == null) {
                throw new PublishFailure(PublishFailure.Kind.UNKNOWN, "POST /api/v1/statuses answered "
                        + r.statusCode() + " without a status id");
            }
            dctx.itemSent(item);
            done.add(item);
            previous = item.remoteId();
        }
        return Delivery.of(done);
    }

    private List<String> uploadMedia(PublishRequest request) throws PublishFailure {
        List<String> ids = new ArrayList<>();
        for (PublishRequest.Media m : request.media()) {
            byte[] bytes = MediaFiles.read(ctx, m);
            Multipart mp = new Multipart().file("file", m.path().getFileName().toString(), MediaFiles.mime(m), bytes);
            if (m.alt() != null && !m.alt().isBlank()) {
                mp.field("description", m.alt());
            }
            // an upload repeated after a timeout leaves an unattached file on the server, never a second post
            HttpResponse<byte[]> r = http.send(authed("/api/v2/media").header("Content-Type", mp.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mp.build())).build(), "POST /api/v2/media", true);
            JsonNode media = JsonBodies.read(r, "POST /api/v2/media");
            String id = JsonBodies.text(media, "id");
            if (id == null) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "POST /api/v2/media answered without an id");
            }
            if (r.statusCode() == 202 || media.path("url").isNull()) {
                waitUntilProcessed(id);
            }
            ids.add(id);
        }
        return ids;
    }

    private void waitUntilProcessed(String id) throws PublishFailure {
        for (int i = 0; i < MEDIA_POLLS; i++) {
            HttpResponse<byte[]> r = http.send(authed("/api/v1/media/" + id).GET().build(), "GET /api/v1/media",
                    true);
            if (r.statusCode() == 200) {
                return;
            }
            ctx.sleeper().sleep(Duration.ofSeconds(1));
        }
        throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "media " + id + " still processing after "
                + MEDIA_POLLS + " s");
    }

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext dctx) {
        List<String> items = request.items();
        int k = 0;
        while (k < items.size() && dctx.sent(k).isPresent()) {
            k++;
        }
        if (k == items.size()) {
            List<SentItem> all = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                all.add(dctx.sent(i).orElseThrow());
            }
            return ProbeResult.found(Delivery.of(all));
        }
        if (Duration.between(dctx.firstAttemptAt(), ctx.clock().instant()).compareTo(IDEMPOTENCY_WINDOW) < 0) {
            return ProbeResult.safeToSend("Mastodon still honours the Idempotency-Key of the first attempt");
        }
        try {
            JsonNode me = JsonBodies.read(http.send(authed("/api/v1/accounts/verify_credentials").GET().build(),
                    "GET /api/v1/accounts/verify_credentials", true), "verify_credentials");
            String account = JsonBodies.text(me, "id");
            HttpResponse<byte[]> r = http.send(authed("/api/v1/accounts/" + account + "/statuses?limit=40").GET()
                    .build(), "GET /api/v1/accounts/:id/statuses", true);
            JsonNode statuses = JsonBodies.read(r, "statuses");
            Instant since = dctx.firstAttemptAt().minus(CLOCK_SKEW);
            List<JsonNode> recent = new ArrayList<>();
            Instant oldest = null;
            for (JsonNode s : statuses) {
                Instant created = OffsetDateTime.parse(s.path("created_at").asText()).toInstant();
                oldest = oldest == null || created.isBefore(oldest) ? created : oldest;
                if (!created.isBefore(since)) {
                    recent.add(s);
                }
            }
            String previous = k == 0 ? replyParent(request) : dctx.sent(k - 1).orElseThrow().remoteId();
            String want = normalise(items.get(k));
            for (JsonNode s : recent) {
                String parent = s.hasNonNull("in_reply_to_id") ? s.get("in_reply_to_id").asText() : null;
                if (java.util.Objects.equals(parent, previous) && normalise(htmlToText(s.path("content").asText()))
                        .equals(want)) {
                    SentItem found = new SentItem(k, JsonBodies.text(s, "id"), url(s), null);
                    dctx.itemSent(found);
                    if (k + 1 == items.size()) {
                        List<SentItem> all = new ArrayList<>();
                        for (int i = 0; i < k; i++) {
                            all.add(dctx.sent(i).orElseThrow());
                        }
                        all.add(found);
                        return ProbeResult.found(Delivery.of(all));
                    }
                    return ProbeResult.safeToSend("item " + k + " found on the account; the rest was never sent");
                }
            }
            boolean complete = statuses.size() < 40 || (oldest != null && oldest.isBefore(since));
            if (recent.isEmpty() && complete) {
                return ProbeResult.safeToSend("the account has posted nothing since the first attempt");
            }
            return ProbeResult.undecidable("the Idempotency-Key has expired and the account's recent statuses "
                    + "do not show this post for certain");
        } catch (PublishFailure | RuntimeException e) {
            return ProbeResult.undecidable("cannot read the account's recent statuses: " + e.getMessage());
        }
    }

    /**
     * The id, on this instance, of the status {@code request} answers (null when it answers none): the status is
     * looked up by its URL or URI with {@code GET /api/v2/search?resolve=true}, which fetches a status of another
     * instance into this one, as Mastodon's own apps do before replying to it.
     */
    private String replyParent(PublishRequest request) throws PublishFailure {
        if (request.replyTo() == null) {
            return null;
        }
        String q = java.net.URLEncoder.encode(request.replyTo(), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = http.send(authed("/api/v2/search?q=" + q + "&type=statuses&resolve=true&limit=1")
                .GET().build(), "GET /api/v2/search", true);
        JsonNode statuses = JsonBodies.read(r, "GET /api/v2/search").path("statuses");
        if (!statuses.isArray() || statuses.isEmpty() || JsonBodies.text(statuses.get(0), "id") == null) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "the status to answer (" + request.replyTo()
                    + ") cannot be found from " + instance + " (deleted, private, or the instance does not federate "
                    + "with its server)");
        }
        return JsonBodies.text(statuses.get(0), "id");
    }



    private static String url(JsonNode status) {
        String u = JsonBodies.text(status, "url");
        return u != null ? u : JsonBodies.text(status, "uri");
    }

    private static String primaryLanguage(String tag) {
        int dash = tag.indexOf('-');
        return (dash > 0 ? tag.substring(0, dash) : tag).toLowerCase(java.util.Locale.ROOT);
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern MENTION_DOMAIN = Pattern.compile("(@[\\p{L}\\p{N}_.]+)@[\\p{L}\\p{N}.-]+");

    /** Mastodon's HTML content back to text: paragraphs and line breaks as newlines, entities decoded. */
    public static String htmlToText(String html) {
        String s = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*<p>", "\n\n");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whitespace collapsed, mentions without their domain (Mastodon shows @user for @user@domain). */
    public static String normalise(String text) {
        return MENTION_DOMAIN.matcher(text).replaceAll("$1").replaceAll("\\s+", " ").strip();
    }
}
