package io.edito.publish.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP client of a context: the one given, or one default client made on first use and shared. */
class PublishContextTest {
    @Test
    void aGivenClientIsTheOneUsed() {
        HttpClient mine = HttpClient.newBuilder().build();
        PublishContext ctx = new PublishContext(Path.of("."), Map.of(), null, null, null, mine, null);
        assertThat(ctx.http()).isSameAs(mine);
        assertThat(ctx.withClock(java.time.Clock.systemUTC()).http()).isSameAs(mine);
    }

    @Test
    void withoutOneTheDefaultClientIsMadeOnceAndShared() {
        PublishContext a = PublishContext.of(Path.of("."), Map.of());
        PublishContext b = PublishContext.forValidation(Path.of("."));
        assertThat(a.http()).isSameAs(b.http()).isSameAs(a.startingAt(java.time.Instant.now()).http());
        HttpClient c = a.http();
        assertThat(c.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(c.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
        assertThat(c.connectTimeout()).contains(Duration.ofSeconds(10));
    }
}
