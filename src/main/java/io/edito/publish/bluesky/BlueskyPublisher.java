package io.edito.publish.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.core.Sha256;
import io.edito.media.ImageHeader;
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
import io.edito.publish.http.Secrets;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Bluesky (AT Protocol): {@code com.atproto.server.createSession}, images through
 * {@code com.atproto.repo.uploadBlob}, then {@code com.atproto.repo.createRecord} of an
 * {@code app.bsky.feed.post} with facets (links, mentions, tags at UTF-8 byte offsets), {@code langs}, an images
 * embed with alt texts and aspect ratios, or else a link card ({@code app.bsky.embed.external}), and reply
 * references (root and parent) for thread items.
 *
 * <p>Each item's record key is a TID derived from the scheduled time and the pair ({@link #deliveryKey}), stored
 * in the ledger before the first attempt: a repeated create is refused by the server and recognised, and an
 * unknown outcome is settled by {@code com.atproto.repo.getRecord} on that key.
 */
public final class BlueskyPublisher implements Publisher {
    static final String COLLECTION = "app.bsky.feed.post";
    static final int MAX_IMAGES = 4;
    /** The image blobs' limit, from the network facts (networks.yaml image_max_bytes), as check tells it. */
    static final int MAX_IMAGE_BYTES = io.edito.network.Networks.get("bluesky").imageMaxBytes().getAsInt();
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);
    private final URI service;
    private final String identifier;
    private final String password;
    private final Http http;
    private final PublishContext ctx;
    private final LinkCard.Reach cards;
    private Session session;
    /** Handles resolved in this run (a publisher lives for one run): DID, or empty for a handle that is unknown. */
    private final java.util.Map<String, java.util.Optional<String>> dids = new java.util.HashMap<>();

    private record Session(String accessJwt, String refreshJwt, String did, String handle) {
    }

    public BlueskyPublisher(URI service, String identifier, String password, LinkCard.Reach cards, Http http,
            PublishContext ctx) {
        this.cards = cards;
        this.service = service;
        this.identifier = identifier;
        this.password = password;
        this.http = http;
        this.ctx = ctx;
    }

    @Override
    public String type() {
        return "bluesky";
    }

    /** A TID: the scheduled time in microseconds plus a sub-second offset and a clock id from the pair. */
    @Override
    public String deliveryKey(PublishRequest request) {
        byte[] h = java.util.HexFormat.of().parseHex(Sha256.hex(request.postId() + "\u0000"
                + request.channel()));
        long spread = ((h[0] & 0xFFL) << 16 | (h[1] & 0xFFL) << 8 | (h[2] & 0xFFL)) % 1_000_000L;
        int clockId = ((h[3] & 0xFF) << 8 | (h[4] & 0xFF)) & 0x3FF;
        java.time.Instant at = request.at().toInstant();
        // steps of 16 µs between pairs leave room for the keys of thread items (key + item index)
        long micros = Math.max(0, at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000) + spread * 16;
        return Tid.encode(micros, clockId);
    }

    private static String rkey(DeliveryContext dctx, int index) {
        return Tid.plus(dctx.deliveryKey(), index);
    }

    private URI xrpc(String method) {
        return URI.create(service.toString() + "/xrpc/" + method);
    }

    private synchronized Session session(boolean renew) throws PublishFailure {
        if (session != null && renew) {
            Session refreshed = refresh(session);
            if (refreshed != null) {
                session = refreshed;
                return session;
            }
        }
        if (session == null || renew) {
            ObjectNode body = Payloads.JSON.createObjectNode();
            body.put("identifier", identifier);
            body.put("password", password);
            HttpResponse<byte[]> r = http.send(http.request(xrpc("com.atproto.server.createSession"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Secrets.utf8(body.toString()))).build(),
                    "com.atproto.server.createSession", true);
            session = session(JsonBodies.read(r, "createSession"), "createSession");
        }
        return session;
    }

    /**
     * A new access token from {@code com.atproto.server.refreshSession} (the refresh token rotates), or null when
     * the refresh token is refused too (expired, revoked): then a new session is created with the password.
     */
    private Session refresh(Session old) throws PublishFailure {
        if (old.refreshJwt() == null) {
            return null;
        }
        HttpResponse<byte[]> r = http.exchange(http.request(xrpc("com.atproto.server.refreshSession"))
                .header("Authorization", "Bearer " + old.refreshJwt())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), "com.atproto.server.refreshSession", true);
        if (r.statusCode() >= 300) {
            return null;
        }
        return session(JsonBodies.read(r, "refreshSession"), "refreshSession");
    }

    private Session session(JsonNode s, String what) throws PublishFailure {
        if (!s.hasNonNull("accessJwt") || !s.hasNonNull("did")) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, what + " answered without a session");
        }
        ctx.redactor().register(s.get("accessJwt").asText());
        if (s.hasNonNull("refreshJwt")) {
            ctx.redactor().register(s.get("refreshJwt").asText());
        }
        return new Session(s.get("accessJwt").asText(), s.hasNonNull("refreshJwt") ? s.get("refreshJwt").asText() : null,
                s.get("did").asText(), s.path("handle").asText(identifier));
    }

    /**
     * Sends with the session's access token; an expired token renews the session once. The reference server
     * answers an expired token with HTTP 400 {@code ExpiredToken}, others with 401.
     */
    private HttpResponse<byte[]> call(java.util.function.Function<Session, HttpRequest> build, String label,
            boolean exchangeOnly) throws PublishFailure {
        return call(build, label, exchangeOnly, null);
    }

    private HttpResponse<byte[]> call(java.util.function.Function<Session, HttpRequest> build, String label,
            boolean exchangeOnly, Http.BeforeRetry beforeRetry) throws PublishFailure {
        Session s = session(false);
        HttpResponse<byte[]> r = http.exchange(build.apply(s), label, true, beforeRetry);
        if (r != null && tokenExpired(r)) {
            r = http.exchange(build.apply(session(true)), label, true, beforeRetry);
        }
        if (!exchangeOnly && r != null && r.statusCode() >= 300) {
            throw http.rejected(label, r);
        }
        return r;
    }

    private static boolean tokenExpired(HttpResponse<byte[]> r) {
        if (r.statusCode() == 401) {
            return true;
        }
        if (r.statusCode() != 400) {
            return false;
        }
        JsonNode err = JsonBodies.tryRead(r.body());
        return err != null && "ExpiredToken".equals(err.path("error").asText());
    }

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext dctx) throws PublishFailure {
        if (request.visibility() != null && !"public".equals(request.visibility())) {
            // every Bluesky post is public: sending it would show everyone what was meant for fewer people
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "visibility '" + request.visibility()
                    + "': Bluesky posts are public to everyone; make the post public or take bluesky off its channels");
        }
        Session s = session(false);
        List<String> items = request.items();
        List<SentItem> done = new ArrayList<>();
        ObjectNode embed = null;
        if (dctx.sent(0).isEmpty()) {
            // one embed per post: the images win over the link's card (the link stays in the text, faceted)
            if (!request.media().isEmpty()) {
                embed = Payloads.JSON.createObjectNode();
                embed.put("$type", "app.bsky.embed.images");
                embed.set("images", uploadImages(request));
            } else if (request.link() != null && !request.link().isBlank()) {
                embed = external(request);
            }
        }
        // an answer (replyTo) starts as a reply to that post, under its thread's root
        SentItem[] answered = replyRefs(s, request);
        SentItem root = answered == null ? null : answered[0];
        SentItem parent = answered == null ? null : answered[1];
        for (int i = 0; i < items.size(); i++) {
            var already = dctx.sent(i);
            if (already.isPresent()) {
                done.add(already.get());
                root = root == null ? already.get() : root;
                parent = already.get();
                continue;
            }
            ObjectNode record = record(request, items.get(i), i == 0 ? embed : null, root, parent);
            String rkey = rkey(dctx, i);
            ObjectNode body = Payloads.JSON.createObjectNode();
            body.put("repo", s.did());
            body.put("collection", COLLECTION);
            body.put("rkey", rkey);
            body.set("record", record);
            String label = "com.atproto.repo.createRecord" + (i == 0 ? "" : " (item " + i + ")");
            String text = items.get(i);
            // the key is ours and fixed: before any retry (a 5xx, which is also what the reference server answers
            // to a create under an existing key, a timeout, a lost connection), look the record up
            JsonNode[] found = new JsonNode[1];
            HttpResponse<byte[]> r = call(ss -> http.request(xrpc("com.atproto.repo.createRecord"))
                    .header("Authorization", "Bearer " + ss.accessJwt())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Secrets.utf8(body.toString()))).build(), label, true,
                    () -> (found[0] = ours(s, rkey, text, label)) != null);
            SentItem item;
            if (r != null && r.statusCode() < 300) {
                JsonNode created = JsonBodies.read(r, "createRecord");
                item = new SentItem(i, created.path("uri").asText(), webUrl(s, rkey), created.path("cid").asText());
            } else {
                // found before a retry; or refused (4xx): a create repeated after a lost answer may be refused
                JsonNode existing = found[0] != null ? found[0] : ours(s, rkey, text, label);
                if (existing == null) {
                    throw http.rejected(label, r);
                }
                item = new SentItem(i, existing.path("uri").asText(), webUrl(s, rkey), existing.path("cid").asText());
            }
            dctx.itemSent(item);
            done.add(item);
            root = root == null ? item : root;
            parent = item;
        }
        return Delivery.of(done);
    }

    private ObjectNode record(PublishRequest request, String text, ObjectNode embed, SentItem root, SentItem parent)
            throws PublishFailure {
        ObjectNode rec = Payloads.JSON.createObjectNode();
        rec.put("$type", COLLECTION);
        rec.put("text", text);
        // the time of sending, in milliseconds as the Bluesky app writes it; --at only decides what is due
        rec.put("createdAt", CREATED_AT.format(ctx.sendClock().instant()));
        if (request.lang() != null && !request.lang().isBlank()) {
            ArrayNode langs = rec.putArray("langs"); // a bilingual text: each of its languages, as the app does
            request.languages().forEach(langs::add);
        }
        ArrayNode facets = facets(text);
        if (!facets.isEmpty()) {
            rec.set("facets", facets);
        }
        if (embed != null) {
            rec.set("embed", embed);
        }
        if (parent != null) {
            ObjectNode reply = rec.putObject("reply");
            reply.set("root", ref(root));
            reply.set("parent", ref(parent));
        }
        return rec;
    }

    private static ObjectNode ref(SentItem item) {
        ObjectNode n = Payloads.JSON.createObjectNode();
        n.put("uri", item.remoteId());
        n.put("cid", item.ref());
        return n;
    }

    private ArrayNode facets(String text) throws PublishFailure {
        ArrayNode out = Payloads.JSON.createArrayNode();
        for (BlueskyFacets.Facet f : BlueskyFacets.detect(text)) {
            ObjectNode feature = Payloads.JSON.createObjectNode();
            switch (f.type()) {
                case LINK -> {
                    feature.put("$type", "app.bsky.richtext.facet#link");
                    feature.put("uri", f.value());
                }
                case TAG -> {
                    feature.put("$type", "app.bsky.richtext.facet#tag");
                    feature.put("tag", f.value());
                }
                case MENTION -> {
                    String did = resolveHandle(f.value());
                    if (did == null) {
                        continue; // an unknown handle stays plain text, as in the Bluesky app
                    }
                    feature.put("$type", "app.bsky.richtext.facet#mention");
                    feature.put("did", did);
                }
                default -> throw new IllegalStateException(f.type().name());
            }
            ObjectNode facet = out.addObject();
            ObjectNode index = facet.putObject("index");
            index.put("byteStart", f.byteStart());
            index.put("byteEnd", f.byteEnd());
            facet.putArray("features").add(feature);
        }
        return out;
    }

    /** The handle's DID, or null when it is unknown: asked once per run and handle. */
    private String resolveHandle(String handle) throws PublishFailure {
        java.util.Optional<String> known = dids.get(handle);
        if (known == null) {
            known = java.util.Optional.ofNullable(askHandle(handle));
            dids.put(handle, known);
        }
        return known.orElse(null);
    }

    private String askHandle(String handle) throws PublishFailure {
        HttpResponse<byte[]> r = call(ss -> http.request(xrpc("com.atproto.identity.resolveHandle?handle="
                + URLEncoder.encode(handle, StandardCharsets.UTF_8))).header("Authorization", "Bearer "
                        + ss.accessJwt()).GET().build(), "com.atproto.identity.resolveHandle", true);
        if (r.statusCode() != 200) {
            return null;
        }
        JsonNode n = JsonBodies.read(r, "resolveHandle");
        return n.hasNonNull("did") ? n.get("did").asText() : null;
    }

    /**
     * An {@code app.bsky.embed.external} card for the post's link ({@link LinkCard}), its image uploaded as the
     * thumbnail blob when the page has one that is an image of at most {@link #MAX_IMAGE_BYTES}.
     */
    private ObjectNode external(PublishRequest request) throws PublishFailure {
        LinkCard card = LinkCard.of(ctx, http.policy().requestTimeout(), request.link().strip(), request.linkTitle(),
                cards);
        ObjectNode embed = Payloads.JSON.createObjectNode();
        embed.put("$type", "app.bsky.embed.external");
        ObjectNode ext = embed.putObject("external");
        ext.put("uri", card.uri());
        ext.put("title", card.title());
        ext.put("description", card.description());
        LinkCard.Fetched image = card.image() == null ? null
                : LinkCard.fetch(ctx, http.policy().requestTimeout(), card.image().toString(), MAX_IMAGE_BYTES, true,
                        cards);
        String mime = image == null ? "" : image.contentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (image != null && mime.startsWith("image/") && image.body().length > 0) {
            ext.set("thumb", uploadBlob(image.body(), mime));
        }
        return embed;
    }

    private JsonNode uploadBlob(byte[] bytes, String mime) throws PublishFailure {
        HttpResponse<byte[]> r = call(ss -> http.request(xrpc("com.atproto.repo.uploadBlob"))
                .header("Authorization", "Bearer " + ss.accessJwt()).header("Content-Type", mime)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), "com.atproto.repo.uploadBlob", false);
        JsonNode blob = JsonBodies.read(r, "uploadBlob").get("blob");
        if (blob == null || !blob.isObject()) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "uploadBlob answered without a blob");
        }
        return blob;
    }

    private ArrayNode uploadImages(PublishRequest request) throws PublishFailure {
        if (request.media().size() > MAX_IMAGES) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "Bluesky takes at most " + MAX_IMAGES
                    + " images per post, this one has " + request.media().size());
        }
        ArrayNode images = Payloads.JSON.createArrayNode();
        for (PublishRequest.Media m : request.media()) {
            String mime = MediaFiles.mime(m);
            if (!mime.startsWith("image/")) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "the bluesky publisher sends images; "
                        + m.path() + " is " + mime);
            }
            byte[] bytes = MediaFiles.read(ctx, m);
            if (bytes.length > MAX_IMAGE_BYTES) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "image " + m.path() + " is " + bytes.length
                        + " bytes; Bluesky takes at most " + MAX_IMAGE_BYTES);
            }
            JsonNode blob = uploadBlob(bytes, mime);
            ObjectNode image = images.addObject();
            image.put("alt", m.alt() == null ? "" : m.alt());
            image.set("image", blob);
            // the size the image is shown at (after its EXIF orientation), which the Bluesky app always sends
            ImageHeader.read(MediaFiles.file(ctx, m)).ifPresent(d -> {
                ObjectNode ratio = image.putObject("aspectRatio");
                ratio.put("width", d.width());
                ratio.put("height", d.height());
            });
        }
        return images;
    }

    /**
     * The record under {@code rkey} when it is the one this item creates (same text), null when there is none.
     *
     * @throws PublishFailure (refused) when the key holds another record: sending again cannot help
     */
    private JsonNode ours(Session s, String rkey, String text, String label) throws PublishFailure {
        JsonNode existing = getRecord(s, rkey);
        if (existing != null && !text.equals(existing.path("value").path("text").asText())) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, label + ": record key " + rkey
                    + " already holds another record (other text): was the post edited after it was sent from another"
                    + " ledger? Look at " + webUrl(s, rkey) + " and settle it with edito ledger resolve");
        }
        return existing;
    }

    /**
     * {root, parent} strong references for a post that answers {@code request.replyTo()} (an {@code at://} URI of a
     * post), null for a post of its own: the parent's uri and cid from its record, the root from the parent's own
     * {@code reply.root} when the parent is itself a reply (app.bsky.feed.post's reply rules).
     */
    private SentItem[] replyRefs(Session s, PublishRequest request) throws PublishFailure {
        if (request.replyTo() == null) {
            return null;
        }
        String uri = request.replyTo();
        String[] parts = uri.startsWith("at://") ? uri.substring(5).split("/") : new String[0];
        if (parts.length != 3 || !parts[1].equals(COLLECTION)) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "the post to answer is not a Bluesky post URI "
                    + "(at://DID/" + COLLECTION + "/RKEY): " + uri);
        }
        JsonNode parentRecord = getRecord(s, parts[0], parts[2]);
        if (parentRecord == null || parentRecord.path("cid").asText().isEmpty()) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "the post to answer (" + uri + ") does not exist "
                    + "any more");
        }
        SentItem parent = new SentItem(-1, parentRecord.path("uri").asText(uri), null, parentRecord.path("cid").asText());
        JsonNode root = parentRecord.path("value").path("reply").path("root");
        SentItem rootItem = root.hasNonNull("uri") && root.hasNonNull("cid")
                ? new SentItem(-1, root.get("uri").asText(), null, root.get("cid").asText()) : parent;
        return new SentItem[] {rootItem, parent};
    }

    /** The record under {@code rkey} in this account's repository, or null when there is none. */
    private JsonNode getRecord(Session s, String rkey) throws PublishFailure {
        return getRecord(s, s.did(), rkey);
    }

    /** The post record under {@code rkey} in {@code repo} (a DID), or null when there is none. */
    private JsonNode getRecord(Session s, String repo, String rkey) throws PublishFailure {
        String q = "com.atproto.repo.getRecord?repo=" + URLEncoder.encode(repo, StandardCharsets.UTF_8)
                + "&collection=" + COLLECTION + "&rkey=" + URLEncoder.encode(rkey, StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = call(ss -> http.request(xrpc(q)).header("Authorization", "Bearer "
                + ss.accessJwt()).GET().build(), "com.atproto.repo.getRecord", true);
        if (r.statusCode() == 200) {
            return JsonBodies.read(r, "getRecord");
        }
        if (r.statusCode() == 400 || r.statusCode() == 404) {
            JsonNode err = JsonBodies.tryRead(r.body());
            if (err != null && "RecordNotFound".equals(err.path("error").asText())) {
                return null;
            }
        }
        throw http.rejected("com.atproto.repo.getRecord", r);
    }

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext dctx) {
        List<String> items = request.items();
        try {
            Session s = session(false);
            List<SentItem> all = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                var already = dctx.sent(i);
                if (already.isPresent()) {
                    all.add(already.get());
                    continue;
                }
                String rkey = rkey(dctx, i);
                JsonNode rec = getRecord(s, rkey);
                if (rec == null) {
                    return ProbeResult.safeToSend("no record under key " + rkey + (i == 0 ? "" : " (item " + i + ")"));
                }
                SentItem found = new SentItem(i, rec.path("uri").asText(), webUrl(s, rkey), rec.path("cid").asText());
                dctx.itemSent(found);
                all.add(found);
            }
            return ProbeResult.found(Delivery.of(all));
        } catch (PublishFailure e) {
            return ProbeResult.undecidable("cannot ask Bluesky for the record: " + e.getMessage());
        }
    }

    private static String webUrl(Session s, String rkey) {
        return "https://bsky.app/profile/" + s.handle() + "/post/" + rkey;
    }


}
