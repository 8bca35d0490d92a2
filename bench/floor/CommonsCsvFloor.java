import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor of `edito report` on a large export: Apache Commons CSV alone, with edito's format, reading every record
 * and one field of each, nothing converted or added up (docs/performance.md, "2026-12-04, session 9").
 *
 *   bench/report-floor.sh          # compiles it, runs it beside edito and Miller (interleaved, medians)
 *   CommonsCsvFloor FILE 1         # one parser over the file, as edito reads it (a UTF-8 reader over the file)
 *   CommonsCsvFloor FILE 2         # two parsers on two threads, each over its half (read into memory, cut at a
 *                                  # line end)
 *
 * The two-parser form is only right for files without quoted line breaks (the generated bench exports).
 */
public class CommonsCsvFloor {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path file = Path.of(args[0]);
        int parts = Integer.parseInt(args[1]);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(',').setQuote('"')
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).setTrailingData(true).get();
        long[] records = new long[parts];
        if (parts == 1) {
            records[0] = parse(Files.newInputStream(file), format);
        } else {
            byte[] all = Files.readAllBytes(file);
            int[] cut = new int[parts + 1];
            cut[parts] = all.length;
            for (int p = 1; p < parts; p++) {
                int i = (int) ((long) all.length * p / parts);
                while (all[i] != '\n') {
                    i++;
                }
                cut[p] = i + 1;
            }
            Thread[] threads = new Thread[parts];
            for (int p = 0; p < parts; p++) {
                int part = p;
                threads[p] = new Thread(() -> records[part] = parse(
                        new ByteArrayInputStream(all, cut[part], cut[part + 1] - cut[part]), format));
                threads[p].start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        System.out.println("records " + Arrays.stream(records).sum() + " (" + Arrays.toString(records) + "), "
                + (System.nanoTime() - start) / 1_000_000 + " ms after the JVM started");
    }

    private static long parse(InputStream in, CSVFormat format) {
        long n = 0;
        long chars = 0;
        try (Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            for (CSVRecord rec : parser) {
                n++;
                chars += rec.get(rec.size() - 1).length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chars < 0 ? -1 : n;
    }
}
