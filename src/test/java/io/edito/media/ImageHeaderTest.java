package io.edito.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageHeaderTest {
    @TempDir
    Path dir;

    private Path image(String format, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Path f = dir.resolve(w + "x" + h + "." + format);
        assertThat(ImageIO.write(img, format, f.toFile())).isTrue();
        return f;
    }

    @Test
    void readsTheSizeOfEveryFormatTheJdkWritesLikeImageIoDoes() throws Exception {
        for (String format : new String[] {"png", "jpg", "gif", "bmp", "tiff"}) {
            for (int[] wh : new int[][] {{1, 1}, {1080, 1350}, {1200, 628}, {37, 4000}}) {
                Path f = image(format, wh[0], wh[1]);
                assertThat(ImageHeader.read(f)).as(format + " " + wh[0] + "x" + wh[1])
                        .contains(new Dimensions(wh[0], wh[1]));
            }
        }
    }

    @Test
    void anOs2BitmapAndWhatAFileHoldsWhateverItsName() throws Exception {
        // an OS/2 1.x bitmap's header (12 bytes) holds 16-bit sizes: read as Windows', 1080x1920 was 125830200x1572865
        byte[] os2 = new byte[26 + 16];
        os2[0] = 'B';
        os2[1] = 'M';
        os2[14] = 12;
        os2[18] = (byte) (1080 & 0xFF);
        os2[19] = (byte) (1080 >> 8);
        os2[20] = (byte) (1920 & 0xFF);
        os2[21] = (byte) (1920 >> 8);
        Path bmp = dir.resolve("os2.bmp");
        Files.write(bmp, os2);
        assertThat(ImageHeader.read(bmp)).contains(new Dimensions(1080, 1920));
        Path png = image("png", 20, 10);
        Path misnamed = dir.resolve("photo.jpg");
        Files.copy(png, misnamed);
        assertThat(ImageHeader.formatOf(misnamed)).isEqualTo("PNG");
        assertThat(ImageHeader.formatNamed("photo.JPG")).isEqualTo("JPEG");
        assertThat(ImageHeader.formatOf(image("jpg", 20, 10))).isEqualTo("JPEG");
        assertThat(ImageHeader.formatOf(image("gif", 20, 10))).isEqualTo("GIF");
        assertThat(ImageHeader.formatOf(bmp)).isEqualTo("BMP");
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not an image");
        assertThat(ImageHeader.formatOf(text)).isNull();
        assertThat(ImageHeader.formatNamed("clip.heic")).isNull();
    }

    @Test
    void aJpegTurnedByItsExifOrientationIsShownTurned() throws Exception {
        byte[] jpeg = Files.readAllBytes(image("jpg", 4032, 3024));
        for (int orientation = 1; orientation <= 8; orientation++) {
            for (boolean little : new boolean[] {true, false}) {
                Path f = dir.resolve("o" + orientation + little + ".jpg");
                Files.write(f, withExif(jpeg, orientation, little));
                Dimensions expected = orientation >= 5 ? new Dimensions(3024, 4032) : new Dimensions(4032, 3024);
                assertThat(ImageHeader.read(f)).as("orientation " + orientation).contains(expected);
                assertThat(ImageIO.read(f.toFile()).getWidth()).isEqualTo(4032); // still a valid JPEG
            }
        }
    }

    /** {@code jpeg} with an APP1 Exif segment (IFD0: one Orientation entry) right after its SOI marker. */
    private static byte[] withExif(byte[] jpeg, int orientation, boolean little) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        if (little) {
            tiff.writeBytes(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0,
                (byte) orientation, 0, 0, 0, 0, 0, 0, 0});
        } else {
            tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1,
                0, (byte) orientation, 0, 0, 0, 0, 0, 0});
        }
        byte[] body = tiff.toByteArray();
        int length = 2 + 6 + body.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Test
    void readsTheThreeKindsOfWebpHeader() throws Exception {
        // extended (VP8X): canvas 1080x1350 stored as width-1, height-1 on 24 bits
        byte[] vp8x = riff("VP8X", new byte[] {0x10, 0, 0, 0, 0x37, 0x04, 0, 0x45, 0x05, 0});
        // lossless (VP8L): signature 0x2F, then 14 bits of width-1 and 14 bits of height-1 (1200x628)
        long bits = (1200 - 1) | (long) (628 - 1) << 14;
        byte[] vp8l = riff("VP8L", new byte[] {0x2F, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16), (byte) (bits >> 24), 0, 0, 0, 0, 0});
        // lossy (VP8): frame tag, start code 9D 01 2A, 14-bit width and height (640x480)
        byte[] vp8 = riff("VP8 ", new byte[] {0, 0, 0, (byte) 0x9D, 0x01, 0x2A, (byte) 0x80, 0x02, (byte) 0xE0, 0x01});
        assertThat(ImageHeader.read(write("x.webp", vp8x))).contains(new Dimensions(1080, 1350));
        assertThat(ImageHeader.read(write("l.webp", vp8l))).contains(new Dimensions(1200, 628));
        assertThat(ImageHeader.read(write("y.webp", vp8))).contains(new Dimensions(640, 480));
        byte[] broken = vp8.clone();
        broken[23] = 0;
        assertThat(ImageHeader.read(write("b.webp", broken))).isEmpty();
    }

    private static byte[] riff(String chunk, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes());
        out.writeBytes(new byte[] {40, 0, 0, 0});
        out.writeBytes("WEBP".getBytes());
        out.writeBytes(chunk.getBytes());
        out.writeBytes(new byte[] {(byte) payload.length, 0, 0, 0});
        out.writeBytes(payload);
        out.writeBytes(new byte[8]);
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void notAnImageTruncatedOrMissingIsEmptyNeverAnError() throws Exception {
        assertThat(ImageHeader.read(dir.resolve("missing.png"))).isEmpty();
        assertThat(ImageHeader.read(write("text.png", "not an image at all".getBytes()))).isEmpty();
        assertThat(ImageHeader.read(write("empty.jpg", new byte[0]))).isEmpty();
        byte[] png = Files.readAllBytes(image("png", 10, 20));
        assertThat(ImageHeader.read(write("cut.png", java.util.Arrays.copyOf(png, 20)))).isEmpty();
        byte[] jpeg = Files.readAllBytes(image("jpg", 10, 20));
        for (int cut : new int[] {3, 4, 10, 30, 100}) {
            Optional<Dimensions> d = ImageHeader.read(write("cut" + cut + ".jpg", java.util.Arrays.copyOf(jpeg, cut)));
            assertThat(d).as("JPEG cut at " + cut).isEmpty();
        }
        byte[] gif = Files.readAllBytes(image("gif", 10, 20));
        gif[6] = 0;
        gif[7] = 0;
        assertThat(ImageHeader.read(write("zero.gif", gif))).isEmpty();
    }
}
