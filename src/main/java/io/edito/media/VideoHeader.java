package io.edito.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * What a video file's container says, read from its header without decoding anything: the container (by its
 * signature: an ISO base media file, MP4 or QuickTime MOV, with its {@code ftyp} box or a QuickTime atom first;
 * WebM or Matroska with its EBML header; AVI with its RIFF header) and, for MP4 and MOV, the duration written in
 * the movie header ({@code moov/mvhd}: duration / timescale), wherever {@code moov} is in the file. WebM and AVI
 * durations are not read.
 */
public final class VideoHeader {
    /** Top-level boxes of an MP4 walked before giving up (a real file has a handful). */
    private static final int MAX_BOXES = 1024;

    /** A video container. */
    public enum Container {
        MP4("MP4/MOV"), WEBM("WebM/Matroska"), AVI("AVI");

        private final String label;

        Container(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param container what the file is
     * @param duration  the length the container states, or null when it states none edito reads
     * @param problem   why an MP4/MOV cannot play as it is ({@code has no movie header (moov): cut short or still
     *                  being written}), or null
     */
    public record Facts(Container container, Duration duration, String problem) {
        public Facts(Container container, Duration duration) {
            this(container, duration, null);
        }

        /** Whether the file is a still image in a movie's container (HEIF, HEIC, AVIF): no video at all. */
        public boolean stillImage() {
            return problem != null && problem.startsWith(STILL_IMAGE);
        }
    }

    /** How a HEIF/AVIF file's problem starts ({@link Facts#stillImage}). */
    private static final String STILL_IMAGE = "is a HEIF/AVIF still image";

    /** The major brands of ISO base media files that hold still images (HEIF, HEIC, AVIF), not a movie. */
    private static final java.util.Set<String> IMAGE_BRANDS = java.util.Set.of("heic", "heix", "hevc", "hevx", "heim",
            "heis", "mif1", "msf1", "avif", "avis");

    private VideoHeader() {
    }

    /** The facts of a video file; empty when its first bytes are no video container's (or it cannot be read). */
    public static Optional<Facts> read(Path file) {
        io.edito.core.InputFiles.read(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(12);
            ch.read(head, 0);
            byte[] b = head.array();
            if (head.position() >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF
                    && (b[3] & 0xFF) == 0xA3) {
                return Optional.of(new Facts(Container.WEBM, null));
            }
            if (head.position() >= 12 && is(b, 0, "RIFF") && is(b, 8, "AVI ")) {
                return Optional.of(new Facts(Container.AVI, null));
            }
            if (head.position() >= 8 && isoBox(b)) {
                String brand = head.position() >= 12 && is(b, 4, "ftyp")
                        ? new String(b, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1) : null;
                if (brand != null && IMAGE_BRANDS.contains(brand)) {
                    return Optional.of(new Facts(Container.MP4, null, STILL_IMAGE + " (its 'ftyp' brand is '"
                            + brand + "'), not a video"));
                }
                return Optional.of(mp4(ch));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An ISO base media file or a QuickTime movie: a first box of a type such files start with. */
    private static boolean isoBox(byte[] b) {
        for (String type : new String[] {"ftyp", "moov", "mdat", "wide", "free", "skip", "pnot"}) {
            if (is(b, 4, type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An MP4/MOV's facts: {@code moov/mvhd}'s duration over its timescale (null when it has none or it does not
     * read), and a problem when the boxes say the file cannot play: a box that runs past the end of the file (a cut
     * download), or no {@code moov} at all.
     */
    private static Facts mp4(FileChannel ch) throws IOException {
        long size = ch.size();
        long at = 0;
        Duration duration = null;
        boolean moov = false;
        int i = 0;
        for (; i < MAX_BOXES && at + 8 <= size; i++) {
            ByteBuffer h = ByteBuffer.allocate(16);
            ch.read(h, at);
            long boxSize = Integer.toUnsignedLong(h.getInt(0));
            String type = new String(h.array(), 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int header = 8;
            if (boxSize == 1) {
                boxSize = h.getLong(8);
                header = 16;
            } else if (boxSize == 0) {
                boxSize = size - at;
            }
            if (moov && !printable(type).equals(type)) {
                break; // bytes after a complete movie that are no box (padding a tool left): not ours to judge
            }
            if (boxSize < header) {
                return new Facts(Container.MP4, duration, "is not a readable video: a box of its MP4/MOV structure is "
                        + "broken");
            }
            if (type.equals("moov")) {
                duration = mvhd(ch, at + header, Math.min(size, at + boxSize));
                moov = true;
            }
            if (at + boxSize > size) { // wherever it is: a web file has its 'moov' first and its 'mdat' after
                return new Facts(Container.MP4, moov ? duration : null, "is cut short: its '" + printable(type)
                        + "' box needs " + (at + boxSize) + " bytes, the file has " + size
                        + " (a download or a copy that did not finish)");
            }
            at += boxSize;
        }
        return new Facts(Container.MP4, duration, !moov && i < MAX_BOXES && at >= size ? "has no movie header ('moov' box): it "
                + "cannot play (cut short, or still being written)" : null);
    }

    private static String printable(String type) {
        return type.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? type : "?";
    }

    private static Duration mvhd(FileChannel ch, long from, long to) throws IOException {
        long at = from;
        for (int i = 0; i < MAX_BOXES && at + 8 <= to; i++) {
            ByteBuffer h = ByteBuffer.allocate(40);
            ch.read(h, at);
            long boxSize = Integer.toUnsignedLong(h.getInt(0));
            String type = new String(h.array(), 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (type.equals("mvhd")) {
                int version = h.get(8) & 0xFF;
                long timescale;
                long duration;
                if (version == 1) {
                    timescale = Integer.toUnsignedLong(h.getInt(28));
                    duration = h.getLong(32);
                } else {
                    timescale = Integer.toUnsignedLong(h.getInt(20));
                    duration = Integer.toUnsignedLong(h.getInt(24));
                }
                if (timescale == 0 || duration < 0 || duration == 0xFFFFFFFFL && version == 0) {
                    return null; // unknown duration (all ones) or a broken header
                }
                return Duration.ofSeconds(duration / timescale, duration % timescale * 1_000_000_000L / timescale);
            }
            if (boxSize < 8) {
                return null;
            }
            at += boxSize;
        }
        return null;
    }

    private static boolean is(byte[] b, int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
