package io.edito.publish.http;

import io.edito.core.Sha256;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Media that a network fetches itself from a public URL (Instagram and Threads containers: "we cURL media used in
 * publishing attempts"): before any container is made, edito fetches each file's public URL ({@code media_url} with
 * {@code {path}}) and goes on only when it answers 200 with exactly the bytes of the file in the repository (same
 * length, same SHA-256). A file not uploaded yet, an older version still cached, a redirect to a login page: each
 * refuses the pair with the URL and the reason, before anything is posted.
 */
public final class PublicMedia {
    /** Where {@code media_url} puts the file's path relative to the repository. */
    public static final String PATH_PLACEHOLDER = "{path}";

    private PublicMedia() {
    }

    /** {@code template} with {@code {path}} replaced by {@code relative}, each segment percent-encoded. */
    public static String url(String template, String relative) {
        return template.replace(PATH_PLACEHOLDER, urlPath(relative));
    }

    /** Each segment of {@code path} percent-encoded for a URL path (spaces, accents, Arabic file names). */
    public static String urlPath(String path) {
        StringBuilder out = new StringBuilder();
        for (String seg : path.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    /**
     * The public URL of each attachment, in order, checked: the request's own ({@link PublishRequest.Media#url()}),
     * else {@code template} with the file's repository path; refused ({@code REJECTED}) when there is none, or when
     * the URL does not answer 200 with the file's bytes.
     *
     * @param template the channel's {@code media_url}, or null
     * @param network  how messages name the network that fetches the files ("Instagram")
     */
    public static List<String> checked(PublishContext ctx, Http http, List<PublishRequest.Media> media, String template,
            String network) throws PublishFailure {
        List<String> urls = new ArrayList<>();
        for (PublishRequest.Media m : media) {
            String url = m.url() != null ? m.url() : template == null ? null : url(template, m.file());
            if (url == null) {
                throw new PublishFailure(PublishFailure.Kind.REJECTED, network + " fetches media from a public URL and "
                        + "this channel has no media_url: add media_url: https://your.cdn/{path} to its publish block "
                        + "and upload " + m.file() + " there");
            }
            check(ctx, http, m, url);
            urls.add(url);
        }
        return urls;
    }

    private static void check(PublishContext ctx, Http http, PublishRequest.Media m, String url) throws PublishFailure {
        Path file = MediaFiles.file(ctx, m);
        long size;
        String want;
        try {
            size = Files.size(file);
            want = Sha256.hex(file); // the file as it is now, not as the request was built
        } catch (IOException e) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "media file " + m.path() + " not found");
        }
        String label = "GET " + url;
        String refused = "the public copy of " + m.file() + " at " + url + " ";
        HttpResponse<byte[]> r;
        try {
            r = http.exchange(http.request(URI.create(url)).GET().build(), label, true);
        } catch (PublishFailure f) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, refused + "cannot be fetched (" + f.getMessage()
                    + "); the network would fail to fetch it too");
        } catch (IllegalArgumentException e) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, refused + "is not a valid URL");
        }
        if (r.statusCode() != 200) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, refused + "answers HTTP " + r.statusCode()
                    + ", not 200: upload the file there (or fix media_url)");
        }
        byte[] got = r.body();
        if (got.length != size || !Sha256.hex(got).equals(want)) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, refused + "is not the file in the repository ("
                    + got.length + " bytes, " + (got.length == size ? "other content" : "expected " + size)
                    + "): upload the current version there (a CDN may still serve an older copy)");
        }
    }
}
