package io.edito.metrics;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reading path for every export: opens the file ({@link TextSource}), finds the header row and the export
 * type ({@link HeaderDetector}), then streams the data rows ({@link ExportRun}) as normalised records to a
 * {@link MetricsSink} in bounded memory.
 */
public final class ExportReader {
    /** Issues kept per file; further ones are still counted. */
    public static final int MAX_ISSUES = 100;
    /** Fields in one row: a wider row is skipped (before the header: the file is refused). docs/kpi.md#limits. */
    public static final int MAX_FIELDS = 10_000;
    /**
     * Rows held while their slash dates ({@code 03/04/2025}) wait for a row that proves the file's day order;
     * beyond this (or {@link #MAX_PENDING_CHARS}) the default order is taken. docs/kpi.md#limits.
     */
    public static final int MAX_PENDING_ROWS = 10_000;
    static final long MAX_PENDING_CHARS = 8_000_000;
    /**
     * Malformed rows an export may have: more than {@link #MAX_BAD_ROWS} and more than this share of its data rows,
     * and the file is not an export of its detected type (exit 2, naming the line where its rows stop fitting).
     * docs/kpi.md#limits.
     */
    public static final double MAX_BAD_RATIO = 0.05;
    /** Malformed rows always tolerated, whatever the ratio (one bad row in a three-row export is still read). */
    public static final int MAX_BAD_ROWS = 1;

    /**
     * @param zone       the account's zone, for times without zone and dates without time
     * @param asOf       the reference day for dates without year
     * @param strictBy   why a malformed row fails the run instead of being skipped ({@code --strict}, said after the
     *                   row's message), or null: such rows are skipped
     * @param forcedType a type id ({@code --type}), or null to detect
     * @param extraTypes user mappings, tried before the built-in types
     * @param progress   receives the bytes read so far (every few thousand rows), or null
     */
    public record Options(ZoneId zone, LocalDate asOf, String strictBy, String forcedType, List<ExportType> extraTypes,
                          LongConsumer progress) {
        public Options {
            extraTypes = List.copyOf(extraTypes);
        }

        public static Options defaults(ZoneId zone) {
            return new Options(zone, LocalDate.now(zone), null, null, List.of(), null);
        }

        /** {@code --strict}: a malformed row fails the run. */
        public Options withStrict(boolean s) {
            return withStrictBy(s ? "--strict" : null);
        }

        /** A malformed row fails the run, for the reason {@code why} (said after the row's message). */
        public Options withStrictBy(String why) {
            return new Options(zone, asOf, why, forcedType, extraTypes, progress);
        }

        public Options withForcedType(String t) {
            return new Options(zone, asOf, strictBy, t, extraTypes, progress);
        }

        public Options withExtraTypes(List<ExportType> t) {
            return new Options(zone, asOf, strictBy, forcedType, t, progress);
        }

        public Options withAsOf(LocalDate d) {
            return new Options(zone, d, strictBy, forcedType, extraTypes, progress);
        }

        public Options withProgress(LongConsumer p) {
            return new Options(zone, asOf, strictBy, forcedType, extraTypes, p);
        }
    }

    private final Options options;

    public ExportReader(Options options) {
        this.options = options;
    }

    /** Reads {@code file}, sending its records to {@code sink}. */
    public ReadSummary read(Path file, MetricsSink sink) {
        return read(file, sink, null);
    }

    /**
     * Reads {@code file}, sending its records to {@code sink} but for the posts {@code seen} says an earlier export
     * held (skipped, counted and noted in the summary); {@code seen} null compares nothing.
     */
    public ReadSummary read(Path file, MetricsSink sink, PostsSeen.Export seen) {
        try (TextSource src = TextSource.open(file, null)) {
            return read(src, sink, seen);
        } catch (NoSuchFileException e) {
            throw EditoException.input(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw EditoException.input(file + ": not valid text in the encoding detected from its start; re-save it as UTF-8");
        } catch (IOException e) {
            throw EditoException.input(file + ": cannot read: " + e.getMessage());
        }
    }

    private ReadSummary read(TextSource src, MetricsSink sink, PostsSeen.Export seen) throws IOException {
        Path file = src.file();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(src.delimiter()).setQuote('"')
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).setTrailingData(true).get();
        int lineShift = src.hadSepLine() ? 1 : 0;
        RecordGuard guard = new RecordGuard(src.reader());
        try (CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format).get();
             PrefetchingRecords rows = new PrefetchingRecords(parser, file.getFileName().toString(), guard::recordEnded)) {
            HeaderDetector headers = new HeaderDetector(options.forcedType(), options.extraTypes());
            ExportRun run = new ExportRun(file, src, sink, guard, headers.candidates(), options, seen);
            while (true) {
                PrefetchingRecords.Row row;
                try {
                    row = rows.next();
                } catch (PrefetchingRecords.FailureException e) {
                    throw parseFailure(e, lineShift, file, src);
                }
                if (row == null) {
                    break;
                }
                CSVRecord rec = row.record();
                long line = row.line() + lineShift;
                if (rec.size() > MAX_FIELDS) {
                    if (!run.bound()) {
                        throw EditoException.input(new SourcePos(file, (int) line, 0), rec.size()
                                + " fields in one row, more than the " + MAX_FIELDS + " an export can have");
                    }
                    run.tooWide(rec, line);
                    continue;
                }
                if (!run.bound()) {
                    HeaderDetector.Header header = headers.offer(rec);
                    if (header != null) {
                        run.bind(header, line);
                    } else if (headers.gaveUp()) {
                        break;
                    }
                    continue;
                }
                if (!run.row(rec, line)) {
                    break;
                }
                if (options.progress() != null && (run.log.read & 0xFFF) == 0) {
                    options.progress().accept(src.bytesRead());
                }
            }
            if (!run.bound()) {
                throw headers.unknownHeader(file);
            }
            run.finish();
            run.checkFit();
            return run.summary();
        }
    }

    private static EditoException parseFailure(PrefetchingRecords.FailureException e, long lineOffset, Path file,
                                               TextSource src) {
        Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
        if (cause instanceof CharacterCodingException c) {
            return TextSource.decodingError(file, src.charset(), c, src.bytesRead());
        }
        if (cause instanceof RecordGuard.TooLong) {
            return EditoException.input(new SourcePos(file, (int) (e.line + lineOffset), 0), cause.getMessage());
        }
        // Commons CSV puts its own "(startline N)" in the message; ours is the line the row starts on
        return EditoException.input(new SourcePos(file, (int) (e.line + lineOffset), 0),
                "unreadable CSV: " + TextSource.csvWhy(e));
    }
}
