package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edito login --status}, {@code edito login}'s usage errors and the warnings of {@code edito due}. */
class LoginCommandTest {
    static final String ACCESS = "AAAA-secret-access-token";
    static final String REFRESH = "RRRR-secret-refresh-token";
    static final String LI_ACCESS = "LLLL-secret-linkedin-token";

    @TempDir
    Path tmp;
    Path repo;
    Path credentials;

    @BeforeEach
    void setUp() throws IOException {
        repo = Files.createDirectories(tmp.resolve("repo"));
        credentials = tmp.resolve("secrets/credentials");
        Files.createDirectories(credentials.getParent());
        Instant now = Instant.now();
        Files.writeString(credentials, "# kept\nedito.login.x.network=x\nedito.login.x.access_token=" + ACCESS
                + "\nedito.login.x.refresh_token=" + REFRESH + "\nedito.login.x.expires_at=" + now.plusSeconds(5400)
                + "\nedito.login.x.scopes=tweet.read tweet.write offline.access\nedito.login.x.owner=@atlasair\n"
                + "edito.login.linkedin.network=linkedin\nedito.login.linkedin.access_token=" + LI_ACCESS
                + "\nedito.login.linkedin.expires_at=" + now.plus(Duration.ofDays(3)).plusSeconds(3600)
                + "\nedito.login.linkedin.owner=Atlas Air\nedito.login.linkedin.scopes=openid profile w_member_social\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        String cf = ", credentials_file: \"" + credentials + "\"";
        Files.writeString(repo.resolve("edito.yaml"), "brand: atlas-air\ntimezone: UTC\nlanguages: [fr]\n"
                + "calendar: calendar/\nchannels:\n"
                + "  x: { handle: \"@atlasair\", publish: { type: x, client_id_env: EDITO_X_CLIENT_ID" + cf + " } }\n"
                + "  linkedin: { handle: atlas-air, publish: { type: linkedin, client_id_env: A, client_secret_env: B"
                + cf + " } }\n"
                + "  facebook: { handle: AtlasAir, publish: { type: facebook, page_id: \"100000000000000\", "
                + "token_env: EDITO_FB_PAGE_TOKEN } }\n"
                + "  instagram: { handle: atlas.air, publish: { type: instagram, client_id_env: A, client_secret_env: B"
                + ", redirect_uri: \"https://atlas.example/cb\"" + cf + " } }\n"
                + "  mastodon: { handle: \"@atlas@mastodon.social\", publish: { type: webhook, url: \"https://hooks.example/x\" } }\n");
        Files.createDirectories(repo.resolve("calendar"));
        Files.writeString(repo.resolve("calendar/c.yaml"), "posts:\n"
                + "  - id: launch\n    at: 2026-12-01 10:00\n    status: approved\n    channels: [linkedin, instagram]\n"
                + "    text: \"Nouvelle ligne Casablanca - Montreal\"\n");
    }

    @Test
    void statusTellsEveryChannelsTokenSourceOwnerScopesAndExpiryWithoutASecret() {
        CliRun r = CliRun.of("--config", repo.resolve("edito.yaml").toString(), "login", "--status");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("x (atlas-air, x): login, owner @atlasair, scopes tweet.read tweet.write "
                + "offline.access, expires ").contains(" min), renewed with its refresh token")
                .contains("linkedin (atlas-air, linkedin): login, owner Atlas Air").contains("(in 3 days)")
                .contains("facebook (atlas-air, facebook): token_env EDITO_FB_PAGE_TOKEN")
                .contains("instagram (atlas-air, instagram): no token: run edito login instagram")
                .contains("mastodon (atlas-air, webhook): not an OAuth login: its secrets are named in its publish settings");
        assertThat(r.out() + r.err()).doesNotContain(ACCESS).doesNotContain(REFRESH).doesNotContain(LI_ACCESS);
    }

    @Test
    void statusTellsALoginWhoseRefreshTokenHasEnded() throws IOException {
        // it said "renewed with its refresh token until" a day already past, nothing about logging in again
        Files.writeString(credentials, Files.readString(credentials) + "edito.login.x.refresh_expires_at="
                + Instant.now().minus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\n");
        CliRun r = CliRun.of("--config", repo.resolve("edito.yaml").toString(), "login", "--status");
        assertThat(r.out()).containsPattern("x \\(atlas-air, x\\): login, .*, its refresh token expired \\S+Z: the login has "
                + "ended; run edito login x\n");
    }

    @Test
    void statusTellsTimesInTheBrandsZone() throws IOException {
        // a CM in Paris read "expires 2026-12-06T16:30:00Z" and had to work out the hour
        Path cfg = repo.resolve("edito.yaml");
        Files.writeString(cfg, Files.readString(cfg).replace("timezone: UTC", "timezone: Europe/Paris"));
        CliRun r = CliRun.of("--config", cfg.toString(), "login", "--status");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("linkedin \\(atlas-air, linkedin\\): .*expires \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"
                + ":\\d\\d\\+0[12]:00 \\(in 3 days\\)");
        assertThat(LoginCommand.local(java.time.Instant.parse("2027-02-04T10:00:00Z"), java.time.ZoneId.of("Europe/Paris")))
                .isEqualTo("2027-02-04T11:00:00+01:00");
        // JSON keeps instants
        CliRun json = CliRun.of("--config", cfg.toString(), "login", "--status", "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).get("channels").get(1).get("expires_at").asText()).endsWith("Z");
    }

    @Test
    void statusInJson() throws IOException {
        CliRun r = CliRun.of("--config", repo.resolve("edito.yaml").toString(), "login", "--status", "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode channels = new ObjectMapper().readTree(r.out()).get("channels");
        assertThat(channels).hasSize(5);
        JsonNode li = channels.get(1);
        assertThat(li.get("channel").asText()).isEqualTo("linkedin");
        assertThat(li.get("token").asText()).isEqualTo("login");
        assertThat(li.get("refreshable").asBoolean()).isFalse();
        assertThat(li.get("login_ends_in_days").asLong()).isEqualTo(3);
        assertThat(channels.get(0).has("login_ends_at")).as("an X login with a refresh token of unknown life has no "
                + "known end").isFalse();
        assertThat(r.out()).doesNotContain(ACCESS).doesNotContain(REFRESH).doesNotContain(LI_ACCESS);
    }

    @Test
    void dueWarnsAboutALoginThatEndsWithinAWeekAndAChannelWithNoToken() throws IOException {
        Files.writeString(credentials, Files.readString(credentials).replaceAll("linkedin.expires_at=.*",
                "linkedin.expires_at=2026-12-04T11:00:00Z"));
        CliRun r = CliRun.of("--config", repo.resolve("edito.yaml").toString(), "due", "--at",
                "2026-12-01T10:05:00Z");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("launch @ linkedin");
        assertThat(r.err()).contains("warning: the login of channel linkedin (linkedin) ends in 3 days")
                .contains("run: edito login linkedin")
                .contains("warning: channel instagram has posts due and no token: run: edito login instagram")
                .doesNotContain("channel x ").doesNotContain(LI_ACCESS);
    }

    @Test
    void aChannelWithoutPublishSettingsOrUnknownIsAnInputError() {
        CliRun r = CliRun.of("--config", repo.resolve("edito.yaml").toString(), "login", "tiktok");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no channel 'tiktok' with publish settings")
                .contains("channels: x, linkedin, facebook, instagram, mastodon");
    }

    @Test
    void aCredentialsFileOthersMayReadIsRefusedBeforeTheCodeIsAskedFor() throws IOException {
        // the code can be exchanged once: refused after the exchange, its tokens (X's single-use refresh) were lost
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun r = CliRun.of("--config", repo.resolve("edito.yaml").toString(), "login", "x", "--no-browser");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("readable or writable by group or others");
        assertThat(r.out()).doesNotContain("Open this URL");
    }

    @Test
    void aTypeWithoutLoginIsRefusedWithOneLine() {
        CliRun r = CliRun.of("--config", repo.resolve("edito.yaml").toString(), "login", "mastodon");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err().strip()).contains("publishes with type webhook").doesNotContain("\n");
    }
}
