package io.edito.publish.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.PublishFailure;
import java.io.IOException;
import java.net.http.HttpResponse;

/** Reading the JSON answers of the networks' APIs: one place for what a body that is not JSON means. */
public final class JsonBodies {
    private JsonBodies() {
    }

    /**
     * The JSON of an answer to a call that was sent: a body that is not JSON leaves the outcome unknown (the call may
     * have been done).
     */
    public static JsonNode read(HttpResponse<byte[]> r, String what) throws PublishFailure {
        JsonNode n = tryRead(r.body());
        if (n == null) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, what + " answered " + r.statusCode()
                    + " with a body that is not JSON");
        }
        return n;
    }

    /** The JSON of {@code body}, or null when it is empty or not JSON. */
    public static JsonNode tryRead(byte[] body) {
        try {
            JsonNode n = Payloads.JSON.readTree(body);
            return n == null || n.isMissingNode() ? null : n;
        } catch (IOException e) {
            return null;
        }
    }

    /** The text of {@code field} of {@code n}, or null when absent or null (or when {@code n} is null). */
    public static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
