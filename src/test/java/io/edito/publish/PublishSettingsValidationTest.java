package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate and check judge every channel's publish: block at its file:line:column, with the very messages publish
 * gives: a typo is caught the day it is written, not at the next cron run.
 */
class PublishSettingsValidationTest {
    @TempDir
    Path dir;
    Path config;

    @BeforeEach
    void project() throws IOException {
        config = dir.resolve("edito.yaml");
        Files.writeString(config, """
                brand: bakery
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                channels:
                  linkedin:
                    publish: { type: webhok, url: "https://hooks.example/edito" }
                  facebook:
                    publish: { type: webhook, url: "http://hooks.example/edito" }
                  mastodon:
                    publish:
                      type: mastodon
                      token_env: EDITO_MASTODON_TOKEN
                  threads:
                    publish: { type: outbox, dir: outbox/, folder: x }
                  x:
                    publish: { type: webhook, url: "http://127.0.0.1:9/hook", secret_env: EDITO_SECRET }
                  bluesky:
                    publish: { type: bluesky, identifier: bakery.example, password_env: "hunter2 secret" }
                """);
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - id: p1
                    at: 2026-12-01 10:00
                    status: approved
                    channels: [linkedin, facebook, mastodon, threads, x, bluesky]
                    text: Bonjour
                """);
    }

    private static final List<String> EXPECTED = List.of(
            ":7:22: error: channels.linkedin.publish.type: unknown publish type 'webhok' (did you mean 'webhook'?)",
            ":9:36: error: channels.facebook.publish.url: 'http://hooks.example/edito' uses plain http; use https",
            ":12:7: error: channels.mastodon.publish.instance: missing (required for a mastodon publisher)",
            ":15:44: error: channels.threads.publish.folder: unknown key for a outbox publisher",
            ":19:73: error: channels.bluesky.publish.password_env: must name an environment variable");

    @Test
    void validateReportsEveryPublishBlockAtItsPosition() {
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        List<String> errors = r.out().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(errors).hasSize(EXPECTED.size());
        for (int i = 0; i < EXPECTED.size(); i++) {
            assertThat(errors.get(i)).startsWith(config + EXPECTED.get(i));
        }
        // the webhook to 127.0.0.1 over http is fine, and its unset secret is not read by validate
        assertThat(r.out()).doesNotContain("channels.x.").doesNotContain("EDITO_SECRET");
    }

    @Test
    void checkStopsOnThemWithExit2() {
        CliRun r = CliRun.of("check", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(config + EXPECTED.get(0)).contains(config + EXPECTED.get(1))
                .contains("5 errors in the publish: settings of edito.yaml");
    }

    @Test
    void publishGivesTheSameMessageAtTheSamePlace() {
        for (int i = 0; i < EXPECTED.size(); i++) {
            String channel = EXPECTED.get(i).replaceAll(".*channels\\.([a-z]+)\\..*", "$1");
            CliRun pub = CliRun.of("publish", dir.toString(), "--dry-run", "--at", "2026-12-01T09:05:00Z",
                    "--channel", channel);
            assertThat(pub.exit()).as(channel).isEqualTo(2);
            // a dry run judges every publish block first, as validate does (it said nothing of a broken block on a
            // day when nothing was due), in validate's own words
            assertThat(pub.err()).as(channel).contains(config + EXPECTED.get(i));
        }
    }

    @Test
    void theGeneratedProjectAndTheExampleHaveValidPublishBlocks() {
        assertThat(CliRun.of("validate", Path.of("examples/atlas-air").toString()).exit()).isZero();
    }

    @Test
    void validateTellsAFacebookBlocksWrongKeysAtTheirPlace() throws IOException {
        Files.writeString(config, """
                brand: bakery
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                channels:
                  facebook:
                    publish: { type: facebook, page_id: "Bakery", token_env: EDITO_FB_PAGE_TOKEN }
                  linkedin:
                    publish: { type: facebook, page_id: "1", token_env: EDITO_FB_PAGE_TOKEN, pageid: "2" }
                  x:
                    publish: { type: facebook, page_id: 1, token_env: EDITO_FB_PAGE_TOKEN, api_base: "http://graph.example.com/v27.0" }
                  threads:
                    publish: { type: facebook, token_env: EDITO_FB_PAGE_TOKEN }
                  mastodon:
                    publish: { type: facebook, page_id: "100000000000000", token_env: EDITO_FB_PAGE_TOKEN }
                """);
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        List<String> errors = r.out().lines().filter(l -> l.startsWith(config.toString()) && l.contains(": error: "))
                .toList();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith(config + ":7:41: error: channels.facebook.publish.page_id: 'Bakery' is "
                + "not a Page id");
        assertThat(errors.get(1)).startsWith(config + ":9:78: error: channels.linkedin.publish.pageid: unknown key "
                + "for a facebook publisher (did you mean 'page_id'?)");
        assertThat(errors.get(2)).startsWith(config + ":11:").contains("channels.x.publish.api_base: "
                + "'http://graph.example.com/v27.0' uses plain http; use https");
        assertThat(errors.get(3)).startsWith(config + ":13:").contains("channels.threads.publish.page_id: missing "
                + "(required for a facebook publisher)");
        // the unset token is not read by validate
        assertThat(r.out()).doesNotContain("channels.mastodon.").doesNotContain("is not set");
    }

    @Test
    void validateTellsALinkedInBlocksWrongKeysAtTheirPlace() throws IOException {
        Files.writeString(config, """
                brand: bakery
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                channels:
                  linkedin:
                    publish: { type: linkedin, author: "bakery", token_env: EDITO_LINKEDIN_TOKEN }
                  facebook:
                    publish: { type: linkedin, author: "urn:li:person:ab1", token_env: EDITO_LINKEDIN_TOKEN, version: 2026 }
                  x:
                    publish: { type: linkdin, author: "urn:li:organization:1", token_env: EDITO_LINKEDIN_TOKEN }
                  mastodon:
                    publish: { type: linkedin, author: "urn:li:organization:2414183", token_env: EDITO_LINKEDIN_TOKEN }
                """);
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        List<String> errors = r.out().lines().filter(l -> l.startsWith(config.toString()) && l.contains(": error: "))
                .toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith(config + ":7:").contains("channels.linkedin.publish.author: 'bakery' is "
                + "not an author URN");
        assertThat(errors.get(1)).startsWith(config + ":9:").contains("channels.facebook.publish.version: '2026' is "
                + "not a LinkedIn-Version: YYYYMM");
        assertThat(errors.get(2)).startsWith(config + ":11:").contains("unknown publish type 'linkdin'")
                .contains("did you mean 'linkedin'");
        assertThat(r.out()).doesNotContain("channels.mastodon.");
    }
}
