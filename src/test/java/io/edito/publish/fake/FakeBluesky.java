package io.edito.publish.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The AT Protocol endpoints edito uses, as the reference PDS (@atproto/pds 0.5.35) answers them: sessions checked
 * (an expired access token is HTTP 400 {@code ExpiredToken}, renewed by {@code refreshSession}, which rotates the
 * refresh token), blobs stored, records keyed by (collection, rkey) with a create under an existing key answered
 * HTTP 500 {@code InternalServerError} (upstream bug, atproto issue 3718), getRecord answering RecordNotFound.
 */
public final class FakeBluesky extends FakeServer {
    public static final String DID = "did:plc:atlas123";
    private final String identifier;
    private final String password;
    private final AtomicLong seq = new AtomicLong();
    private final Map<String, JsonNode> records = new LinkedHashMap<>();
    private final List<String> creates = new ArrayList<>();
    private final Map<String, String> handles = new LinkedHashMap<>();
    private final String jwtBase = "access-jwt-" + Long.toHexString(System.nanoTime());
    private String jwt = jwtBase + "-0";
    private String refreshJwt = jwtBase + "-refresh-0";
    private final java.util.Set<String> expired = new java.util.HashSet<>();
    /** Every session stays valid on its own, as on the real server: several runs may hold one each. */
    private final java.util.Set<String> validAccess = new java.util.HashSet<>();
    private final java.util.Set<String> validRefresh = new java.util.HashSet<>();
    private int tokens;
    private int sessions;
    private int refreshes;

    public FakeBluesky(String identifier, String password) {
        this.identifier = identifier;
        this.password = password;
        handles.put("partner.example", "did:plc:partner456");
    }

    /** Records by rkey, in creation order (each the full record: text, facets, embed, reply, langs). */
    /** Posts of other accounts (their repositories), by "did/rkey": what getRecord answers for another repo. */
    private final Map<String, JsonNode> others = new LinkedHashMap<>();

    /** Adds another account's post, a reply in the thread of {@code rootUri} when it is not null. */
    public synchronized void otherPost(String did, String rkey, String text, String rootUri, String rootCid) {
        var rec = JSON.createObjectNode().put("$type", "app.bsky.feed.post").put("text", text);
        if (rootUri != null) {
            var reply = rec.putObject("reply");
            reply.putObject("root").put("uri", rootUri).put("cid", rootCid);
            reply.putObject("parent").put("uri", rootUri).put("cid", rootCid);
        }
        others.put(did + "/" + rkey, rec);
    }

    public synchronized Map<String, JsonNode> records() {
        return Map.copyOf(records);
    }

    /** The rkeys of every successful create (a duplicate would appear twice; the server refuses it). */
    public synchronized List<String> creates() {
        return List.copyOf(creates);
    }

    public synchronized int sessions() {
        return sessions;
    }

    public synchronized String accessJwt() {
        return jwt;
    }

    /** Successful {@code refreshSession} calls. */
    public synchronized int refreshes() {
        return refreshes;
    }

    /** The current access token expires: using it answers 400 ExpiredToken, as the real server does. */
    public synchronized void expireAccessToken() {
        expired.add(jwt);
    }

    /** Handles {@code resolveHandle} knows, besides partner.example. */
    public synchronized void addHandle(String handle, String did) {
        handles.put(handle, did);
    }

    private void newTokens() {
        tokens++;
        jwt = jwtBase + "-" + tokens;
        refreshJwt = jwtBase + "-refresh-" + tokens;
        validAccess.add(jwt);
        validRefresh.add(refreshJwt);
    }

    @Override
    protected Object state() {
        return Map.of("creates", creates, "records", records);
    }

    @Override
    protected synchronized Reply handle(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException {
        if (path.equals("/xrpc/com.atproto.server.createSession")) {
            JsonNode req = parse(body);
            if (!identifier.equals(req.path("identifier").asText()) || !password.equals(req.path("password").asText())) {
                return Reply.json(401, Map.of("error", "AuthenticationRequired", "message", "Invalid identifier or password"));
            }
            sessions++;
            newTokens();
            return Reply.json(200, Map.of("accessJwt", jwt, "refreshJwt", refreshJwt, "did", DID, "handle",
                    identifier));
        }
        String auth = first(headers, "Authorization");
        if (path.equals("/xrpc/com.atproto.server.refreshSession")) {
            if (auth == null || !auth.startsWith("Bearer ") || !validRefresh.remove(auth.substring(7))) {
                return Reply.json(400, Map.of("error", "ExpiredToken", "message", "Token has expired"));
            }
            refreshes++;
            newTokens(); // the refresh token rotates: the old one is spent
            return Reply.json(200, Map.of("accessJwt", jwt, "refreshJwt", refreshJwt, "did", DID, "handle",
                    identifier));
        }
        if (auth != null && auth.startsWith("Bearer ") && expired.contains(auth.substring(7))) {
            return Reply.json(400, Map.of("error", "ExpiredToken", "message", "Token has expired"));
        }
        if (auth == null || !auth.startsWith("Bearer ") || !validAccess.contains(auth.substring(7))) {
            return Reply.json(401, Map.of("error", "AuthenticationRequired"));
        }
        switch (path) {
            case "/xrpc/com.atproto.repo.uploadBlob" -> {
                String mime = first(headers, "Content-Type");
                return Reply.json(200, Map.of("blob", Map.of("$type", "blob", "ref", Map.of("$link", "bafkblob"
                        + seq.incrementAndGet()), "mimeType", mime, "size", body.length)));
            }
            case "/xrpc/com.atproto.repo.createRecord" -> {
                JsonNode req = parse(body);
                String rkey = req.path("rkey").asText();
                if (!rkey.matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}")) {
                    return Reply.json(400, Map.of("error", "InvalidRequest", "message", "Invalid rkey: not a TID"));
                }
                if (!DID.equals(req.path("repo").asText())) {
                    return Reply.json(400, Map.of("error", "InvalidRequest", "message", "bad repo"));
                }
                if (records.containsKey(rkey)) {
                    // what the reference PDS answers (a unique-constraint error surfacing as a 500)
                    return Reply.json(500, Map.of("error", "InternalServerError", "message", "Internal Server Error"));
                }
                records.put(rkey, req.get("record"));
                creates.add(rkey);
                return Reply.json(200, Map.of("uri", uri(rkey), "cid", cid(rkey)));
            }
            case "/xrpc/com.atproto.repo.getRecord" -> {
                String rkey = query(query).get("rkey");
                String repo = query(query).get("repo");
                if (repo != null && !repo.equals(DID)) {
                    JsonNode other = others.get(repo + "/" + rkey);
                    if (other == null) {
                        return Reply.json(400, Map.of("error", "RecordNotFound", "message", "Could not locate record"));
                    }
                    return Reply.json(200, Map.of("uri", "at://" + repo + "/app.bsky.feed.post/" + rkey,
                            "cid", "bafy-other-" + rkey, "value", other));
                }
                JsonNode rec = records.get(rkey);
                if (rec == null) {
                    return Reply.json(400, Map.of("error", "RecordNotFound", "message", "Could not locate record"));
                }
                return Reply.json(200, Map.of("uri", uri(rkey), "cid", cid(rkey), "value", rec));
            }
            case "/xrpc/com.atproto.identity.resolveHandle" -> {
                String did = handles.get(query(query).get("handle"));
                if (did == null) {
                    return Reply.json(400, Map.of("error", "InvalidRequest", "message", "Unable to resolve handle"));
                }
                return Reply.json(200, Map.of("did", did));
            }
            default -> {
                return Reply.json(404, Map.of("error", "MethodNotImplemented"));
            }
        }
    }

    private static String uri(String rkey) {
        return "at://" + DID + "/app.bsky.feed.post/" + rkey;
    }

    private static String cid(String rkey) {
        return "bafyrei" + rkey;
    }
}
