package io.edito.publish.fake;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver as a careful integrator writes one: verifies {@code X-Edito-Signature} (constant-time
 * compare, 401 when wrong) and records every accepted delivery with its Idempotency-Key. It does not dedupe:
 * it shows what edito sent.
 */
public final class FakeWebhook extends FakeServer {
    private final byte[] secret;
    private final List<Map<String, Object>> deliveries = new ArrayList<>();
    private int badSignatures;

    public FakeWebhook(String secret) {
        this.secret = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public synchronized List<Map<String, Object>> deliveries() {
        return List.copyOf(deliveries);
    }

    public synchronized int badSignatures() {
        return badSignatures;
    }

    @Override
    protected Object state() {
        return Map.of("deliveries", deliveries, "bad_signatures", badSignatures);
    }

    @Override
    protected synchronized Reply handle(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException {
        String sig = first(headers, "X-Edito-Signature");
        String expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        if (sig == null || !MessageDigest.isEqual(sig.getBytes(), expected.getBytes())) {
            badSignatures++;
            return Reply.json(401, Map.of("error", "bad signature"));
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("key", first(headers, "Idempotency-Key"));
        d.put("body", parse(body));
        deliveries.add(d);
        return Reply.json(200, Map.of("id", "hook-" + deliveries.size(), "url", "https://hooks.example/d/"
                + deliveries.size()));
    }
}
