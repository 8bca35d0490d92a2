package io.edito.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edito.cli.CliRun;
import io.edito.media.VideoHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** media.required on networks that take no text-only post, and videos checked to be videos of an allowed length. */
class MediaNeedsAndVideoTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: dar-lkhobz
                timezone: Africa/Casablanca
                languages: [fr]
                calendar: calendar/
                channels:
                  x: { handle: "@darlkhobz" }
                  instagram: { handle: "dar.lkhobz" }
                  tiktok: { handle: "@dar.lkhobz" }
                  facebook: { handle: "DarLkhobz" }
                  youtube: { handle: "@darlkhobz" }
                  mastodon: { handle: "@darlkhobz@mastodon.example" }
                  threads: { handle: "dar.lkhobz" }
                  linkedin: { handle: "dar-lkhobz" }
                """);
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve("assets"));
    }

    /** An MP4 as cameras write it: ftyp, then mdat, then moov with its mvhd (version 0 or 1). */
    static byte[] mp4(long timescale, long duration, int version, int payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        box(out, "ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1));
        box(out, "mdat", new byte[payload]);
        ByteBuffer mvhd = ByteBuffer.allocate(version == 1 ? 112 : 100);
        mvhd.put((byte) version).put(new byte[3]);
        if (version == 1) {
            mvhd.putLong(0).putLong(0).putInt((int) timescale).putLong(duration);
        } else {
            mvhd.putInt(0).putInt(0).putInt((int) timescale).putInt((int) duration);
        }
        ByteArrayOutputStream moov = new ByteArrayOutputStream();
        box(moov, "mvhd", mvhd.array());
        box(out, "moov", moov.toByteArray());
        return out.toByteArray();
    }

    private static void box(ByteArrayOutputStream out, String type, byte[] body) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(8 + body.length).array());
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
    }

    private JsonNode check(String post) throws IOException {
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + post);
        CliRun r = CliRun.of("check", dir.toString(), "--format", "json", "--now", "2026-11-25T09:00:00Z");
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> findings(JsonNode result, String rule) {
        List<String> out = new ArrayList<>();
        result.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals(rule)) {
                out.add(f.get("channel").asText() + " " + f.get("line").asInt() + ":" + f.get("column").asInt() + " "
                        + f.get("message").asText());
            }
        });
        return out;
    }

    private static String post(String channels, String status, String media) {
        return "  - id: p1\n    at: 2026-12-01 12:00\n    status: " + status + "\n    channels: [" + channels + "]\n"
                + "    text: \"Du pain frais chaque matin\"\n" + media;
    }

    @Test
    void instagramAndTiktokNeedMedia() throws IOException {
        JsonNode r = check(post("x, instagram, tiktok, facebook", "approved", ""));
        assertThat(findings(r, "media.required")).containsExactlyInAnyOrder(
                "instagram 6:11 Instagram needs an image or a video: a post without media cannot go out there",
                "tiktok 6:11 TikTok needs an image or a video: a post without media cannot go out there");
        assertThat(r.get("summary").get("errors").asInt()).isEqualTo(2);
        Files.write(dir.resolve("assets/pain.mp4"), mp4(1000, 20_000, 0, 64));
        JsonNode with = check(post("x, instagram, tiktok", "approved", "    media: [ { file: assets/pain.mp4 } ]\n"));
        assertThat(findings(with, "media.required")).isEmpty();
        assertThat(findings(check(post("instagram", "draft", "")), "media.required")).as("a draft is unfinished").isEmpty();
    }

    @Test
    void mediaItemsAreCountedWithTheirVideosAndAVideoGoesAloneWhereTheNetworkSaysSo() throws IOException {
        // only images were counted: 4 images and a video went to X unsaid (X: 4 photos, or 1 GIF, or 1 video)
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1080, 1080, java.awt.image.BufferedImage.TYPE_INT_RGB);
        StringBuilder eleven = new StringBuilder("    media:\n");
        for (int i = 1; i <= 10; i++) {
            javax.imageio.ImageIO.write(img, "png", dir.resolve("assets/p" + i + ".png").toFile());
            eleven.append("      - { file: assets/p").append(i).append(".png, alt: \"Du pain frais numéro ").append(i).append("\" }\n");
        }
        Files.write(dir.resolve("assets/pain.mp4"), mp4(1000, 20_000, 0, 64));
        eleven.append("      - { file: assets/pain.mp4 }\n");
        JsonNode r = check(post("instagram", "approved", eleven.toString()));
        assertThat(findings(r, "media.count")).containsExactly(
                "instagram 8:9 11 media items (10 images, 1 video), Instagram accepts at most 10 in one post");
        // eleven images in a post with a translation: one finding (the second language added the other count)
        String images = eleven.toString().replace("      - { file: assets/pain.mp4 }\n", "      - { file: assets/p1.png, alt: \"Du pain\" }\n");
        JsonNode both = check(post("instagram", "approved", images + "    translations:\n      en: { text: \"Fresh bread\" }\n"));
        assertThat(findings(both, "media.count")).containsExactly("instagram 8:9 11 images, Instagram accepts at most 10");
        String fourAndVideo = "    media:\n" + eleven.toString().lines().skip(1).limit(4).map(l -> l + "\n")
                .reduce("", String::concat) + "      - { file: assets/pain.mp4 }\n";
        // Threads takes images and videos together in a carousel of up to 20
        JsonNode x = check(post("x, mastodon, threads", "approved", fourAndVideo));
        assertThat(findings(x, "media.count")).containsExactlyInAnyOrder(
                "x 8:9 5 media items (4 images, 1 video), X accepts at most 4 in one post",
                "x 8:9 5 media items (4 images, 1 video): on X a video goes alone, without any other image or video",
                "mastodon 8:9 5 media items (4 images, 1 video), Mastodon accepts at most 4 in one post",
                "mastodon 8:9 5 media items (4 images, 1 video): on Mastodon a video goes alone, without any other image or video");
        assertThat(findings(check(post("x", "approved", "    media: [ { file: assets/pain.mp4 } ]\n")), "media.count")).isEmpty();
        // X takes videos of 0.5 s and more (a decimal minimum)
        Files.write(dir.resolve("assets/blink.mp4"), mp4(1000, 400, 0, 64));
        assertThat(findings(check(post("x, facebook", "approved", "    media: [ { file: assets/blink.mp4 } ]\n")),
                "media.video_length")).containsExactly("x 7:14 assets/blink.mp4 lasts 0:00.4, shorter than X's minimum of 0:00.5");
        // a YouTube post is a video: an image alone cannot go out there
        JsonNode yt = check(post("youtube", "approved", "    media: [ { file: assets/p1.png, alt: \"Du pain frais\" } ]\n"));
        assertThat(findings(yt, "media.required")).containsExactly(
                "youtube 7:14 YouTube posts are videos: this one has 1 image");
        assertThat(findings(check(post("youtube", "approved", "    media: [ { file: assets/pain.mp4 } ]\n")),
                "media.required")).isEmpty();
    }

    @Test
    void aVideoCutShortWithoutItsMovieHeaderOrAStillImageIsTold() throws IOException {
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        box(cut, "ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1));
        cut.writeBytes(ByteBuffer.allocate(8).putInt(10_000_000).put("mdat".getBytes(StandardCharsets.ISO_8859_1)).array());
        cut.writeBytes(new byte[100]);
        Files.write(dir.resolve("assets/cut.mp4"), cut.toByteArray());
        ByteArrayOutputStream noMoov = new ByteArrayOutputStream();
        box(noMoov, "ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1));
        box(noMoov, "mdat", new byte[64]);
        Files.write(dir.resolve("assets/nomoov.mp4"), noMoov.toByteArray());
        ByteArrayOutputStream heic = new ByteArrayOutputStream();
        box(heic, "ftyp", "heic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("assets/photo.mp4"), heic.toByteArray());
        Files.write(dir.resolve("assets/pain.mp4"), mp4(1000, 20_000, 0, 64));
        Files.copy(dir.resolve("assets/cut.mp4"), dir.resolve("assets/cut-still"));
        Files.copy(dir.resolve("assets/photo.mp4"), dir.resolve("assets/heic-still"));
        JsonNode r = check(post("facebook", "approved", "    media:\n      - { file: assets/cut.mp4 }\n"
                + "      - { file: assets/nomoov.mp4 }\n      - { file: assets/photo.mp4 }\n"
                + "      - { file: assets/pain.mp4, type: image }\n      - { file: assets/cut-still, type: image }\n"
                + "      - { file: assets/heic-still, type: image }\n"));
        // a web video has its 'moov' first: cut in its 'mdat', it was taken as whole
        ByteArrayOutputStream webCut = new ByteArrayOutputStream();
        byte[] whole = mp4(1000, 20_000, 0, 0);
        int ftyp = 28;
        int mdat = 8;
        webCut.write(whole, 0, ftyp);
        webCut.write(whole, ftyp + mdat, whole.length - ftyp - mdat); // moov
        webCut.writeBytes(ByteBuffer.allocate(8).putInt(5_000).put("mdat".getBytes(StandardCharsets.ISO_8859_1)).array());
        webCut.writeBytes(new byte[200]);
        Files.write(dir.resolve("assets/web.mp4"), webCut.toByteArray());
        assertThat(findings(check(post("facebook", "approved", "    media: [ { file: assets/web.mp4 } ]\n")), "media.file"))
                .singleElement().asString().contains("assets/web.mp4 is cut short: its 'mdat' box needs");
        assertThat(findings(r, "media.file")).containsExactly(
                "facebook 8:9 assets/cut.mp4 is cut short: its 'mdat' box needs 10000028 bytes, the file has 136 (a "
                        + "download or a copy that did not finish)",
                "facebook 9:9 assets/nomoov.mp4 has no movie header ('moov' box): it cannot play (cut short, or still "
                        + "being written)",
                "facebook 10:9 assets/photo.mp4 is a HEIF/AVIF still image (its 'ftyp' brand is 'heic'), not a video",
                "facebook 11:9 assets/pain.mp4 is a video, but its entry says type: image",
                // a cut video said to be an image is no image either (it said nothing); a HEIC is one
                "facebook 12:9 assets/cut-still is a video (it is cut short: its 'mdat' box needs 10000028 bytes, the "
                        + "file has 136 (a download or a copy that did not finish)), but its entry says type: image");
    }

    @Test
    void aFileNamedAsAVideoMustBeOne() throws IOException {
        Files.writeString(dir.resolve("assets/clip.mp4"), "not a video at all");
        JsonNode r = check(post("tiktok", "approved", "    media: [ { file: assets/clip.mp4 } ]\n"));
        assertThat(findings(r, "media.file")).containsExactly("tiktok 7:14 assets/clip.mp4 is not a readable video: "
                + "its header is not that of an MP4, MOV, WebM, Matroska or AVI file");
        Files.write(dir.resolve("assets/clip.webm"), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 0, 0, 0, 0});
        assertThat(findings(check(post("tiktok", "approved", "    media: [ { file: assets/clip.webm } ]\n")),
                "media.file")).isEmpty();
    }

    @Test
    void theLengthTheMp4StatesIsCheckedPerNetwork() throws IOException {
        // 151.5 s: over X's 140 s, within Instagram's 15 min and TikTok's 10 min
        Files.write(dir.resolve("assets/tour.mp4"), mp4(90_000, 13_635_000, 0, 128));
        JsonNode r = check(post("x, instagram, tiktok", "approved", "    media: [ { file: assets/tour.mp4 } ]\n"));
        assertThat(findings(r, "media.video_length")).containsExactly(
                "x 7:14 assets/tour.mp4 lasts 2:31.5, longer than X's 2:20");
        // 2 s: under Instagram's 3 s minimum
        Files.write(dir.resolve("assets/short.mp4"), mp4(600, 1200, 1, 16));
        assertThat(findings(check(post("instagram", "approved", "    media: [ { file: assets/short.mp4 } ]\n")),
                "media.video_length")).containsExactly(
                "instagram 7:14 assets/short.mp4 lasts 0:02, shorter than Instagram's minimum of 0:03");
    }

    @Test
    void theHeaderIsReadWhereverTheMovieHeaderIs() throws IOException {
        Path f = dir.resolve("a.mp4");
        Files.write(f, mp4(1000, 61_250, 0, 5000));
        assertThat(VideoHeader.read(f)).get().extracting(VideoHeader.Facts::duration).isEqualTo(Duration.ofMillis(61_250));
        Files.write(f, mp4(48_000, 48_000L * 3600 * 5, 1, 10));
        assertThat(VideoHeader.read(f)).get().extracting(VideoHeader.Facts::duration).isEqualTo(Duration.ofHours(5));
        Files.write(f, "RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(VideoHeader.read(f)).get().extracting(VideoHeader.Facts::container).isEqualTo(VideoHeader.Container.AVI);
        Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThat(VideoHeader.read(f)).isEmpty();
    }

    @Test
    void aVideoOverTheNetworksSizeIsFlaggedWithASizeThatDiffers() throws IOException {
        // X takes 512 MB: a sparse file of 512 MB and 40 KB is over it by a margin one decimal hides
        Path big = dir.resolve("assets/big.mp4");
        byte[] head = mp4(1000, 30_000, 0, 16);
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(ByteBuffer.wrap(head));
            ch.write(ByteBuffer.wrap(new byte[] {0}), 512L * 1024 * 1024 + 40 * 1024);
        }
        JsonNode r = check(post("x", "approved", "    media: [ { file: assets/big.mp4 } ]\n"));
        assertThat(findings(r, "media.video_size")).containsExactly("x 7:14 assets/big.mp4 is 536,911,873 bytes, "
                + "over X's 536,870,912 bytes for a video");
    }

    /** {@code from}'s bytes (an image's header) followed by zeros up to {@code size}: the size, not the pixels, is tested. */
    private void padded(String from, String to, int size) throws IOException {
        byte[] head = Files.readAllBytes(dir.resolve(from));
        Files.write(dir.resolve(to), java.util.Arrays.copyOf(head, size));
    }

    private void writeImage(String rel, int w, int h) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        String format = rel.substring(rel.lastIndexOf('.') + 1).replace("jpg", "jpeg");
        assertThat(javax.imageio.ImageIO.write(img, format, dir.resolve(rel).toFile())).isTrue();
    }

    /** A WebP file's header (RIFF, WEBP, an extended VP8X chunk with its canvas size): what edito reads of it. */
    private void writeWebp(String rel, int w, int h) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(22).put("WEBPVP8X".getBytes(StandardCharsets.ISO_8859_1));
        b.putInt(10).putInt(0);
        b.put((byte) (w - 1)).put((byte) ((w - 1) >> 8)).put((byte) ((w - 1) >> 16));
        b.put((byte) (h - 1)).put((byte) ((h - 1) >> 8)).put((byte) ((h - 1) >> 16));
        Files.write(dir.resolve(rel), b.array());
    }

    private static String media(String... files) {
        StringBuilder m = new StringBuilder("    media:\n");
        for (String file : files) {
            m.append("      - { file: assets/").append(file).append(", alt: \"Une miche sur la table\" }\n");
        }
        return m.toString();
    }

    private static List<String> messages(JsonNode result, String rule, String channel) {
        List<String> out = new ArrayList<>();
        result.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals(rule) && f.get("channel").asText().equals(channel)) {
                out.add(f.get("message").asText());
            }
        });
        return out;
    }

    /**
     * The media limits each publisher refuses before any call are findings of check (networks.yaml's facts, one place
     * for both): a dry run said would-send, then the publisher refused the post at its time.
     */
    @Test
    void whatThePublishersRefuseCheckTells() throws IOException {
        writeImage("assets/a.jpg", 1080, 1080);
        writeImage("assets/a.png", 1080, 1080);
        writeImage("assets/a.gif", 600, 600);
        writeWebp("assets/a.webp", 1080, 1080);
        Files.write(dir.resolve("assets/clip.mp4"), mp4(1000, 20_000, 0, 64));

        // X: images up to 5 MB, GIFs up to 15 MB (a 6 MB GIF goes out)
        padded("assets/a.jpg", "assets/six.jpg", 6 << 20);
        padded("assets/a.gif", "assets/six.gif", 6 << 20);
        padded("assets/a.gif", "assets/sixteen.gif", 16 << 20);
        JsonNode x = check(post("x", "approved", media("six.jpg")));
        assertThat(messages(x, "media.image_size", "x")).containsExactly("assets/six.jpg is 6 MB, over X's 5 MB for an image");
        assertThat(messages(check(post("x", "approved", media("six.gif"))), "media.image_size", "x")).isEmpty();
        assertThat(messages(check(post("x", "approved", media("sixteen.gif"))), "media.image_size", "x"))
                .containsExactly("assets/sixteen.gif is 16 MB, over X's 15 MB for a GIF");
        // Mastodon: 16 MB by default; Facebook: less than 10 MB
        padded("assets/a.jpg", "assets/seventeen.jpg", 17 << 20);
        assertThat(messages(check(post("mastodon", "approved", media("seventeen.jpg"))), "media.image_size", "mastodon"))
                .containsExactly("assets/seventeen.jpg is 17 MB, over Mastodon's 16 MB for an image");
        padded("assets/a.jpg", "assets/ten.jpg", 10 << 20);
        padded("assets/a.jpg", "assets/under-ten.jpg", (10 << 20) - 1);
        assertThat(messages(check(post("facebook", "approved", media("ten.jpg"))), "media.image_size", "facebook"))
                .containsExactly("assets/ten.jpg is 10,485,760 bytes, over Facebook's 10,485,759 bytes for an image");
        assertThat(messages(check(post("facebook", "approved", media("under-ten.jpg"))), "media.image_size", "facebook"))
                .isEmpty();

        // formats: Threads takes JPEG and PNG, TikTok's photo posts JPEG and WebP
        JsonNode webp = check(post("threads, tiktok", "approved", media("a.webp")));
        assertThat(messages(webp, "media.image_format", "threads"))
                .containsExactly("assets/a.webp is a WebP image: Threads publishes JPEG or PNG images only");
        assertThat(messages(webp, "media.image_format", "tiktok")).isEmpty();
        JsonNode png = check(post("threads, tiktok", "approved", media("a.png")));
        assertThat(messages(png, "media.image_format", "tiktok"))
                .containsExactly("assets/a.png is a PNG image: TikTok publishes JPEG or WebP images only");
        assertThat(messages(png, "media.image_format", "threads")).isEmpty();

        // counts: Facebook 10 photos, LinkedIn 20 images, TikTok 35 photos
        String[] eleven = java.util.Collections.nCopies(11, "a.jpg").toArray(String[]::new);
        String[] ten = java.util.Collections.nCopies(10, "a.jpg").toArray(String[]::new);
        JsonNode many = check(post("facebook, linkedin", "approved", media(eleven)));
        assertThat(messages(many, "media.count", "facebook")).containsExactly("11 images, Facebook accepts at most 10");
        assertThat(messages(many, "media.count", "linkedin")).isEmpty();
        assertThat(messages(check(post("facebook", "approved", media(ten))), "media.count", "facebook")).isEmpty();
        JsonNode more = check(post("linkedin, tiktok", "approved",
                media(java.util.Collections.nCopies(21, "a.jpg").toArray(String[]::new))));
        assertThat(messages(more, "media.count", "linkedin")).containsExactly("21 images, LinkedIn accepts at most 20");
        assertThat(messages(more, "media.count", "tiktok")).isEmpty();
        JsonNode most = check(post("tiktok", "approved",
                media(java.util.Collections.nCopies(36, "a.jpg").toArray(String[]::new))));
        assertThat(messages(most, "media.count", "tiktok")).containsExactly("36 images, TikTok accepts at most 35");

        // a video goes alone on Facebook, LinkedIn and TikTok, as on X; Threads mixes them in a carousel
        JsonNode mixed = check(post("facebook, linkedin, tiktok, threads", "approved", media("a.jpg", "clip.mp4")));
        for (String[] n : new String[][] {{"facebook", "Facebook"}, {"linkedin", "LinkedIn"}, {"tiktok", "TikTok"}}) {
            assertThat(messages(mixed, "media.count", n[0])).as(n[0]).containsExactly("2 media items (1 image, 1 video): on "
                    + n[1] + " a video goes alone, without any other image or video");
        }
        assertThat(messages(mixed, "media.count", "threads")).isEmpty();
    }
}
