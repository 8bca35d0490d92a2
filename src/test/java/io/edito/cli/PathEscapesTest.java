package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calendar from a pull request cannot make edito read, embed, upload or print a file outside the project folder:
 * {@code ..}, absolute paths and symbolic links are refused by check, preview, publish and the loader alike.
 */
class PathEscapesTest {
    static final String SECRET = "TOP-SECRET-3f9a";

    @TempDir
    Path tmp;
    Path dir;
    Path secret;

    @BeforeEach
    void project() throws IOException {
        dir = Files.createDirectories(tmp.resolve("repo"));
        // a PNG signature then the secret: embedded as data: it would show in the page base64-encoded
        secret = tmp.resolve("secret.png");
        Files.write(secret, ("\u0089PNG\r\n\u001a\n" + SECRET).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.createDirectories(dir.resolve("assets"));
        Files.createSymbolicLink(dir.resolve("assets/link.png"), secret);
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                calendar: calendar/
                channels:
                  instagram: { handle: "atlas.air", publish: { type: outbox, dir: outbox/ } }
                """);
        Files.createDirectories(dir.resolve("calendar"));
    }

    private void post(String file) throws IOException {
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - id: p
                    at: 2026-12-01 18:30
                    status: approved
                    channels: [instagram]
                    text: "Bonjour"
                    media: [ { file: "%s", alt: "une image" } ]
                    ignore: [ { rule: media.file, reason: "the author silences the check: publish must refuse anyway" } ]
                """.formatted(file));
    }

    static Stream<String> escapes(Path secret) {
        return Stream.of("../secret.png", secret.toString(), "assets/link.png");
    }

    @Test
    void checkReportsEachEscape() throws IOException {
        for (String file : escapes(secret).toList()) {
            post(file);
            Files.writeString(dir.resolve("calendar/c.yaml"),
                    Files.readString(dir.resolve("calendar/c.yaml")).replaceAll("(?s)\\n    ignore:.*", "\n"));
            CliRun r = CliRun.of("check", dir.toString(), "--now", "2026-11-25T09:00:00Z", "--format", "json");
            assertThat(r.out()).as(file).contains("media.file").containsAnyOf("outside the project folder",
                    "absolute path");
        }
    }

    @Test
    void previewNeitherEmbedsNorLinksAFileOutside() throws IOException {
        for (String file : escapes(secret).toList()) {
            post(file);
            Path page = tmp.resolve("page.html");
            CliRun r = CliRun.of("preview", dir.toString(), "--html", page.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            String html = Files.readString(page);
            String b64 = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(secret));
            assertThat(html).as(file).doesNotContain(b64.substring(0, 16)).doesNotContain("secret.png\"")
                    .contains("not shown").contains(file + " (not shown)")
                    .as("the file exists: it is not missing").doesNotContain("(file not found)");
            CliRun text = CliRun.of("preview", dir.toString(), "--width", "100");
            assertThat(text.out()).as(file).doesNotContain(SECRET);
        }
    }

    @Test
    void publishHoldsThePostBackAndUploadsNothing() throws IOException {
        for (String file : escapes(secret).toList()) {
            post(file);
            CliRun r = CliRun.of("publish", dir.toString(), "--at", "2026-12-01T18:35:00+01:00");
            assertThat(r.exit()).as(file + ": " + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("held back p @ instagram")
                    .containsAnyOf("outside the project folder", "is an absolute path");
            assertThat(dir.resolve("outbox/p--instagram.json")).doesNotExist();
        }
    }

    @Test
    void calendarAndCharterPathsOfEditoYamlStayInside() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                calendar: [calendar/, ../, /etc]
                charter: ../charter.yaml
                channels:
                  instagram: { handle: "atlas.air" }
                """);
        post("assets/none.png");
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("calendar path ../ leads outside the project folder")
                .contains("calendar path /etc is an absolute path")
                .contains("charter path ../charter.yaml leads outside the project folder");
    }

    @Test
    void yamlNamesThatAreNoFileAreSaidAndAnUppercaseExtensionIsRead() throws Exception {
        post("assets/none.png");
        Files.writeString(dir.resolve("calendar/Windows.YAML"), """
                posts:
                  - id: upper
                    at: 2026-12-02 18:30
                    channels: [instagram]
                    text: "Salut"
                """);
        Files.createSymbolicLink(dir.resolve("calendar/gone.yaml"), dir.resolve("calendar/deleted.yaml"));
        Files.createSymbolicLink(dir.resolve("calendar/loop1.yaml"), Path.of("loop2.yaml"));
        Files.createSymbolicLink(dir.resolve("calendar/loop2.yaml"), Path.of("loop1.yaml"));
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("calendar/pipe.yml").toString()).start().waitFor() == 0;
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.out()).contains("2 posts in 2 files")
                .contains("gone.yaml: warning: is a symbolic link to nothing (-> " + dir.resolve("calendar/deleted.yaml")
                        + "): not read")
                .contains("loop1.yaml: warning: is a loop of symbolic links: not read");
        // named on the command line: an error that says what the name is (it said "no such file or folder")
        CliRun named = CliRun.of("validate", dir.resolve("calendar/loop1.yaml").toString());
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err() + named.out()).contains("loop1.yaml: is a loop of symbolic links");
        if (fifo) {
            assertThat(r.out()).contains("pipe.yml: warning: is not a regular file (a pipe, a device or a socket): not read");
        }
        assertThat(r.exit()).as("warnings, not errors").isZero();
    }

    @Test
    void aCalendarFileLinkedToAFileOutsideIsNotRead() throws IOException {
        post("assets/none.png");
        Path foreign = tmp.resolve("credentials.yaml");
        Files.writeString(foreign, "token: " + SECRET + "\n: broken yaml [\n");
        Files.createSymbolicLink(dir.resolve("calendar/zz.yaml"), foreign);
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("zz.yaml: error: is a symbolic link to a place outside the calendar folder")
                .doesNotContain(SECRET);
        assertThat(r.err()).doesNotContain(SECRET);
    }

    @Test
    void aBrandWithoutLanguagesIsCheckedPreviewedAndPublished() throws IOException {
        // regression: a post without a language (no lang:, no brand languages) crashed the alt-text rule (NPE)
        Files.writeString(dir.resolve("assets/ok.png"), "not really a png");
        post("assets/ok.png");
        Files.writeString(dir.resolve("calendar/c.yaml"), Files.readString(dir.resolve("calendar/c.yaml"))
                .replace(", alt: \"une image\"", ""));
        Files.writeString(dir.resolve("charter.yaml"), "media: { alt_required: true }\n");
        Files.writeString(dir.resolve("edito.yaml"), Files.readString(dir.resolve("edito.yaml"))
                .replace("calendar: calendar/", "calendar: calendar/\ncharter: charter.yaml"));
        CliRun check = CliRun.of("check", dir.toString(), "--now", "2026-11-25T09:00:00Z");
        assertThat(check.exit()).as(check.err()).isEqualTo(1);
        assertThat(check.out()).contains("media.alt_required").contains("assets/ok.png has no alt text");
        assertThat(CliRun.of("preview", dir.toString(), "--width", "80").exit()).isZero();
    }
}
