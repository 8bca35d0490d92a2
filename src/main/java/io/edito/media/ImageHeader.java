package io.edito.media;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The size an image is shown at, read from its header without decoding the pixels: PNG, JPEG (with its EXIF
 * orientation: a phone photo stored landscape with orientation 6 is shown, and cropped by the networks, as
 * portrait), GIF, WebP (lossy, lossless and extended) and BMP are read here, in a few hundred bytes; any other
 * format the JDK knows (TIFF...) through ImageIO, which costs a noticeable part of a short run to set up.
 */
public final class ImageHeader {
    /** The formats read here, as {@link #formatOf} and {@link #formatNamed} name them. */
    public static final java.util.List<String> FORMATS = java.util.List.of("JPEG", "PNG", "GIF", "WebP", "BMP");

    /** A JPEG's segments before its frame header (EXIF, ICC profile, thumbnails) rarely pass this. */
    private static final int MAX_JPEG_SCAN = 16 * 1024 * 1024;

    private ImageHeader() {
    }

    /**
     * The format {@code file}'s first bytes say it is in, among those read here ({@code PNG}, {@code JPEG},
     * {@code GIF}, {@code WebP}, {@code BMP}), or null (another format, unreadable): what a file named {@code .jpg}
     * really holds.
     */
    public static String formatOf(Path file) {
        byte[] head = new byte[18];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String format = magic(head, n);
        // "BM" starts many a text: a bitmap also gives the size of one of the known DIB headers at byte 14
        return !"BMP".equals(format) || n >= 18 && DIB_HEADER_SIZES.contains(int32(head, 14, true)) ? format : null;
    }

    /** The sizes of the known bitmap (DIB) headers: OS/2 1.x's 12, Windows' 40 to 124. */
    private static final java.util.Set<Integer> DIB_HEADER_SIZES = java.util.Set.of(12, 40, 52, 56, 64, 108, 124);

    /**
     * The format the first {@code n} bytes of {@code head} announce by their signature alone, or null: the one
     * reading of the signatures, for the sizes and for what a file holds whatever its name.
     */
    private static String magic(byte[] head, int n) {
        if (n >= 8 && startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "PNG";
        }
        if (n >= 3 && startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (n >= 6 && (startsWith(head, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 'G', 'I', 'F', '8', '9', 'a'))) {
            return "GIF";
        }
        if (n >= 12 && startsWith(head, 'R', 'I', 'F', 'F') && head[8] == 'W' && head[9] == 'E' && head[10] == 'B'
                && head[11] == 'P') {
            return "WebP";
        }
        return n >= 2 && startsWith(head, 'B', 'M') ? "BMP" : null;
    }

    /** The MIME type of a format read here ({@code JPEG} is {@code image/jpeg}, {@code WebP} {@code image/webp}). */
    public static String mime(String format) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("not an image format edito reads: " + format);
        }
        return "image/" + format.toLowerCase(java.util.Locale.ROOT);
    }

    /** The format a file name's ending says ({@code PNG}, {@code JPEG}...), among those read here; null for any other. */
    public static String formatNamed(String fileName) {
        String f = fileName.toLowerCase(java.util.Locale.ROOT);
        return f.endsWith(".png") ? "PNG" : f.endsWith(".jpg") || f.endsWith(".jpeg") ? "JPEG" : f.endsWith(".gif") ? "GIF"
                : f.endsWith(".webp") ? "WebP" : f.endsWith(".bmp") ? "BMP" : null;
    }

    /** Width and height in pixels as displayed, or empty when the file is missing, unreadable or not an image. */
    public static Optional<Dimensions> read(Path file) {
        io.edito.core.InputFiles.read(file);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 8192))) {
            in.mark(32);
            byte[] head = new byte[30];
            int n = in.readNBytes(head, 0, head.length);
            in.reset();
            String format = magic(head, n);
            if ("PNG".equals(format) && n >= 24) {
                return positive(int32(head, 16, false), int32(head, 20, false));
            }
            if ("JPEG".equals(format)) {
                return jpeg(in);
            }
            if ("GIF".equals(format) && n >= 10) {
                return positive(int16(head, 6, true), int16(head, 8, true));
            }
            if ("WebP".equals(format) && n >= 30) {
                return webp(head);
            }
            if ("BMP".equals(format) && n >= 26) {
                if (int32(head, 14, true) == 12) { // an OS/2 1.x bitmap: its header holds 16-bit sizes
                    return positive(int16(head, 18, true), int16(head, 20, true));
                }
                return positive(int32(head, 18, true), Math.abs(int32(head, 22, true)));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return viaImageIo(file);
    }

    private static Optional<Dimensions> jpeg(DataInputStream in) throws IOException {
        in.skipNBytes(2); // SOI
        int orientation = 1;
        long read = 2;
        while (read < MAX_JPEG_SCAN) {
            int b = in.readUnsignedByte();
            read++;
            if (b != 0xFF) {
                return Optional.empty(); // not at a marker: not a JPEG we can read
            }
            int marker = in.readUnsignedByte();
            read++;
            while (marker == 0xFF) { // fill bytes
                marker = in.readUnsignedByte();
                read++;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // markers without a length
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Optional.empty(); // end of image or start of scan before any frame header
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                return Optional.empty();
            }
            byte[] segment = new byte[length - 2];
            in.readFully(segment);
            read += length;
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (segment.length < 5) {
                    return Optional.empty();
                }
                int height = int16(segment, 1, false);
                int width = int16(segment, 3, false);
                return orientation >= 5 && orientation <= 8 ? positive(height, width) : positive(width, height);
            }
            if (marker == 0xE1) {
                orientation = exifOrientation(segment, orientation);
            }
        }
        return Optional.empty();
    }

    /** The Orientation tag (0x0112) of IFD0 of an APP1 "Exif" segment, or {@code otherwise}. */
    static int exifOrientation(byte[] s, int otherwise) {
        if (s.length < 14 || !(s[0] == 'E' && s[1] == 'x' && s[2] == 'i' && s[3] == 'f' && s[4] == 0 && s[5] == 0)) {
            return otherwise;
        }
        int tiff = 6;
        boolean little;
        if (s[tiff] == 'I' && s[tiff + 1] == 'I') {
            little = true;
        } else if (s[tiff] == 'M' && s[tiff + 1] == 'M') {
            little = false;
        } else {
            return otherwise;
        }
        long ifd = tiff + (int32(s, tiff + 4, little) & 0xFFFFFFFFL);
        if (ifd + 2 > s.length) {
            return otherwise;
        }
        int entries = int16(s, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int e = (int) ifd + 2 + 12 * i;
            if (e + 12 > s.length) {
                return otherwise;
            }
            if (int16(s, e, little) == 0x0112 && int16(s, e + 2, little) == 3) { // SHORT
                int v = int16(s, e + 8, little);
                return v >= 1 && v <= 8 ? v : otherwise;
            }
        }
        return otherwise;
    }

    private static Optional<Dimensions> webp(byte[] h) {
        String chunk = new String(h, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        switch (chunk) {
            case "VP8X": // canvas width - 1 and height - 1, 24 bits each
                return positive(int24(h, 24) + 1, int24(h, 27) + 1);
            case "VP8L": { // 0x2F, then 14 bits of width - 1 and 14 bits of height - 1
                if ((h[20] & 0xFF) != 0x2F) {
                    return Optional.empty();
                }
                long bits = int32(h, 21, true) & 0xFFFFFFFFL;
                return positive((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8 ": { // key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height
                if ((h[23] & 0xFF) != 0x9D || (h[24] & 0xFF) != 0x01 || (h[25] & 0xFF) != 0x2A) {
                    return Optional.empty();
                }
                return positive(int16(h, 26, true) & 0x3FFF, int16(h, 28, true) & 0x3FFF);
            }
            default:
                return Optional.empty();
        }
    }

    private static Optional<Dimensions> viaImageIo(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                return positive(r.getWidth(0), r.getHeight(0));
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Dimensions> positive(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new Dimensions(width, height)) : Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int16(byte[] b, int at, boolean little) {
        if (at + 2 > b.length) {
            throw new IllegalArgumentException(new EOFException());
        }
        int a = b[at] & 0xFF;
        int c = b[at + 1] & 0xFF;
        return little ? a | c << 8 : a << 8 | c;
    }

    private static int int24(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }

    private static int int32(byte[] b, int at, boolean little) {
        if (at + 4 > b.length) {
            throw new IllegalArgumentException(new EOFException());
        }
        return little ? int16(b, at, true) | int16(b, at + 2, true) << 16 : int16(b, at, false) << 16 | int16(b, at + 2, false);
    }
}
