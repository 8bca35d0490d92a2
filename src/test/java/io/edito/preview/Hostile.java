package io.edito.preview;

import io.edito.browser.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project whose calendar tries to run script in the preview page, in every place user text reaches it. */
final class Hostile {
    static final String TITLE_PAYLOAD = Chromium.TITLE_PAYLOAD;
    static final String MARKER = Chromium.MARKER;
    /** Sets the title and adds an element: either one in the dumped DOM means a payload ran. */
    static final String JS = Chromium.JS;

    private Hostile() {
    }

    static Path project(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve("assets"));
        Files.copy(Path.of("src/test/resources/preview/project/assets/lantern.png"), dir.resolve("assets/lantern.png"));
        // a file whose name is markup: shown by name, linked or embedded, it must stay text
        Files.copy(Path.of("src/test/resources/preview/project/assets/lantern.png"),
                dir.resolve("assets/\"><img src=x onerror=" + JS + ">.png"));
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
                    campaign: "<script>%1$s</script>"
                    media:
                      - file: assets/lantern.png
                        alt: "\\"><script>%1$s</script>"
                      - file: "assets/\\"><img src=x onerror=%1$s>.png"
                        alt: "a file name that is markup"
                    translations:
                      ar:
                        text: "مرحبا <script>%1$s</script> بالعالم"
                """.formatted(JS));
        return dir;
    }
}
