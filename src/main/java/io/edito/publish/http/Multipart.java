package io.edito.publish.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body (RFC 7578) built in memory: media files are small enough. */
public final class Multipart {
    private final String boundary = "edito-" + UUID.randomUUID();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public Multipart field(String name, String value) {
        head("Content-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n");
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(CRLF);
        return this;
    }

    public Multipart file(String name, String fileName, String mime, byte[] content) {
        head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + quote(fileName) + "\"\r\n"
                + "Content-Type: " + mime + "\r\n");
        out.writeBytes(content);
        out.writeBytes(CRLF);
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] build() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return copy.toByteArray();
    }

    private void head(String headers) {
        out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
        return s.replace("\\", "_").replace("\"", "_").replace("\r", "_").replace("\n", "_");
    }

    private static final byte[] CRLF = {'\r', '\n'};
}
