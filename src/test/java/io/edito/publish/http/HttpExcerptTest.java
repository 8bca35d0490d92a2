package io.edito.publish.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What of an error body reaches a failure's one line (the terminal, cron's mail, the ledger). */
class HttpExcerptTest {
    private static String excerpt(String body) {
        return Http.excerpt(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anHtmlErrorPageIsItsTitleNotItsMarkup() {
        String page = "<!DOCTYPE HTML>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">\n<title>Error response</title>\n"
                + "<style>body { font: 12px }</style></head>\n<body><h1>Error response</h1><p>Error code: 501</p>"
                + "<p>Message: Unsupported method ('POST').</p></body></html>\n";
        assertThat(excerpt(page)).isEqualTo(": HTML page 'Error response'");
    }

    @Test
    void anHtmlPageWithoutTitleIsItsTextWithoutTagsOrStyles() {
        String page = "<html><head><style>p { color: red }</style><script>var x = 1;</script></head>"
                + "<body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>";
        assertThat(excerpt(page)).isEqualTo(": 502 Bad Gateway nginx");
    }

    @Test
    void aJsonOrTextBodyIsKeptOnOneLineAndCut() {
        assertThat(excerpt("{\"error\": \"invalid_token\",\n \"detail\": \"expired\"}"))
                .isEqualTo(": {\"error\": \"invalid_token\", \"detail\": \"expired\"}");
        assertThat(excerpt("x".repeat(400))).isEqualTo(": " + "x".repeat(300) + "...");
        assertThat(excerpt("  \n ")).isEmpty();
        assertThat(Http.excerpt(null)).isEmpty();
        // a JSON answer that carries markup is not taken for a page
        assertThat(excerpt("{\"html\": \"<b>no</b>\"}")).isEqualTo(": {\"html\": \"<b>no</b>\"}");
    }
}
