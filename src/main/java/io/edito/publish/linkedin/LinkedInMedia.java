package io.edito.publish.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.http.JsonBodies;
import io.edito.publish.http.MediaFiles;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Uploads through the Images and Videos APIs. An upload makes no post: a repeated one leaves an unused image or
 * video on LinkedIn, never a second post, so these calls are retried freely.
 *
 * <ul>
 * <li>an image: {@code POST /images?action=initializeUpload} {@code {"initializeUploadRequest":{"owner"}}} answers
 * {@code value.uploadUrl} and {@code value.image} (the URN); the file goes in one {@code PUT} to the upload URL;</li>
 * <li>a video: {@code POST /videos?action=initializeUpload} with {@code owner} and {@code fileSizeBytes} answers
 * {@code value.video}, {@code value.uploadToken} and {@code value.uploadInstructions[]} ({@code uploadUrl},
 * {@code firstByte}, {@code lastByte}); each part is {@code PUT} and its {@code ETag} kept;
 * {@code POST /videos?action=finalizeUpload} with {@code video}, {@code uploadToken} and {@code uploadedPartIds}
 * (the ETags in order); then {@code GET /videos/{urn}} until {@code status} is {@code AVAILABLE}, waiting 2 s,
 * 4 s, 8 s... (at most 30 s each, {@link #MAX_PROCESSING} in all).</li>
 * </ul>
 */
final class LinkedInMedia {
    /** How long a video may stay in processing before the pair fails for now (retried by a later run). */
    static final Duration MAX_PROCESSING = Duration.ofMinutes(10);
    static final Duration FIRST_POLL = Duration.ofSeconds(2);
    static final Duration MAX_POLL = Duration.ofSeconds(30);

    private final LinkedInApi api;
    private final String owner;

    LinkedInMedia(LinkedInApi api, String owner) {
        this.api = api;
        this.owner = owner;
    }

    /** The image's URN after its bytes are uploaded. */
    String image(PublishRequest.Media m) throws PublishFailure {
        byte[] bytes = MediaFiles.read(api.ctx(), m);
        ObjectNode body = Payloads.JSON.createObjectNode();
        body.putObject("initializeUploadRequest").put("owner", owner);
        String label = "POST /images?action=initializeUpload";
        JsonNode value = api.read(t -> api.postJson("/images?action=initializeUpload", body, t), label).path("value");
        String urn = JsonBodies.text(value, "image");
        String url = JsonBodies.text(value, "uploadUrl");
        if (urn == null || url == null) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, label + " answered without image and uploadUrl");
        }
        // the Images API sends the member's token with the bytes; only to LinkedIn's own upload host
        put(uploadUri(url, label), bytes, MediaFiles.mime(m), true, "PUT image " + m.path().getFileName());
        return urn;
    }

    /** The video's URN once LinkedIn has processed it. */
    String video(PublishRequest.Media m) throws PublishFailure {
        byte[] bytes = MediaFiles.read(api.ctx(), m);
        ObjectNode body = Payloads.JSON.createObjectNode();
        body.putObject("initializeUploadRequest").put("owner", owner).put("fileSizeBytes", bytes.length)
                .put("uploadCaptions", false).put("uploadThumbnail", false);
        String label = "POST /videos?action=initializeUpload";
        JsonNode value = api.read(t -> api.postJson("/videos?action=initializeUpload", body, t), label).path("value");
        String urn = JsonBodies.text(value, "video");
        JsonNode parts = value.path("uploadInstructions");
        if (urn == null || !parts.isArray() || parts.isEmpty()) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, label
                    + " answered without video and uploadInstructions");
        }
        List<String> etags = new ArrayList<>();
        int n = 0;
        for (JsonNode part : parts) {
            n++;
            long first = part.path("firstByte").asLong(-1);
            long last = part.path("lastByte").asLong(-1);
            String url = JsonBodies.text(part, "uploadUrl");
            if (url == null || first < 0 || last < first || last >= bytes.length) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, label + " gave part " + n + " as bytes "
                        + first + "-" + last + " of a " + bytes.length + "-byte file");
            }
            String partLabel = "PUT video part " + n + "/" + parts.size();
            HttpResponse<byte[]> r = put(uploadUri(url, label), Arrays.copyOfRange(bytes, (int) first, (int) last + 1),
                    "application/octet-stream", false, partLabel);
            String etag = r.headers().firstValue("ETag").orElse(null);
            if (etag == null) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, partLabel + " answered without an ETag");
            }
            etags.add(etag);
        }
        ObjectNode fin = Payloads.JSON.createObjectNode();
        ObjectNode req = fin.putObject("finalizeUploadRequest");
        req.put("video", urn).put("uploadToken", value.path("uploadToken").asText(""));
        ArrayNode ids = req.putArray("uploadedPartIds");
        etags.forEach(ids::add);
        String finLabel = "POST /videos?action=finalizeUpload";
        HttpResponse<byte[]> r = api.exchange(t -> api.postJson("/videos?action=finalizeUpload", fin, t), finLabel,
                true, null);
        if (r.statusCode() >= 300) {
            // the parts did not arrive as sent: uploading them again cannot post twice
            PublishFailure f = api.failure(finLabel, r);
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, f.getMessage().replace(" (not retried)", "")
                    + " (the video is uploaded again by a later run)");
        }
        awaitAvailable(urn);
        return urn;
    }

    private void awaitAvailable(String urn) throws PublishFailure {
        String label = "GET /videos/" + urn;
        Duration waited = Duration.ZERO;
        Duration next = FIRST_POLL;
        while (true) {
            JsonNode v = api.read(t -> api.get("/videos/" + LinkedInApi.enc(urn), t), label);
            String status = v.path("status").asText("");
            if (status.equals("AVAILABLE")) {
                return;
            }
            if (status.equals("PROCESSING_FAILED")) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, "LinkedIn could not process video " + urn
                        + ": " + v.path("processingFailureReason").asText("no reason given")
                        + " (MP4, 3 s to 30 min, 75 KB to 500 MB; not retried)");
            }
            if (waited.compareTo(MAX_PROCESSING) >= 0) {
                throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "video " + urn + " is still " + status
                        + " after " + waited.toSeconds() + " s; a later run uploads it again");
            }
            api.ctx().sleeper().sleep(next);
            waited = waited.plus(next);
            next = next.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : next.multipliedBy(2);
        }
    }

    private HttpResponse<byte[]> put(URI uri, byte[] bytes, String mime, boolean withToken, String label)
            throws PublishFailure {
        HttpResponse<byte[]> r = withToken && tokenMayGoTo(uri)
                ? api.exchange(t -> api.http().request(uri).header("Authorization", "Bearer " + t)
                        .header("Content-Type", mime).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                        label, true, null)
                : api.http().exchange(api.http().request(uri).header("Content-Type", mime)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), label, true);
        if (r.statusCode() >= 300) {
            throw api.failure(label, r);
        }
        return r;
    }

    /** An upload URL LinkedIn gave: https (plain http only to this machine, for tests). */
    private static URI uploadUri(String url, String label) throws PublishFailure {
        try {
            URI u = URI.create(url);
            String host = u.getHost() == null ? "" : u.getHost();
            boolean loopback = host.equals("localhost") || host.startsWith("127.");
            if ("https".equals(u.getScheme()) || ("http".equals(u.getScheme()) && loopback)) {
                return u;
            }
        } catch (IllegalArgumentException e) {
            // told below
        }
        throw new PublishFailure(PublishFailure.Kind.REJECTED, label + " gave an upload URL that is not https");
    }

    /** The bearer token goes with an upload only to LinkedIn's hosts (or the configured API's, for a stand-in). */
    private boolean tokenMayGoTo(URI u) {
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        return host.equals("linkedin.com") || host.endsWith(".linkedin.com")
                || host.equals(api.uri("").getHost());
    }
}
