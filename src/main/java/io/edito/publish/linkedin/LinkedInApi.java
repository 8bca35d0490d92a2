package io.edito.publish.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.AccessToken;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.http.Http;
import io.edito.publish.http.JsonBodies;
import io.edito.publish.http.Secrets;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The calls of LinkedIn's versioned REST API ({@code api_base}, {@code https://api.linkedin.com/rest}): every
 * request carries {@code Authorization: Bearer}, {@code LinkedIn-Version: YYYYMM} and
 * {@code X-Restli-Protocol-Version: 2.0.0}. The token is asked of the {@link AccessToken} before each request; a
 * 401 renews it once and sends the request once more (a 401 is an answer to a request LinkedIn did not process).
 * A refusal is told with LinkedIn's own {@code status}, {@code serviceErrorCode}, {@code code} and {@code message}.
 */
final class LinkedInApi {
    private final URI base;
    private final String version;
    private final AccessToken token;
    private final Http http;
    private final PublishContext ctx;

    LinkedInApi(URI base, String version, AccessToken token, Http http, PublishContext ctx) {
        this.base = base;
        this.version = version;
        this.token = token;
        this.http = http;
        this.ctx = ctx;
    }

    Http http() {
        return http;
    }

    PublishContext ctx() {
        return ctx;
    }

    String version() {
        return version;
    }

    URI uri(String pathAndQuery) {
        return URI.create(base.toString() + pathAndQuery);
    }

    /** A URN as one path segment or query value ({@code urn%3Ali%3Ashare%3A123}). */
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A request to the API with the three headers LinkedIn requires and {@code bearer} as the token. */
    HttpRequest.Builder request(String pathAndQuery, String bearer) {
        return http.request(uri(pathAndQuery))
                .header("Authorization", "Bearer " + bearer)
                .header("LinkedIn-Version", version)
                .header("X-Restli-Protocol-Version", "2.0.0");
    }

    HttpRequest postJson(String pathAndQuery, JsonNode body, String bearer) {
        return request(pathAndQuery, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Secrets.utf8(body.toString()))).build();
    }

    HttpRequest get(String pathAndQuery, String bearer) {
        return request(pathAndQuery, bearer).GET().build();
    }

    /**
     * One exchange through {@link Http} (transport faults, 5xx and 429 handled there), the token renewed once after
     * a 401. Returns any 2xx or 4xx answer, or null when {@code beforeRetry} found the work done.
     */
    HttpResponse<byte[]> exchange(Function<String, HttpRequest> request, String label, boolean safeToRepeat,
            Http.BeforeRetry beforeRetry) throws PublishFailure {
        String bearer = token.value();
        HttpResponse<byte[]> r = http.exchange(request.apply(bearer), label, safeToRepeat, beforeRetry);
        if (r != null && r.statusCode() == 401) {
            String renewed;
            try {
                renewed = token.renew(bearer);
            } catch (PublishFailure f) {
                LinkedInError e = LinkedInError.of(401, r.body());
                throw new PublishFailure(f.kind(), ctx.redactor().redact(label + ": "
                        + (e == null ? "HTTP 401" : e.describe()) + "; " + f.getMessage() + " (LinkedIn tokens last 60"
                        + " days), then publish with --retry-failed"));
            }
            ctx.redactor().register(renewed);
            r = http.exchange(request.apply(renewed), label, safeToRepeat, beforeRetry);
            if (r != null && r.statusCode() == 401) {
                throw failure(label, r);
            }
        }
        return r;
    }

    /** {@link #exchange} for a request that may be repeated (a read): a refusal is a failure, the body JSON. */
    JsonNode read(Function<String, HttpRequest> request, String label) throws PublishFailure {
        HttpResponse<byte[]> r = exchange(request, label, true, null);
        if (r.statusCode() >= 300) {
            throw failure(label, r);
        }
        return JsonBodies.read(r, label);
    }

    /** LinkedIn's refusal of {@code label}, with its codes and what to do. */
    PublishFailure failure(String label, HttpResponse<byte[]> r) {
        LinkedInError e = LinkedInError.of(r.statusCode(), r.body());
        if (e == null) {
            return http.rejected(label, r);
        }
        String head = label + ": " + e.describe();
        String tail;
        int s = r.statusCode();
        if (s == 401) {
            tail = "; the access token was refused as expired, revoked or invalid: " + token.howToRenew()
                    + " (LinkedIn tokens last 60 days), then publish with --retry-failed";
        } else if (s == 403) {
            tail = "; the token lacks a permission (w_organization_social and an ADMINISTRATOR or CONTENT_ADMIN role on"
                    + " the Page for an organization, w_member_social for a person; r_organization_social to read)";
        } else if (s == 426 || "NONEXISTENT_VERSION".equals(e.code()) || "VERSION_MISSING".equals(e.code())) {
            tail = "; LinkedIn-Version " + version + " is not (or no longer) served: set version: to a current YYYYMM"
                    + " (docs/publishing.md, LinkedIn)";
        } else {
            tail = "";
        }
        return new PublishFailure(PublishFailure.Kind.REJECTED, ctx.redactor().redact(head + tail + " (not retried)"));
    }

    /**
     * LinkedIn's error body: {@code {"status","serviceErrorCode","code","message"}}, or for an input error
     * {@code {"status","message","errorDetails":{"inputErrors":[{"code","description"}]}}}.
     */
    record LinkedInError(int status, Integer serviceErrorCode, String code, String message) {
        static LinkedInError of(int httpStatus, byte[] body) {
            JsonNode n = JsonBodies.tryRead(body);
            if (n == null || !n.isObject() || !(n.has("message") || n.has("code"))) {
                return null;
            }
            String code = JsonBodies.text(n, "code");
            for (JsonNode ie : n.path("errorDetails").path("inputErrors")) {
                if (code == null) {
                    code = JsonBodies.text(ie, "code");
                }
            }
            return new LinkedInError(n.path("status").asInt(httpStatus),
                    n.hasNonNull("serviceErrorCode") ? n.get("serviceErrorCode").asInt() : null, code,
                    n.path("message").asText(""));
        }

        String describe() {
            return "LinkedIn " + status + (code == null ? "" : " " + code)
                    + (serviceErrorCode == null ? "" : " (serviceErrorCode " + serviceErrorCode + ")") + ": " + message;
        }
    }
}
