package io.edito.publish.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The AT Protocol endpoints edito uses, as a PDS answers them: sessions checked, blobs stored, records keyed by
 * (collection, rkey) with a create under an existing key refused, getRecord answering RecordNotFound.
 */
public final class FakeBluesky extends FakeServer {
    public static final String DID = "did:plc:atlas123";
    private final String identifier;
    private final String password;
    private final AtomicLong seq = new AtomicLong();
    private final Map<String, JsonNode> records = new LinkedHashMap<>();
    private final List<String> creates = new ArrayList<>();
    private final Map<String, String> handles = new LinkedHashMap<>();
    private final String jwt = "access-jwt-" + Long.toHexString(System.nanoTime());
    private int sessions;

    public FakeBluesky(String identifier, String password) {
        this.identifier = identifier;
        this.password = password;
        handles.put("partner.example", "did:plc:partner456");
    }

    /** Records by rkey, in creation order (each the full record: text, facets, embed, reply, langs). */
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

    public String accessJwt() {
        return jwt;
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
            return Reply.json(200, Map.of("accessJwt", jwt, "refreshJwt", jwt + "-refresh", "did", DID, "handle",
                    identifier));
        }
        if (!("Bearer " + jwt).equals(first(headers, "Authorization"))) {
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
                    return Reply.json(400, Map.of("error", "InvalidRequest", "message", "Record already exists"));
                }
                records.put(rkey, req.get("record"));
                creates.add(rkey);
                return Reply.json(200, Map.of("uri", uri(rkey), "cid", cid(rkey)));
            }
            case "/xrpc/com.atproto.repo.getRecord" -> {
                String rkey = query(query).get("rkey");
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
