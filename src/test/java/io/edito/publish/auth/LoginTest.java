package io.edito.publish.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.publish.api.AccessToken;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edito login against a local authorization server, and the renewal of the tokens it saves. */
class LoginTest {
    static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

    @TempDir
    Path tmp;
    Path repo;
    Path credentials;
    FakeAuthServer server;
    MutableClock clock = new MutableClock(T0);
    final HttpClient browserClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void setUp() throws IOException {
        server = new FakeAuthServer();
        repo = Files.createDirectories(tmp.resolve("repo"));
        credentials = tmp.resolve("home/.config/edito/credentials");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    // ------------------------------------------------------------------------------------------- login

    @Test
    void xLogsInWithPkceOnTheLoopbackAndSavesTheTokensAtMode600KeepingTheOtherLines() throws Exception {
        Files.createDirectories(credentials.getParent());
        Files.writeString(credentials, "# my secrets\nEDITO_MASTODON_TOKEN=abcd1234\n\nedito.login.x.owner=stale\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));

        StoredLogin saved = Login.run(settings("x", null), "x", ctx(), options(false, this::followAuthorize, ""));

        assertThat(server.log).contains("pkce verified").doesNotContain("pkce refused");
        assertThat(saved.owner()).isEqualTo("@atlasair");
        assertThat(saved.refreshToken()).startsWith("rt-");
        assertThat(saved.expiresAt()).isEqualTo(T0.plusSeconds(7200));
        List<String> lines = Files.readAllLines(credentials);
        assertThat(lines.subList(0, 3)).containsExactly("# my secrets", "EDITO_MASTODON_TOKEN=abcd1234", "");
        assertThat(lines).contains("edito.login.x.owner=@atlasair", "edito.login.x.access_token=" + saved.accessToken(),
                "edito.login.x.refresh_token=" + saved.refreshToken(), "edito.login.x.expires_at=2026-12-04T10:00:00Z",
                "edito.login.x.network=x").doesNotContain("edito.login.x.owner=stale");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        try (var files = Files.list(credentials.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                    .as("no temporary file left").isEmpty();
        }
    }

    @Test
    void aNewCredentialsFolderIsMadeForItsOwnerOnly() throws Exception {
        Login.run(settings("x", null), "x", ctx(), options(false, this::followAuthorize, ""));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
    }

    @Test
    void aLinkedCredentialsFileIsWrittenWhereItPointsAndAFolderIsRefusedBeforeTheCodeIsSpent() throws Exception {
        // the link was replaced by a plain file: the real file, read by other tools, kept the old tokens
        Path real = Files.createDirectories(tmp.resolve("vault")).resolve("creds");
        Files.writeString(real, "EDITO_OTHER=1\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Files.createDirectories(credentials.getParent());
        Files.createSymbolicLink(credentials, real);
        Login.run(settings("x", null), "x", ctx(), options(false, this::followAuthorize, ""));
        assertThat(Files.isSymbolicLink(credentials)).isTrue();
        assertThat(Files.readString(real)).contains("EDITO_OTHER=1", "edito.login.x.access_token=");
        // a link to a file not made yet: the file is made where the link points, the link stays
        Path later = tmp.resolve("vault/later");
        Path link = Files.createDirectories(tmp.resolve("home2")).resolve("creds");
        Files.createSymbolicLink(link, later);
        Login.run(settings("x", m -> {
            m.put("credentials_file", link.toString());
            return m;
        }), "x", ctx(), options(false, this::followAuthorize, ""));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(later)).contains("edito.login.x.access_token=");
        // a folder where the file should be: refused before the authorization (its tokens were lost after it)
        Path folder = Files.createDirectories(tmp.resolve("dir"));
        int before = server.log.size();
        assertThatThrownBy(() -> Login.run(settings("x", m -> {
            m.put("credentials_file", folder.toString());
            return m;
        }), "x", ctx(), options(false, this::followAuthorize, ""))).hasMessageContaining("is a folder");
        assertThat(server.log.size()).as("no token asked for").isEqualTo(before);
    }

    @Test
    void aChannelWithTokenEnvIsNotLoggedIn() {
        // the saved login would never be used: it said "logged in" for nothing
        assertThatThrownBy(() -> Login.run(settings("x", m -> {
            m.put("token_env", "EDITO_X_TOKEN");
            return m;
        }), "x", ctx(), options(false, this::followAuthorize, ""))).hasMessageContaining("token_env")
                .hasMessageContaining("remove token_env");
    }

    @Test
    void aRedirectWithAnotherStateIsRefusedAndNothingIsSaved() {
        Login.Browser forged = url -> followAuthorize(URI.create(url.toString().replaceAll("state=[^&]+", "state=forged")));

        assertThatThrownBy(() -> Login.run(settings("x", null), "x", ctx(), options(false, forged, "")))
                .isInstanceOf(LoginException.class).hasMessageContaining("state does not match");
        assertThat(credentials).doesNotExist();
    }

    @Test
    void theUserRefusingIsToldWithTheNetworksWords() {
        Login.Browser refuse = url -> {
            String redirect = FakeAuthServer.form(url.getRawQuery()).get("redirect_uri");
            String state = FakeAuthServer.form(url.getRawQuery()).get("state");
            get(URI.create(redirect + "?error=access_denied&error_description=The+user+denied&state=" + state));
        };

        assertThatThrownBy(() -> Login.run(settings("x", null), "x", ctx(), options(false, refuse, "")))
                .hasMessageContaining("refused the login: access_denied (The user denied)");
    }

    @Test
    void noRedirectInTimeIsToldWithTheWayOut() {
        Login.Options o = new Login.Options(false, url -> { }, new BufferedReader(new StringReader("")),
                new PrintWriter(new StringWriter()), Duration.ofMillis(300));

        assertThatThrownBy(() -> Login.run(settings("x", null), "x", ctx(), o))
                .hasMessageContaining("no redirect came back").hasMessageContaining("--no-browser");
    }

    @Test
    void noBrowserPrintsTheUrlAndTakesTheRedirectedUrlPastedBack() throws Exception {
        StringWriter out = new StringWriter();
        // the user opens the printed URL elsewhere and pastes the address the browser landed on
        BufferedReader pasted = new BufferedReader(new StringReader("")) {
            @Override
            public String readLine() throws IOException {
                String url = out.toString().lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow();
                return authorizeRedirect(URI.create(url));
            }
        };
        Login.Options o = new Login.Options(true, url -> { throw new AssertionError("no browser with --no-browser"); },
                pasted, new PrintWriter(out, true), Duration.ofSeconds(5));

        StoredLogin saved = Login.run(settings("instagram", m -> {
            m.put("redirect_uri", "https://atlas.example/edito/callback");
            return m;
        }), "instagram", ctx(), o);

        assertThat(out.toString()).contains("/oauth/authorize?response_type=code&client_id=client-1")
                .contains("redirect_uri=https%3A%2F%2Fatlas.example%2Fedito%2Fcallback")
                .contains("scope=instagram_business_basic%2Cinstagram_business_content_publish");
        assertThat(server.log).containsSubsequence("POST /oauth/access_token", "GET /access_token");
        assertThat(saved.accessToken()).as("the 60-day token, not the short-lived one").startsWith("long-");
        assertThat(saved.expiresAt()).isEqualTo(T0.plusSeconds(5184000));
        assertThat(saved.owner()).isEqualTo("17841400000000000");
        assertThat(saved.scopes()).isEqualTo("instagram_business_basic,instagram_business_content_publish");
    }

    @Test
    void aPastedUrlWithAnotherStateIsRefused() {
        StringWriter out = new StringWriter();
        BufferedReader pasted = new BufferedReader(new StringReader("")) {
            @Override
            public String readLine() throws IOException {
                String url = out.toString().lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow();
                return authorizeRedirect(URI.create(url)).replaceAll("state=[^&#]+", "state=other");
            }
        };
        Login.Options o = new Login.Options(true, url -> { }, pasted, new PrintWriter(out, true), Duration.ofSeconds(5));

        assertThatThrownBy(() -> Login.run(settings("x", null), "x", ctx(), o))
                .hasMessageContaining("state does not match");
        assertThat(server.log).doesNotContain("POST /2/oauth2/token");
    }

    @Test
    void metaNetworksWithoutAnHttpsRedirectAreToldToRegisterOne() {
        assertThatThrownBy(() -> Login.run(settings("threads", null), "threads", ctx(), options(true, url -> { }, "")))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("channels.threads.publish.redirect_uri: missing").hasMessageContaining("https");
    }

    @Test
    void facebookSavesThePagesOwnTokenFromALongLivedUserToken() throws Exception {
        StoredLogin saved = Login.run(settings("facebook", m -> {
            m.put("page_id", FakeAuthServer.PAGE_ID);
            m.put("redirect_uri", "http://localhost:0/fb");
            return m;
        }), "facebook", ctx(), options(false, this::followAuthorize, ""));

        assertThat(server.log).containsSubsequence("GET /v27.0/dialog/oauth", "GET /v27.0/oauth/access_token",
                "GET /v27.0/oauth/access_token", "GET /v27.0/" + FakeAuthServer.PAGE_ID);
        assertThat(saved.accessToken()).startsWith("page-");
        assertThat(saved.expiresAt()).as("a Page token from a long-lived user token does not expire").isNull();
        assertThat(saved.owner()).isEqualTo("Atlas Air (Page " + FakeAuthServer.PAGE_ID + ")");
    }

    @Test
    void tiktokLogsInWithItsClientKeyAndAHexChallengeAndKeepsTheRefreshTokensLife() throws Exception {
        StoredLogin saved = Login.run(settings("tiktok", null), "tiktok", ctx(),
                options(false, this::followAuthorize, ""));

        // the authorization page refuses a client_id or a base64url challenge: it got client_key and hex
        assertThat(server.log).contains("GET /v2/auth/authorize/", "pkce verified").doesNotContain("pkce refused");
        assertThat(saved.accessToken()).startsWith("act-");
        assertThat(saved.expiresAt()).isEqualTo(T0.plusSeconds(7200));
        assertThat(saved.refreshExpiresAt()).isEqualTo(T0.plusSeconds(31536000));
        assertThat(saved.scopes()).isEqualTo("user.info.basic,video.publish");
        assertThat(Files.readAllLines(credentials)).contains("edito.login.tiktok.network=tiktok");
    }

    @Test
    void aTikTokTokenIsRenewedWithItsRefreshTokenAndTheNewRefreshTokenSaved() throws Exception {
        String refresh = server.issueRefresh();
        save("tiktok", new StoredLogin("tiktok", "act-old", refresh, T0.plusSeconds(20), T0.plusSeconds(86400), T0,
                "user.info.basic,video.publish", null));

        String now = Tokens.forChannel(settings("tiktok", null), ctx(), "tiktok").value();

        assertThat(now).startsWith("act-").isNotEqualTo("act-old");
        StoredLogin stored = StoredLogin.from(new CredentialsStore(credentials, repo, "t").read(), "tiktok")
                .orElseThrow();
        assertThat(stored.refreshToken()).isNotEqualTo(refresh).startsWith("rt-");
        assertThat(server.isLive(now)).isTrue();
    }

    @Test
    void theHexChallengeIsTheSha256OfTheVerifierInLowercaseHex() {
        // RFC 7636's appendix B verifier: its S256 challenge is base64url, TikTok's desktop kit takes the same hash in hex
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertThat(Pkce.challenge(verifier)).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(Pkce.hexChallenge(verifier))
                .isEqualTo("13d31e961a1ad8ec2f16b10c4c982e0876a878ad6df144566ee1894acb70f9c3");
    }

    // ------------------------------------------------------------------------------------------- renewal

    @Test
    void aTokenThatExpiresWithinAMinuteIsRenewedBeforeUseAndTheRotatedRefreshTokenSaved() throws Exception {
        String refresh = server.issueRefresh();
        save("x", new StoredLogin("x", "old-access-token", refresh, T0.plusSeconds(30), null, T0.minusSeconds(7000),
                "tweet.write", "@atlasair"));
        AccessToken token = Tokens.forChannel(settings("x", null), ctx(), "x");

        String now = token.value();

        assertThat(now).isNotEqualTo("old-access-token").startsWith("at-");
        StoredLogin stored = StoredLogin.from(new CredentialsStore(credentials, repo, "t").read(), "x").orElseThrow();
        assertThat(stored.accessToken()).isEqualTo(now);
        assertThat(stored.refreshToken()).as("the rotated refresh token, saved").isNotEqualTo(refresh).startsWith("rt-");
        assertThat(stored.expiresAt()).isEqualTo(T0.plusSeconds(7200));
        assertThat(stored.owner()).isEqualTo("@atlasair");
        assertThat(token.value()).as("a fresh token is not renewed again").isEqualTo(now);
        assertThat(server.refreshes.get()).isEqualTo(1);
    }

    @Test
    void aTokenRefusedByTheNetworkIsRenewedOnce() throws Exception {
        save("x", new StoredLogin("x", "revoked-token", server.issueRefresh(), T0.plusSeconds(3600), null, T0,
                "tweet.write", "@atlasair"));
        AccessToken token = Tokens.forChannel(settings("x", null), ctx(), "x");
        assertThat(token.value()).isEqualTo("revoked-token");

        String renewed = token.renew("revoked-token");

        assertThat(server.isLive(renewed)).isTrue();
        assertThat(server.refreshes.get()).isEqualTo(1);
    }

    @Test
    void aReusedRefreshTokenFailsWithOneLineThatSaysToLogInAgain() throws Exception {
        String refresh = server.issueRefresh();
        save("x", new StoredLogin("x", "a1-access", refresh, T0.plusSeconds(10), null, T0, "tweet.write", null));
        Tokens.forChannel(settings("x", null), ctx(), "x").value(); // spends refresh
        // a backup of the file put back: its refresh token was rotated away
        save("x", new StoredLogin("x", "a1-access", refresh, T0.plusSeconds(10), null, T0, "tweet.write", null));

        assertThatThrownBy(() -> Tokens.forChannel(settings("x", null), ctx(), "x").value())
                .isInstanceOf(PublishFailure.class)
                .satisfies(e -> assertThat(((PublishFailure) e).kind()).isEqualTo(PublishFailure.Kind.REJECTED))
                .hasMessageContaining("invalid_request (Value passed for the token was invalid.)")
                .hasMessageContaining("run: edito login x").hasMessageNotContaining(refresh)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void twoRunsRenewingAtOnceSpendTheRefreshTokenOnce() throws Exception {
        save("x", new StoredLogin("x", "stale-access", server.issueRefresh(), T0.minusSeconds(5), null, T0,
                "tweet.write", null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> got = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                AccessToken each = Tokens.forChannel(settings("x", null), ctx(), "x"); // each run reads the file
                got.add(pool.submit((Callable<String>) each::value));
            }
            String first = got.get(0).get();
            for (Future<String> f : got) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.refreshes.get()).as("one refresh; the others took the saved token").isEqualTo(1);
    }

    @Test
    void linkedInWithoutARefreshTokenSaysToLogInAgain() throws Exception {
        save("linkedin", new StoredLogin("linkedin", "li-token", null, T0.minusSeconds(60), null,
                T0.minus(Duration.ofDays(60)), "w_member_social", "Atlas"));

        assertThatThrownBy(() -> Tokens.forChannel(settings("linkedin", null), ctx(), "linkedin").value())
                .hasMessageContaining("expired on 2026-12-04T07:59:00Z")
                .hasMessageContaining("LinkedIn gave no refresh token").hasMessageContaining("run: edito login linkedin");
    }

    @Test
    void instagramRefreshesItsLongLivedTokenInItsLastWeekOnceADayOld() throws Exception {
        // a token the server knows: log in first (paste flow), then move the clock to its last week
        StringWriter out = new StringWriter();
        BufferedReader pasted = new BufferedReader(new StringReader("")) {
            @Override
            public String readLine() throws IOException {
                return authorizeRedirect(URI.create(out.toString().lines().filter(l -> l.startsWith("http"))
                        .findFirst().orElseThrow()));
            }
        };
        UnaryOperator<Map<String, Object>> https = m -> {
            m.put("redirect_uri", "https://atlas.example/cb");
            return m;
        };
        StoredLogin first = Login.run(settings("instagram", https), "instagram", ctx(),
                new Login.Options(true, url -> { }, pasted, new PrintWriter(out, true), Duration.ofSeconds(5)));
        AccessToken token = Tokens.forChannel(settings("instagram", https), ctx(), "instagram");
        assertThat(token.value()).as("55 days left: not renewed").isEqualTo(first.accessToken());

        clock.now = T0.plus(Duration.ofDays(55));
        String renewed = token.value();

        assertThat(renewed).isNotEqualTo(first.accessToken()).startsWith("long-");
        assertThat(server.log).contains("GET /refresh_access_token");
        StoredLogin stored = StoredLogin.from(new CredentialsStore(credentials, repo, "t").read(), "instagram")
                .orElseThrow();
        assertThat(stored.expiresAt()).isEqualTo(clock.now.plusSeconds(5184000));
        assertThat(stored.owner()).isEqualTo("17841400000000000");
    }

    @Test
    void noLoginAndNoTokenEnvIsAnInputErrorNamingTheCommand() {
        assertThatThrownBy(() -> Tokens.forChannel(settings("x", null), ctx(), "x"))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("channels.x.publish.token_env").hasMessageContaining("run: edito login x");
    }

    @Test
    void aCredentialsFileInsideTheRepositoryIsRefused() throws Exception {
        Path inside = repo.resolve("secrets/credentials");
        UnaryOperator<Map<String, Object>> insideRepo = m -> {
            m.put("credentials_file", inside.toString());
            return m;
        };

        assertThatThrownBy(() -> Login.run(settings("x", insideRepo), "x", ctx(),
                options(false, this::followAuthorize, "")))
                .isInstanceOf(EditoException.class).hasMessageContaining("inside the repository");
        assertThat(inside).doesNotExist();
    }

    @Test
    void aCredentialsFileOthersCanReadIsRefused() throws Exception {
        save("x", new StoredLogin("x", "some-token", null, null, null, T0, null, null));
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> Tokens.forChannel(settings("x", null), ctx(), "x"))
                .isInstanceOf(EditoException.class).hasMessageContaining("chmod 600");
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** A publish block of {@code type} pointed at the local server, the credentials file outside the repository. */
    private Settings settings(String type, UnaryOperator<Map<String, Object>> more) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("client_id_env", "EDITO_CLIENT_ID");
        m.put("client_secret_env", "EDITO_CLIENT_SECRET");
        m.put("auth_base", server.base());
        m.put("redirect_uri", "http://127.0.0.1:0/callback");
        m.put("credentials_file", credentials.toString());
        if (type.equals("threads")) {
            m.remove("redirect_uri");
        }
        if (more != null) {
            m = more.apply(m);
        }
        return new Settings(new PublishTarget(type, m));
    }

    private PublishContext ctx() {
        return new PublishContext(repo, Map.of("EDITO_CLIENT_ID", FakeAuthServer.CLIENT_ID, "EDITO_CLIENT_SECRET",
                FakeAuthServer.CLIENT_SECRET), clock, d -> { }, null, null, null);
    }

    private Login.Options options(boolean noBrowser, Login.Browser browser, String input) {
        return new Login.Options(noBrowser, browser, new BufferedReader(new StringReader(input)),
                new PrintWriter(new StringWriter()), Duration.ofSeconds(10));
    }

    private void save(String channel, StoredLogin l) {
        new CredentialsStore(credentials, repo, "t").locked(st -> {
            st.write(l.lines(channel));
            return null;
        });
    }

    /** The simulated browser: asks the authorization page, which consents at once, then follows its redirect. */
    private void followAuthorize(URI url) throws IOException {
        get(URI.create(authorizeRedirect(url)));
    }

    /** Where the authorization page redirects the browser. */
    private String authorizeRedirect(URI url) throws IOException {
        HttpResponse<String> r = get(url);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> get(URI url) throws IOException {
        try {
            return browserClient.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
