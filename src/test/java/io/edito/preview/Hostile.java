package io.edito.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project whose calendar tries to run script in the preview page, in every place user text reaches it. */
final class Hostile {
    static final String TITLE_PAYLOAD = "PWNED";
    static final String MARKER = "pwned-marker";
    /** Sets the title and adds an element: either one in the dumped DOM means a payload ran. */
    static final String JS = "document.title='" + TITLE_PAYLOAD + "';document.body.appendChild(document.createElement('"
            + MARKER + "'))";

    private Hostile() {
    }

    static Path project(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve("assets"));
        Files.copy(Path.of("src/test/resources/preview/project/assets/lantern.png"), dir.resolve("assets/lantern.png"));
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: evil
                name: "<script>%1$s</script>"
                timezone: Europe/Paris
                languages: [en, ar]
                calendar: calendar/
                channels:
                  x: { handle: "@x\\"><img src=x onerror=\\"%1$s\\">" }
                  instagram: { handle: "<svg onload=\\"%1$s\\">", name: "</title><script>%1$s</script>" }
                  mastodon: { handle: "@m@m.example" }
                  linkedin: { handle: "li" }
                """.formatted(JS.replace("\"", "\\\"")));
        Files.writeString(dir.resolve("calendar/posts.yaml"), """
                posts:
                  - id: hostile-post
                    at: 2026-12-01 18:30
                    channels: [x, instagram, mastodon, linkedin]
                    status: approved
                    lang: en
                    content_warning: "<script>%1$s</script>"
                    text: |
                      Hello <script>%1$s</script> and <img src=x onerror="%1$s"> there.

                      [click me](javascript:%1$s) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
                      <a href="javascript:%1$s">raw link</a> ![pixel](https://tracker.example/p.png)
                      <iframe src="javascript:%1$s"></iframe> #tag @someone https://ok.example/path?a=1&b="2"
                    link: "javascript:%1$s"
                    first_comment: "<style>body{display:none}</style><script>%1$s</script>"
                    thread: ["<object data=javascript:%1$s></object>"]
                    media:
                      - file: assets/lantern.png
                        alt: "\\"><script>%1$s</script>"
                    translations:
                      ar:
                        text: "مرحبا <script>%1$s</script> بالعالم"
                """.formatted(JS));
        return dir;
    }
}
