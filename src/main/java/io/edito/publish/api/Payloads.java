package io.edito.publish.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.edito.core.Sha256;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON forms of a {@link PublishRequest}: the canonical one whose sha-256 is the content hash, and the
 * payload sent to webhooks, written to the outbox and piped to commands (one shape for all three).
 */
public final class Payloads {
    /** Shared, thread-safe mapper for publishers. */
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Payloads() {
    }

    public static String contentHash(String postId, String channel, String text, List<String> thread, String firstComment,
            List<PublishRequest.Media> media, String link, String campaign, String lang, String visibility,
            String spoilerText) {
        return canonicalHash(postId, channel, text, thread, firstComment, contentMedia(media), link, campaign, lang,
                visibility, spoilerText);
    }

    /**
     * The content hash as edito 0.x before 2026-12-06 computed it: with each media file's path as edito read it
     * (absolute, so another checkout of the repository gave other hashes) and not its bytes. A ledger entry written
     * then is the same content when it has this hash ({@link PublishRequest#hasContent}).
     */
    public static String legacyContentHash(PublishRequest r) {
        return canonicalHash(r.postId(), r.channel(), r.text(), r.thread(), r.firstComment(), mediaList(r.media()),
                r.link(), r.campaign(), r.lang(), r.visibility(), r.spoilerText());
    }

    /** The sha-256 of the canonical JSON (keys sorted) of what is sent, the media as given. */
    private static String canonicalHash(String postId, String channel, String text, List<String> thread,
            String firstComment, List<Map<String, Object>> media, String link, String campaign, String lang,
            String visibility, String spoilerText) {
        Map<String, Object> m = new TreeMap<>();
        m.put("post", postId);
        m.put("channel", channel);
        m.put("text", text);
        m.put("thread", thread);
        m.put("first_comment", firstComment);
        m.put("media", media);
        m.put("link", link);
        m.put("campaign", campaign);
        m.put("lang", lang);
        m.put("visibility", visibility);
        m.put("spoiler_text", spoilerText);
        try {
            return Sha256.hex(CANONICAL.writeValueAsBytes(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a post", e);
        }
    }

    /** The content hash of a request (the same value its constructor computes when given none). */
    public static String contentHash(PublishRequest r) {
        return contentHash(r.postId(), r.channel(), r.text(), r.thread(), r.firstComment(), r.media(), r.link(),
                r.campaign(), r.lang(), r.visibility(), r.spoilerText());
    }

    /**
     * The payload: {@code post, channel, brand and network (when known), text, thread, first_comment, media[{path, sha256, url, alt,
     * mime}], link, campaign,
     * lang (languages [A, B] for a bilingual account's text), at (ISO-8601 with offset), visibility, spoiler_text, content_hash, idempotency_key}.
     */
    public static Map<String, Object> payload(PublishRequest r, String idempotencyKey) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("post", r.postId());
        m.put("channel", r.channel());
        if (r.brand() != null) {
            m.put("brand", r.brand()); // whose account: two brands' channels may share an id
        }
        if (r.network() != null) {
            m.put("network", r.network()); // the account's network: x for x-ar
        }
        m.put("text", r.text());
        m.put("thread", r.thread());
        m.put("first_comment", r.firstComment());
        m.put("media", payloadMedia(r.media()));
        m.put("link", r.link());
        m.put("campaign", r.campaign());
        if (r.languages().size() > 1) {
            m.put("languages", r.languages()); // a bilingual account's text, its languages in order
        } else {
            m.put("lang", r.lang());
        }
        m.put("at", r.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("visibility", r.visibility());
        m.put("spoiler_text", r.spoilerText());
        m.put("content_hash", r.contentHash());
        m.put("idempotency_key", idempotencyKey);
        return m;
    }

    /** The payload as UTF-8 JSON bytes. */
    public static byte[] payloadBytes(PublishRequest r, String idempotencyKey) {
        try {
            return JSON.writeValueAsBytes(payload(r, idempotencyKey));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a post", e);
        }
    }

    /**
     * The media as the content hash sees them: the path relative to the repository and the SHA-256 of the bytes (the
     * same on every machine and checkout; a file replaced under the same name is an edit), alt text and MIME type.
     */
    private static List<Map<String, Object>> contentMedia(List<PublishRequest.Media> media) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PublishRequest.Media md : media) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", md.file());
            e.put("sha256", md.sha256());
            e.put("alt", md.alt());
            e.put("mime", md.mime());
            list.add(e);
        }
        return list;
    }

    /** The media as {@link #legacyContentHash} saw them: the path edito reads, alt, MIME. */
    private static List<Map<String, Object>> mediaList(List<PublishRequest.Media> media) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PublishRequest.Media md : media) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", md.path().toString().replace('\\', '/'));
            e.put("alt", md.alt());
            e.put("mime", md.mime());
            list.add(e);
        }
        return list;
    }

    /**
     * The media as a receiver needs them: the path relative to the repository (the same on every machine), the
     * SHA-256 of the bytes, the public URL when the channel has {@code media_url}, alt text and MIME type.
     */
    private static List<Map<String, Object>> payloadMedia(List<PublishRequest.Media> media) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PublishRequest.Media md : media) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", md.file());
            e.put("sha256", md.sha256());
            if (md.url() != null) {
                e.put("url", md.url());
            }
            e.put("alt", md.alt());
            e.put("mime", md.mime());
            list.add(e);
        }
        return list;
    }
}
