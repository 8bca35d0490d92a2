package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card shows what goes out on its account: the alt texts of its language, a title where there is one. */
class PreviewTruthTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr, ar]
                calendar: calendar/
                channels:
                  x: { handle: "@atlasair" }
                  x-ar: { network: x, handle: "@atlasair_ar", lang: ar }
                  linkedin: { handle: "atlas-air" }
                  youtube: { handle: "@atlasair" }
                  bluesky: { handle: "atlas.example" }
                  facebook: { handle: "AtlasAir" }
                  instagram: { handle: "atlas.air" }
                  instagram-fr: { network: instagram, handle: "atlas.air.fr", lang: fr }
                """);
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve("assets"));
        for (String name : new String[] {"a.jpg", "b.jpg"}) {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1080, 1080,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            javax.imageio.ImageIO.write(img, "jpeg", dir.resolve("assets/" + name).toFile());
        }
    }

    private CliRun preview(String posts, String... args) throws IOException {
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + posts);
        String[] all = new String[args.length + 4];
        all[0] = "preview";
        all[1] = dir.toString();
        all[2] = "--color";
        all[3] = "never";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    @Test
    void aTranslationWithoutItsOwnAltTextShowsNone() throws IOException {
        // the Arabic card showed the French alt text while check said it had none (and publish held it back)
        String post = """
                  - id: photo
                    at: 2027-01-05 10:00
                    status: approved
                    channels: [x, x-ar]
                    text: "Bonjour"
                    media: [ { file: assets/a.jpg, alt: "Un avion au-dessus de l'Atlas" } ]
                    translations:
                      ar: { text: "مرحبا" }
                """;
        CliRun r = preview(post, "--width", "100");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().split("Un avion au-dessus de l'Atlas", -1)).hasSize(2); // the French card only
        assertThat(r.out()).contains("no alt text");
        CliRun given = preview(post.replace("ar: { text: \"مرحبا\" }",
                "ar: { text: \"مرحبا\", media: [ { alt: \"طائرة فوق الأطلس\" } ] }"), "--width", "100");
        assertThat(given.out()).contains("طائرة فوق الأطلس").doesNotContain("no alt text");
    }

    @Test
    void langArShowsTheArabicInLatinLettersToo() throws IOException {
        String post = """
                  - id: darija
                    at: 2027-01-05 10:00
                    status: approved
                    channels: [x]
                    text: "Bonjour"
                    translations:
                      ar-Latn: { text: "Salam khouya, labas?" }
                """;
        CliRun r = preview(post, "--lang", "ar");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Salam khouya, labas?").doesNotContain("Bonjour");
    }

    @Test
    void aTitleShowsWhereTheNetworkShowsOne() throws IOException {
        String post = """
                  - id: titled
                    at: 2027-01-05 10:00
                    status: approved
                    channels: [x, linkedin, youtube]
                    title: "Un titre"
                    text: "Notre nouvelle ligne"
                    link: https://atlas.example/lignes
                """;
        CliRun r = preview(post, "--width", "80");
        assertThat(r.exit()).as(r.err()).isZero();
        // on X it does not go out: the card showed it as a heading; on LinkedIn it is the article card's title;
        // YouTube shows it (a video's title)
        java.util.Map<String, String> cards = new java.util.HashMap<>();
        for (String card : r.out().split("╭─ ")) {
            cards.put(card.substring(0, card.indexOf(' ') < 0 ? 0 : card.indexOf(' ')), card);
        }
        assertThat(cards.get("X")).contains("Notre nouvelle ligne").doesNotContain("Un titre");
        assertThat(cards.get("LinkedIn")).containsSubsequence("Notre nouvelle ligne", "Un titre",
                "link: https://atlas.example/lignes");
        assertThat(cards.get("YouTube")).containsSubsequence("Un titre", "Notre nouvelle ligne");
        // Bluesky's card takes the calendar's title; a Facebook video has its title, a Facebook photo none
        CliRun sky = preview(post.replace("channels: [x, linkedin, youtube]", "channels: [bluesky]"), "--width", "80");
        assertThat(sky.out()).containsSubsequence("Notre nouvelle ligne", "Un titre", "link: https://atlas.example/lignes");
        Files.write(dir.resolve("assets/v.mp4"), new byte[] {0, 0, 0, 16, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});
        String video = post.replace("channels: [x, linkedin, youtube]", "channels: [facebook]")
                .replace("    link: https://atlas.example/lignes\n", "    media: [ { file: assets/v.mp4 } ]\n");
        assertThat(preview(video, "--width", "80").out()).containsSubsequence("Un titre", "Notre nouvelle ligne");
        String photo = video.replace("assets/v.mp4 }", "assets/a.jpg, alt: \"Un avion\" }");
        assertThat(preview(photo, "--width", "80").out()).contains("Notre nouvelle ligne").doesNotContain("Un titre");
    }

    @Test
    void twoAccountsOfOneNetworkHaveTheirOwnCarouselIdsAndAFoldLabelStaysWhole() throws IOException {
        String post = """
                  - id: carousel
                    at: 2027-01-05 10:00
                    status: approved
                    channels: [instagram, instagram-fr]
                    text: "%s"
                    media:
                      - { file: assets/a.jpg, alt: "Un avion" }
                      - { file: assets/b.jpg, alt: "Une cabine" }
                    translations:
                      ar: { text: "%s", media: [ { alt: "طائرة" }, { alt: "مقصورة" } ] }
                """.formatted("Bonjour ".repeat(40).strip(), "مرحبا ".repeat(40).strip());
        Path page = dir.resolve("page.html");
        CliRun r = preview(post, "--html", page.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(page);
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (m.find()) {
            count++;
            assertThat(ids.add(m.group(1))).as("id %s once", m.group(1)).isTrue();
        }
        assertThat(count).isGreaterThan(4);
        assertThat(html).contains("<summary dir=\"ltr\">");
    }
}
