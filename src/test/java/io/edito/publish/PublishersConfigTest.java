package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.http.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation of publish blocks and where secrets may come from. */
class PublishersConfigTest {
    @TempDir
    Path repo;
    @TempDir
    Path home;

    private Publisher create(Map<String, Object> settings, Map<String, String> env) {
        return Publishers.create(new PublishTarget("mastodon", settings, new SourcePos(repo.resolve("edito.yaml"), 7, 5)),
                PublishContext.of(repo, env));
    }

    private static Map<String, Object> mastodon() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "mastodon");
        s.put("instance", "https://mastodon.example");
        s.put("token_env", "EDITO_MASTODON_TOKEN");
        return s;
    }

    @Test
    void anUnknownKeyIsAnInputErrorWithASuggestion() {
        Map<String, Object> s = mastodon();
        s.put("visibilty", "unlisted");
        assertThatThrownBy(() -> create(s, Map.of("EDITO_MASTODON_TOKEN", "t0ken-value")))
                .isInstanceOf(EditoException.class)
                .hasMessageStartingWith(repo.resolve("edito.yaml") + ":7:5: channels.mastodon.publish.visibilty: unknown key")
                .hasMessageContaining("(did you mean 'visibility'?)")
                .satisfies(e -> assertThat(((EditoException) e).exitCode()).isEqualTo(2));
    }

    @Test
    void anUnknownTypeAndABadValueAreNamed() {
        Map<String, Object> s = mastodon();
        s.put("type", "mastadon");
        assertThatThrownBy(() -> create(s, Map.of())).hasMessageContaining("unknown publish type 'mastadon'")
                .hasMessageContaining("did you mean 'mastodon'?");
        Map<String, Object> v = mastodon();
        v.put("visibility", "friends");
        assertThatThrownBy(() -> create(v, Map.of("EDITO_MASTODON_TOKEN", "t0ken-value")))
                .hasMessageContaining("'friends' is not one of direct, private, public, unlisted");
        Map<String, Object> t = mastodon();
        t.put("timeout", "soon");
        assertThatThrownBy(() -> create(t, Map.of("EDITO_MASTODON_TOKEN", "t0ken-value")))
                .hasMessageContaining("'soon' is not a duration");
    }

    @Test
    void aMissingVariableIsNamedAndASecretInTheConfigIsRefused() {
        assertThatThrownBy(() -> create(mastodon(), Map.of()))
                .hasMessageContaining("environment variable EDITO_MASTODON_TOKEN is not set");
        Map<String, Object> s = mastodon();
        s.put("token_env", "abc123-the-token-itself!");
        assertThatThrownBy(() -> create(s, Map.of()))
                .hasMessageContaining("must name an environment variable")
                .hasMessageNotContaining("abc123-the-token-itself!");
    }

    @Test
    void theLoginKeysAreTakenByTypesThatLogInAndJudgedWithoutReadingASecret() {
        Map<String, Object> fb = new java.util.LinkedHashMap<>();
        fb.put("type", "facebook");
        fb.put("page_id", "100000000000000");
        fb.put("client_id_env", "EDITO_FB_APP_ID");
        fb.put("client_secret_env", "EDITO_FB_APP_SECRET");
        fb.put("redirect_uri", "https://atlas.example/edito/callback");
        fb.put("auth_base", "http://127.0.0.1:9");
        PublishContext validating = PublishContext.forValidation(repo);
        assertThat(Publishers.create(new PublishTarget("facebook", fb), validating).type()).isEqualTo("facebook");
        fb.put("redirect_uri", "http://atlas.example/callback");
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("facebook", fb), validating))
                .hasMessageContaining("channels.facebook.publish.redirect_uri: 'http://atlas.example/callback' uses "
                        + "plain http");
        Map<String, Object> s = mastodon();
        s.put("client_id_env", "EDITO_ID");
        assertThatThrownBy(() -> create(s, Map.of("EDITO_MASTODON_TOKEN", "t0ken-value")))
                .hasMessageContaining("client_id_env: unknown key for a mastodon publisher");
    }

    @Test
    void tokensDoNotTravelInClearOverTheNetwork() {
        Map<String, Object> s = mastodon();
        s.put("instance", "http://mastodon.example");
        assertThatThrownBy(() -> create(s, Map.of("EDITO_MASTODON_TOKEN", "t0ken-value")))
                .hasMessageContaining("uses plain http; use https");
        s.put("instance", "http://127.0.0.1:8080");
        assertThat(create(s, Map.of("EDITO_MASTODON_TOKEN", "t0ken-value")).type()).isEqualTo("mastodon");
    }

    @Test
    void aCredentialsFileOutsideTheRepositoryReadableOnlyByItsOwnerIsUsed() throws Exception {
        Path creds = home.resolve("credentials");
        Files.writeString(creds, "# edito secrets\nEDITO_MASTODON_TOKEN = from-the-file-0001\n");
        Files.setPosixFilePermissions(creds, PosixFilePermissions.fromString("rw-------"));
        assertThat(create(mastodon(), Map.of(Secrets.CREDENTIALS_ENV, creds.toString())).type()).isEqualTo("mastodon");

        Files.setPosixFilePermissions(creds, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> create(mastodon(), Map.of(Secrets.CREDENTIALS_ENV, creds.toString())))
                .hasMessageContaining("is readable or writable by group or others; run: chmod 600")
                .hasMessageNotContaining("from-the-file-0001");

        Path inside = repo.resolve("credentials");
        Files.writeString(inside, "EDITO_MASTODON_TOKEN=from-the-repo-0001\n");
        Files.setPosixFilePermissions(inside, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> create(mastodon(), Map.of(Secrets.CREDENTIALS_ENV, inside.toString())))
                .hasMessageContaining("is inside the repository");
    }

    @Test
    void outboxAndCommandBlocksAreValidatedToo() {
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("instagram", Map.of("type", "outbox")),
                PublishContext.of(repo, Map.of()))).hasMessageContaining("channels.instagram.publish.dir: missing");
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("linkedin", Map.of("type", "command", "run",
                List.of())), PublishContext.of(repo, Map.of()))).hasMessageContaining("must name a program to run");
        assertThatThrownBy(() -> Publishers.create(new PublishTarget("x", Map.of("type", "webhook")),
                PublishContext.of(repo, Map.of()))).hasMessageContaining("give exactly one of url and url_env");
    }
}
