package io.edito.publish.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The loopback redirect answers the browser before the login goes on, and trusts nothing without its state. */
class LoopbackReceiverTest {
    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBrowserGetsItsPageAndTheLoginItsCode() throws Exception {
        HttpResponse<String> page;
        try (LoopbackReceiver r = new LoopbackReceiver(URI.create("http://127.0.0.1:0/callback"), "s1")) {
            page = get(URI.create(r.redirectUri() + "?code=abc&state=s1"));
            assertThat(r.await(Duration.ofSeconds(10)).code()).isEqualTo("abc");
        } // closing the server right after: the browser had an empty reply
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("you can close this tab");
    }

    @Test
    void anErrorWithoutTheStateIsRefusedAsSuch() throws Exception {
        try (LoopbackReceiver r = new LoopbackReceiver(URI.create("http://127.0.0.1:0/callback"), "s1")) {
            HttpResponse<String> page = get(URI.create(r.redirectUri() + "?error=access_denied"));
            assertThat(page.statusCode()).isEqualTo(400);
            assertThatThrownBy(() -> r.await(Duration.ofSeconds(10))).isInstanceOf(LoginException.class)
                    .hasMessageContaining("state does not match");
        }
        try (LoopbackReceiver r = new LoopbackReceiver(URI.create("http://127.0.0.1:0/callback"), "s2")) {
            get(URI.create(r.redirectUri() + "?error=access_denied&state=s2"));
            assertThatThrownBy(() -> r.await(Duration.ofSeconds(10))).isInstanceOf(LoginException.class)
                    .hasMessageContaining("the network refused the login: access_denied");
        }
    }
}
