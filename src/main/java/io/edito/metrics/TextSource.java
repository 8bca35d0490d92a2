package io.edito.metrics;

import io.edito.core.EditoException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an export as text, the way spreadsheets and networks write them: detects the encoding (BOM; UTF-16
 * without BOM by its NUL bytes; UTF-8, else Windows-1252), skips Excel's {@code sep=;} line and sniffs the
 * delimiter ({@code ,} {@code ;} or tab) from the first lines, outside quotes.
 */
public final class TextSource implements AutoCloseable {
    static final int SAMPLE_BYTES = 1 << 20;
    private static final int SAMPLE_CHARS = 1 << 16;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final Charset charset;
    private final char delimiter;
    private final boolean sepLine;
    private final BufferedReader reader;
    private final CountingInputStream counter;
    private final boolean decimalComma;

    private TextSource(Path file, Charset charset, char delimiter, boolean sepLine, BufferedReader reader,
                       CountingInputStream counter, boolean decimalComma) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
        this.decimalComma = decimalComma;
        this.sepLine = sepLine;
        this.reader = reader;
        this.counter = counter;
    }

    public static TextSource open(Path file, Character forcedDelimiter) throws IOException {
        io.edito.core.InputFiles.read(file);
        // a pipe (edito report <(unzip -p export.zip)) through FileInputStream: the JDK's channel stream asks a pipe
        // for its position ("Illegal seek") when asked how much is available
        CountingInputStream counter = new CountingInputStream(Files.isRegularFile(file) || !Files.exists(file)
                ? Files.newInputStream(file) : new java.io.FileInputStream(file.toFile()));
        BufferedInputStream in = new BufferedInputStream(counter, 1 << 16);
        try {
            in.mark(SAMPLE_BYTES + 8);
            byte[] head = in.readNBytes(SAMPLE_BYTES);
            in.reset();
            io.edito.core.ByteOrderMark mark = io.edito.core.ByteOrderMark.of(head);
            Charset cs = mark != null ? mark.charset() : guess(head, head.length < SAMPLE_BYTES);
            in.skipNBytes(mark != null ? mark.length() : 0);
            CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            if (cs.equals(WINDOWS_1252)) {
                // five byte values are undefined in Windows-1252; map them rather than fail
                dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
            r.mark(SAMPLE_CHARS + 1);
            char[] buf = new char[SAMPLE_CHARS];
            int n = r.read(buf, 0, SAMPLE_CHARS);
            String sample = n <= 0 ? "" : new String(buf, 0, n);
            r.reset();
            if (!sample.isEmpty() && sample.charAt(0) == '\uFEFF') {
                // a BOM the byte check did not see (UTF-16 without BOM followed by one): drop it
                r.skip(1);
                sample = sample.substring(1);
            }
            boolean sep = false;
            Character declared = null;
            if (sample.regionMatches(true, 0, "sep=", 0, 4)) {
                int eol = sample.indexOf('\n');
                String line = (eol < 0 ? sample : sample.substring(0, eol)).replace("\r", "");
                if (line.length() == 5) {
                    declared = line.charAt(4);
                }
                r.readLine();
                sep = true;
                sample = eol < 0 ? "" : sample.substring(eol + 1);
            }
            char d = forcedDelimiter != null ? forcedDelimiter : declared != null ? declared : sniff(sample);
            return new TextSource(file, cs, d, sep, r, counter, d == ';' && !writesDotDecimals(sample, d));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** UTF-16 without BOM (NUL bytes on one side of most pairs), else UTF-8 when the sample decodes, else Windows-1252. */
    static Charset guess(byte[] head, boolean complete) {
        Charset utf16 = io.edito.core.ByteOrderMark.utf16WithoutMark(head);
        if (utf16 != null) {
            return utf16;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bb = ByteBuffer.wrap(head);
            CharBuffer cb = CharBuffer.allocate(head.length + 1);
            var result = dec.decode(bb, cb, complete);
            if (result.isError()) {
                return WINDOWS_1252;
            }
            if (complete) {
                result = dec.flush(cb);
                if (result.isError()) {
                    return WINDOWS_1252;
                }
            }
            return StandardCharsets.UTF_8;
        } catch (RuntimeException e) {
            return WINDOWS_1252;
        }
    }

    /**
     * The delimiter of the sample: among {@code , ; tab}, the one whose count per line (outside quotes, over
     * the first lines that are not comments) is most often the same non-zero number; {@code ,} on a tie.
     */
    static char sniff(String sample) {
        char[] cands = {',', ';', '\t'};
        java.util.List<int[]> perLine = new java.util.ArrayList<>();
        boolean inQuotes = false;
        int[] cur = new int[3];
        boolean lineHasContent = false;
        boolean comment = false;
        boolean lineStart = true;
        for (int i = 0; i < sample.length() && perLine.size() < 40; i++) {
            char c = sample.charAt(i);
            if (lineStart && !inQuotes) {
                comment = c == '#';
                lineStart = false;
            }
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (lineHasContent && !comment) {
                    perLine.add(cur);
                }
                cur = new int[3];
                lineHasContent = false;
                lineStart = true;
                continue;
            } else if (!inQuotes) {
                for (int k = 0; k < 3; k++) {
                    if (c == cands[k]) {
                        cur[k]++;
                    }
                }
            }
            lineHasContent = true;
        }
        if (lineHasContent && !comment && !inQuotes) {
            perLine.add(cur);
        }
        int bestScore = 0;
        char best = ',';
        for (int k = 0; k < 3; k++) {
            java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
            for (int[] line : perLine) {
                if (line[k] > 0) {
                    freq.merge(line[k], 1, Integer::sum);
                }
            }
            int score = 0;
            for (var e : freq.entrySet()) {
                score = Math.max(score, e.getValue() * 1000 + Math.min(e.getKey(), 999));
            }
            if (score > bestScore) {
                bestScore = score;
                best = cands[k];
            }
        }
        return best;
    }

    public Path file() {
        return file;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /**
     * Whether the file's decimal mark is a comma: a {@code ;} file (a locale whose lists take {@code ;} writes
     * {@code 2,5}), unless its own cells show a dot decimal and none a comma one ({@link #writesDotDecimals}).
     */
    public boolean decimalComma() {
        return decimalComma;
    }

    private static final java.util.regex.Pattern DOT_DECIMAL =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.(\\d{1,2}|\\d{4,})|\\d{4,}\\.\\d+|0\\.\\d+)");
    private static final java.util.regex.Pattern COMMA_DECIMAL =
            java.util.regex.Pattern.compile("[-+]?(\\d+,(\\d{1,2}|\\d{4,})|\\d{4,},\\d+|0,\\d+)");

    /**
     * Whether the sample's cells write their decimals with a dot and none with a comma: {@code 2.5}, {@code 1.25},
     * {@code 0.125} or {@code 1234.5} (never grouping: a group has three digits, after one to three), and no
     * {@code 2,5}. Then {@code 6.105} in the same file is six and a tenth, not 6,105 (a {@code ;} file read as French
     * made it 6105 without a word).
     */
    static boolean writesDotDecimals(String sample, char delimiter) {
        boolean dot = false;
        for (String line : sample.split("\\R")) {
            for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)))) {
                String c = cell.strip();
                if (c.length() > 1 && c.charAt(0) == '"' && c.charAt(c.length() - 1) == '"') {
                    c = c.substring(1, c.length() - 1).strip();
                }
                if (c.endsWith("%")) {
                    c = c.substring(0, c.length() - 1).strip();
                }
                if (COMMA_DECIMAL.matcher(c).matches()) {
                    return false;
                }
                dot |= DOT_DECIMAL.matcher(c).matches();
            }
        }
        return dot;
    }

    /** Whether a {@code sep=} line was skipped (record line numbers are shifted by one). */
    public boolean hadSepLine() {
        return sepLine;
    }

    public Reader reader() {
        return reader;
    }

    /** Bytes read from the file so far (for progress). */
    public long bytesRead() {
        return counter.count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * Commons CSV writes the line with {@code %,d}: grouped in the default locale from line 1,000 on ("1,500",
     * "1.500", "1 500" with a narrow no-break space in French, "1’500" in Swiss German): the digits are kept, whatever
     * separates them.
     */
    private static final java.util.regex.Pattern START_LINE =
            java.util.regex.Pattern.compile("\\s*\\(startline (\\d[^)]*)\\)\\s*");

    /**
     * Why Commons CSV could not read a record, in its own words without the "(startline N)" it adds (the caller says
     * the line in the edito way): the innermost message of {@code e}'s causes.
     */
    public static String csvWhy(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return START_LINE.matcher(String.valueOf(t.getMessage())).replaceAll(" ").strip();
    }

    /** The line the failed record starts on, as Commons CSV says it ("(startline N)") somewhere in {@code e}'s causes, or 0. */
    public static int csvStartLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher m = t.getMessage() == null ? null : START_LINE.matcher(t.getMessage());
            if (m != null && m.find()) {
                return Integer.parseInt(m.group(1).replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    /** Re-raises a decoding failure deep in a file as an input error. */
    public static EditoException decodingError(Path file, Charset cs, CharacterCodingException e, long byteOffset) {
        return EditoException.input(file + ": not valid " + cs.name() + " near byte " + byteOffset
                + " (the start of the file looked like " + cs.name() + "); re-save it as UTF-8");
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] scratch = new byte[8192];
            long done = 0;
            while (done < n) {
                int r = read(scratch, 0, (int) Math.min(scratch.length, n - done));
                if (r < 0) {
                    break;
                }
                done += r;
            }
            return done;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
