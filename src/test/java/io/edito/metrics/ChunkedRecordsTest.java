package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/**
 * {@link ChunkedRecords} (the text cut at record ends, chunks parsed on several threads) gives the rows, lines and
 * failures of one Commons CSV parser over the whole text ({@link PrefetchingRecords}), whatever the chunk size: on
 * generated texts full of quotes, doubled quotes, trailing data after a closing quote, quoted line breaks, CR, LF and
 * CR LF, empty lines, an unclosed quote at the end, and a read that fails part way.
 */
class ChunkedRecordsTest {
    private static final String[] PIECES = {"a", "bc", "7", ",", ",", ";", "\"", "\"", "\"\"", "\n", "\n", "\r", "\r\n",
        " ", "é", "\t", "x\"y", "\"q,\n\"", "日本"};

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true).setTrailingData(true).get();
    }

    /** What a stream gave: each row's cells and line, then the failure (its root's type and message) and its line. */
    private static List<String> drain(RecordStream rows) {
        List<String> out = new ArrayList<>();
        try (rows) {
            while (true) {
                PrefetchingRecords.Row r;
                try {
                    r = rows.next();
                } catch (PrefetchingRecords.FailureException e) {
                    Throwable root = e;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    // Commons CSV's own "(startline N)" counts from the chunk: ExportReader replaces it by the line
                    String why = String.valueOf(root.getMessage()).replaceAll("\\(startline \\d+\\)", "");
                    out.add("failure at line " + e.line + ": " + root.getClass().getSimpleName() + " " + why);
                    break;
                }
                if (r == null) {
                    break;
                }
                out.add(r.line() + " " + r.record().toList());
            }
            out.add("ends with a newline: " + rows.endsWithNewline());
        }
        return out;
    }

    private static List<String> single(Reader text, CSVFormat format) throws IOException {
        RecordGuard guard = new RecordGuard(text);
        try (CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format).get()) {
            return drain(new PrefetchingRecords(parser, "test", guard));
        }
    }

    private static List<String> chunked(Reader text, CSVFormat format, int chunkChars, int maxRecord) {
        return drain(new ChunkedRecords(text, format, "test", chunkChars, maxRecord, 2));
    }

    private static String generate(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(60);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** A reader that fails after {@code limit} characters. */
    private static Reader failingAfter(String text, int limit) {
        return new Reader() {
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (pos >= limit) {
                    throw new IOException("disk gone at " + limit);
                }
                int n = Math.min(len, Math.min(limit, text.length()) - pos);
                if (n <= 0) {
                    return -1;
                }
                text.getChars(pos, pos + n, buf, off);
                pos += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void sameRowsLinesAndFailuresAsOneParserOnGeneratedTexts() throws IOException {
        Random rnd = new Random(19);
        for (int t = 0; t < 1500; t++) {
            String text = generate(rnd);
            CSVFormat format = format(rnd.nextBoolean() ? ',' : ';');
            List<String> expected = single(new StringReader(text), format);
            int chunk = new int[] {1, 2, 3, 5, 8, 64}[t % 6];
            assertThat(chunked(new StringReader(text), format, chunk, 1_000_000))
                    .as("text %s, chunks of %d", text.replace("\r", "\\r").replace("\n", "\\n"), chunk)
                    .isEqualTo(expected);
            if (!text.isEmpty()) {
                int limit = rnd.nextInt(text.length());
                assertThat(chunked(failingAfter(text, limit), format, chunk, 1_000_000))
                        .as("text %s failing after %d", text.replace("\r", "\\r").replace("\n", "\\n"), limit)
                        .isEqualTo(single(failingAfter(text, limit), format));
            }
        }
    }

    @Test
    void largeTextInLargeChunks() throws IOException {
        Random rnd = new Random(7);
        StringBuilder b = new StringBuilder("network,post_id,text,impressions\r\n");
        for (int i = 0; i < 20_000; i++) {
            b.append("x,").append(i).append(',');
            b.append(rnd.nextInt(5) == 0 ? "\"two\nlines, \"\"quoted\"\"\"" : "plain").append(',').append(i * 7).append("\r\n");
        }
        String text = b.toString();
        List<String> expected = single(new StringReader(text), format(','));
        assertThat(expected).hasSize(20_002);
        assertThat(chunked(new StringReader(text), format(','), 4096, 1_000_000)).isEqualTo(expected);
    }

    @Test
    void aRecordLongerThanTheBoundStopsTheReadAtTheLineItStartsOn() {
        String text = "h1,h2\nr1,a\n\"a\nb\",c\nr3,\"" + "x".repeat(5000) + "\"\nr4,d\n";
        List<String> out = chunked(new StringReader(text), format(','), 16, 1000);
        assertThat(out.subList(0, 4)).containsExactly("1 [h1, h2]", "2 [r1, a]", "3 [a\nb, c]",
                "failure at line 5: TooLong " + new RecordGuard.TooLong().getMessage());
    }
}
