package io.edito.publish.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.Payloads;
import java.io.IOException;

/**
 * The error body of Meta's Graph APIs (Facebook, Instagram, Threads):
 * {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}.
 */
public record GraphError(int code, Integer subcode, String type, String message, String fbtraceId) {

    /** The error of {@code body}, or null when it is not Graph's error shape. */
    public static GraphError of(byte[] body) {
        try {
            JsonNode e = Payloads.JSON.readTree(body).path("error");
            if (!e.isObject() || !e.has("code")) {
                return null;
            }
            return new GraphError(e.path("code").asInt(), e.hasNonNull("error_subcode")
                    ? e.get("error_subcode").asInt() : null, e.path("type").asText(null),
                    e.path("message").asText(""), e.path("fbtrace_id").asText(null));
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    /** "Graph error 190/463 OAuthException: Session has expired (fbtrace_id ...)". */
    public String describe() {
        return "Graph error " + code + (subcode == null ? "" : "/" + subcode)
                + (type == null ? "" : " " + type) + ": " + message
                + (fbtraceId == null ? "" : " (fbtrace_id " + fbtraceId + ")");
    }
}
