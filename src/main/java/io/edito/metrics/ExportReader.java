package io.edito.metrics;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.metrics.ExportType.Flag;
import io.edito.metrics.ExportType.Kind;
import io.edito.network.NetworkNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reading path for every export: opens the file ({@link TextSource}), finds the header row among
 * comment, title and description lines, picks the export type from it, then streams normalised records to
 * a {@link MetricsSink} in bounded memory.
 */
public final class ExportReader {
    /** Issues kept per file; further ones are still counted. */
    public static final int MAX_ISSUES = 100;
    /** Fields in one row: a wider row is skipped (before the header: the file is refused). docs/kpi.md#limits. */
    public static final int MAX_FIELDS = 10_000;
    /** Records looked at before the header before giving up. */
    private static final int MAX_PREAMBLE = 200;
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
     * @param strict     a malformed row fails the run instead of being skipped
     * @param forcedType a type id ({@code --type}), or null to detect
     * @param extraTypes user mappings, tried before the built-in types
     * @param progress   receives the bytes read so far (every few thousand rows), or null
     */
    public record Options(ZoneId zone, LocalDate asOf, boolean strict, String forcedType, List<ExportType> extraTypes,
                          LongConsumer progress) {
        public Options {
            extraTypes = List.copyOf(extraTypes);
        }

        public static Options defaults(ZoneId zone) {
            return new Options(zone, LocalDate.now(zone), false, null, List.of(), null);
        }

        public Options withStrict(boolean s) {
            return new Options(zone, asOf, s, forcedType, extraTypes, progress);
        }

        public Options withForcedType(String t) {
            return new Options(zone, asOf, strict, t, extraTypes, progress);
        }

        public Options withExtraTypes(List<ExportType> t) {
            return new Options(zone, asOf, strict, forcedType, t, progress);
        }

        public Options withAsOf(LocalDate d) {
            return new Options(zone, d, strict, forcedType, extraTypes, progress);
        }

        public Options withProgress(LongConsumer p) {
            return new Options(zone, asOf, strict, forcedType, extraTypes, p);
        }
    }

    private final Options options;

    public ExportReader(Options options) {
        this.options = options;
    }

    /** Reads {@code file}, sending its records to {@code sink}. */
    public ReadSummary read(Path file, MetricsSink sink) {
        try (TextSource src = TextSource.open(file, null)) {
            return read(src, sink);
        } catch (NoSuchFileException e) {
            throw EditoException.input(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw EditoException.input(file + ": not valid text in the encoding detected from its start; re-save it as UTF-8");
        } catch (IOException e) {
            throw EditoException.input(file + ": cannot read: " + e.getMessage());
        }
    }

    private ReadSummary read(TextSource src, MetricsSink sink) throws IOException {
        Path file = src.file();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(src.delimiter()).setQuote('"')
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).setTrailingData(true).get();
        int lineShift = src.hadSepLine() ? 1 : 0;
        RecordGuard guard = new RecordGuard(src.reader());
        try (CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format).get();
             PrefetchingRecords rows = new PrefetchingRecords(parser, file.getFileName().toString(), guard::recordEnded)) {
            List<ExportType> candidates = candidates();
            Run run = new Run(file, src, sink, guard, candidates);
            int preamble = 0;
            List<String> titles = new ArrayList<>();
            List<String> firstRow = null;
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
                    if (run.binding == null) {
                        throw EditoException.input(new SourcePos(file, (int) line, 0), rec.size()
                                + " fields in one row, more than the " + MAX_FIELDS + " an export can have");
                    }
                    run.tooWide(rec, line);
                    continue;
                }
                if (run.binding == null) {
                    if (isBlank(rec)) {
                        continue;
                    }
                    String first0 = rec.get(0).strip();
                    if (first0.startsWith("#") && rec.size() <= 2) {
                        continue;
                    }
                    List<String> cells = rec.toList();
                    ExportType type = detect(cells, candidates);
                    if (type != null) {
                        run.bind(type, cells, titles, line);
                        continue;
                    }
                    if (rec.size() == 1) {
                        titles.add(first0);
                    } else if (firstRow == null) {
                        firstRow = cells;
                    }
                    if (++preamble > MAX_PREAMBLE) {
                        break;
                    }
                    continue;
                }
                if (!run.row(rec, line)) {
                    break;
                }
                if (options.progress() != null && (run.read & 0xFFF) == 0) {
                    options.progress().accept(src.bytesRead());
                }
            }
            if (run.binding == null) {
                throw unknownHeader(file, firstRow != null ? firstRow : titles, candidates);
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
        String why = String.valueOf(rootMessage(e)).replaceAll("\\s*\\(startline \\d+\\)\\s*", " ").strip();
        return EditoException.input(new SourcePos(file, (int) (e.line + lineOffset), 0), "unreadable CSV: " + why);
    }

    private List<ExportType> candidates() {
        List<ExportType> all = ExportTypes.withExtra(options.extraTypes());
        if (options.forcedType() == null) {
            return all;
        }
        ExportType t = ExportTypes.byId(options.forcedType(), all);
        if (t == null) {
            throw EditoException.input("unknown export type '" + options.forcedType() + "' (known: "
                    + String.join(", ", all.stream().map(ExportType::id).toList()) + ")");
        }
        return List.of(t);
    }

    private ExportType detect(List<String> cells, List<ExportType> candidates) {
        // user mappings win over built-in types on the same header
        List<ExportType> extra = candidates.stream().filter(options.extraTypes()::contains).toList();
        ExportType t = ExportTypes.detect(cells, extra);
        return t != null ? t : ExportTypes.detect(cells, candidates);
    }

    private EditoException unknownHeader(Path file, List<String> seen, List<ExportType> candidates) {
        List<String> closest = ExportTypes.closest(seen, candidates, 3);
        String cols = seen.isEmpty() ? "(no columns)" : shown(String.join(", ", seen.stream().map(s -> "'" + s.strip() + "'").toList()));
        String which = options.forcedType() != null ? "not a '" + options.forcedType() + "' export" : "unknown export";
        return EditoException.input(file + ": " + which + "; columns seen: " + cols
                + (closest.isEmpty() ? "" : "; closest known types: " + String.join(", ", closest))
                + "; see docs/kpi.md, or add a mapping in edito.yaml");
    }

    /** Characters of "columns seen" in an unknown-export message: a binary file or a 10 KB line stays one short line. */
    static final int MAX_SHOWN = 200;

    /** {@code text} with control and other invisible characters made visible, cut to {@link #MAX_SHOWN} with an ellipsis. */
    static String shown(String text) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean invisible = Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE || cp == 0xFFFD;
            String piece = invisible ? String.format(Locale.ROOT, "\\u%04X", cp) : new String(Character.toChars(cp));
            if (count + piece.length() > MAX_SHOWN) {
                return b.append('…').toString();
            }
            b.append(piece);
            count += piece.length();
        }
        return b.toString();
    }

    private static boolean isBlank(CSVRecord rec) {
        for (int i = 0; i < rec.size(); i++) {
            if (!rec.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Resolved column positions of a type for one header row. */
    private static final class Binding {
        final ExportType type;
        final int[] attr = new int[Attr.values().length];
        final int[] metricCol;
        final Metric[] metricOf;
        final int[] rateCol;
        final ColumnRule[] rateRule;
        final int[] seriesCol;
        final SeriesMetric[] seriesOf;
        final String[] header;

        Binding(ExportType type, List<String> cells, SeriesMetric titleMetric) {
            this.type = type;
            this.header = cells.toArray(String[]::new);
            Arrays.fill(attr, -1);
            List<String> norm = cells.stream().map(ExportTypes::normalize).toList();
            List<Integer> mc = new ArrayList<>();
            List<Metric> mo = new ArrayList<>();
            List<Integer> sc = new ArrayList<>();
            List<SeriesMetric> so = new ArrayList<>();
            List<Integer> rc = new ArrayList<>();
            List<ColumnRule> rr = new ArrayList<>();
            for (ColumnRule rule : type.columns()) {
                int idx = -1;
                for (String h : rule.headers()) {
                    idx = norm.indexOf(h);
                    if (idx >= 0) {
                        break;
                    }
                }
                if (idx < 0) {
                    continue;
                }
                if (rule.rateOf() != null) {
                    rc.add(idx);
                    rr.add(rule);
                } else if (rule.field() instanceof Attr a) {
                    if (attr[a.ordinal()] < 0) {
                        attr[a.ordinal()] = idx;
                    }
                } else if (rule.field() instanceof Metric m) {
                    mc.add(idx);
                    mo.add(m);
                } else if (rule.field() instanceof SeriesMetric s) {
                    sc.add(idx);
                    so.add(titleMetric != null ? titleMetric : s);
                }
            }
            metricCol = mc.stream().mapToInt(Integer::intValue).toArray();
            metricOf = mo.toArray(Metric[]::new);
            rateCol = rc.stream().mapToInt(Integer::intValue).toArray();
            rateRule = rr.toArray(ColumnRule[]::new);
            seriesCol = sc.stream().mapToInt(Integer::intValue).toArray();
            seriesOf = so.toArray(SeriesMetric[]::new);
        }

        int col(Attr a) {
            return attr[a.ordinal()];
        }
    }

    /** State of reading one file. */
    private final class Run {
        final Path file;
        final String fileName;
        final TextSource src;
        final MetricsSink sink;
        Binding binding;
        String network;
        ExportTimeParser time;
        boolean decimalComma;
        long read;
        long used;
        long skipped;
        long dataRows;
        final Map<String, Long> reasons = new LinkedHashMap<>();
        /** The first issues by line (a max-heap on line, capped at MAX_ISSUES). */
        final java.util.PriorityQueue<long[]> issueLines = new java.util.PriorityQueue<>((a, b) -> Long.compare(b[0], a[0]));
        final Map<Long, String> issueText = new java.util.HashMap<>();
        int[] inbox;
        long roundedIds;
        long undatedPosts;
        /** Date columns, looked at for the day order of slash dates while it is undecided. */
        int[] dateCols = new int[0];
        /** Rows held until the day order is known (raw records, replayed in order), and their size. */
        final List<CSVRecord> pending = new ArrayList<>();
        final List<Long> pendingLines = new ArrayList<>();
        long pendingChars;
        /** Why the day order is what it is (for conflict messages), and the note when it is the default. */
        String orderReason;
        String firstAmbiguous;
        long firstAmbiguousLine;
        boolean orderDefaulted;
        final RecordGuard guard;
        /** The last row seen, handled when the next one comes or at the end (a cut last row is told apart). */
        CSVRecord lastRec;
        long lastLine;
        /** Data rows shorter than the header so far (Meta writes them: then a short last row is not a cut). */
        long shortRows;

        /** The types a header row inside the data is recognised against (a file of several exports put together). */
        final List<ExportType> candidates;
        /** Malformed rows, and the longest run of consecutive ones: where the rows stop fitting the type. */
        long badRows;
        long runStart;
        long runLength;
        String runMessage;
        long worstStart;
        long worstLength;
        String worstMessage;

        Run(Path file, TextSource src, MetricsSink sink, RecordGuard guard, List<ExportType> candidates) {
            this.candidates = candidates;
            this.guard = guard;
            this.file = file;
            this.fileName = file.toString();
            this.src = src;
            this.sink = sink;
            this.decimalComma = src.delimiter() == ';';
            this.time = new ExportTimeParser(options.zone(), options.asOf(), decimalComma);
        }

        void bind(ExportType type, List<String> cells, List<String> titles, long line) {
            SeriesMetric titleMetric = null;
            network = type.network();
            if (type.has(Flag.METRIC_FROM_TITLE)) {
                String title = titles.isEmpty() ? "" : titles.get(titles.size() - 1);
                titleMetric = SeriesMetric.fromMetaTitle(title);
                if (titleMetric == null) {
                    throw EditoException.input(new SourcePos(file, (int) line - 1, 0), "daily series '" + title
                            + "' is not one edito knows (reach, follows, followers, visits, views, link clicks, interactions)");
                }
                network = title.toLowerCase(Locale.ROOT).contains("instagram") ? "instagram" : "facebook";
            }
            binding = new Binding(type, cells, titleMetric);
            if (type.kind() == Kind.INBOX) {
                List<String> norm = cells.stream().map(ExportTypes::normalize).toList();
                inbox = ExportTypes.INBOX_COLUMNS.stream().mapToInt(norm::indexOf).toArray();
                dateCols = java.util.stream.IntStream.of(inbox[1], inbox[2]).filter(c -> c >= 0).toArray();
            } else {
                dateCols = java.util.stream.IntStream.of(binding.col(Attr.PUBLISHED_AT), binding.col(Attr.DATE))
                        .filter(c -> c >= 0).toArray();
            }
        }

        /** Handles one data row (one row late: see {@link #lastRec}); false to stop reading (end of the section). */
        boolean row(CSVRecord rec, long line) {
            CSVRecord prev = lastRec;
            long prevLine = lastLine;
            lastRec = rec;
            lastLine = line;
            if (prev == null) {
                return true;
            }
            boolean go = ordered(prev, prevLine);
            if (!go) {
                lastRec = null;
            }
            return go;
        }

        /**
         * Handles one data row; false to stop reading (end of the section). While no date of the file has
         * proved the order of slash dates, a row with an ambiguous one ({@code 03/04/2025}) and every row
         * after it are held (bounded), then replayed once a day over 12 decides, or in the default order.
         */
        private boolean ordered(CSVRecord rec, long line) {
            if (time.order() == null && dateCols.length > 0) {
                if (isBlank(rec)) {
                    if (!pending.isEmpty() && binding.type.has(Flag.ENDS_AT_BLANK_LINE)) {
                        pending.add(rec);
                        pendingLines.add(line);
                        return flushDefault();
                    }
                } else if (rec.size() <= MAX_FIELDS) {
                    observe(rec, line);
                }
                if (time.order() == null && pendingStarts(rec)) {
                    pending.add(rec);
                    pendingLines.add(line);
                    for (int i = 0; i < rec.size(); i++) {
                        pendingChars += rec.get(i).length() + 1;
                    }
                    if (pending.size() >= MAX_PENDING_ROWS || pendingChars >= MAX_PENDING_CHARS) {
                        return flushDefault();
                    }
                    return true;
                }
                if (!pending.isEmpty()) {
                    pending.add(rec);
                    pendingLines.add(line);
                    return flush();
                }
            }
            return process(rec, line);
        }

        /** Whether {@code rec} is the first row to hold: it has an ambiguous date and the order is undecided. */
        private boolean pendingStarts(CSVRecord rec) {
            if (!pending.isEmpty()) {
                return true;
            }
            for (int c : dateCols) {
                if (ExportTimeParser.evidence(cell(rec, c)) == ExportTimeParser.Evidence.AMBIGUOUS) {
                    return true;
                }
            }
            return false;
        }

        /** Looks at the date cells of a row for the day order: the first value that proves one decides it. */
        private void observe(CSVRecord rec, long line) {
            for (int c : dateCols) {
                String v = cell(rec, c);
                ExportTimeParser.Evidence e = ExportTimeParser.evidence(v);
                if (e == ExportTimeParser.Evidence.AMBIGUOUS && firstAmbiguous == null) {
                    firstAmbiguous = v.strip();
                    firstAmbiguousLine = line;
                } else if (e == ExportTimeParser.Evidence.DAY_FIRST || e == ExportTimeParser.Evidence.MONTH_FIRST) {
                    ExportTimeParser.DayOrder o = e == ExportTimeParser.Evidence.DAY_FIRST ? ExportTimeParser.DayOrder.DAY_FIRST
                            : ExportTimeParser.DayOrder.MONTH_FIRST;
                    time.decide(o);
                    orderReason = "line " + line + " ('" + v.strip() + "') is " + o;
                    return;
                }
            }
        }

        /** Nothing proved the order: the default decides, and a note says so. */
        private boolean flushDefault() {
            time.decide(time.defaultOrder());
            orderDefaulted = true;
            orderReason = "earlier dates such as '" + firstAmbiguous + "' (line " + firstAmbiguousLine + ") were read "
                    + time.defaultOrder() + ", the default";
            return flush();
        }

        /** Replays the held rows now that the order is known; false when one of them ends the section. */
        private boolean flush() {
            try {
                for (int i = 0; i < pending.size(); i++) {
                    if (!process(pending.get(i), pendingLines.get(i))) {
                        return false;
                    }
                }
                return true;
            } finally {
                pending.clear();
                pendingLines.clear();
                pendingChars = 0;
            }
        }

        /**
         * At the end of the file: the last row is handled (a row shorter than the header, without final newline,
         * in a file whose other rows are full, was cut: it is skipped and told), then held rows are read in the
         * default order.
         */
        void finish() {
            if (lastRec != null) {
                CSVRecord rec = lastRec;
                lastRec = null;
                if (rec.size() < binding.header.length && !guard.endsWithNewline() && shortRows == 0 && !isBlank(rec)) {
                    dataRows++;
                    read++;
                    skip("row ends early", "row ends early (" + rec.size() + " of " + binding.header.length
                            + " cells): the file was cut", lastLine);
                } else if (!ordered(rec, lastLine)) {
                    pending.clear();
                    pendingLines.clear();
                    return;
                }
            }
            if (!pending.isEmpty()) {
                flushDefault();
            }
        }

        /** Handles one data row once the day order is settled; false to stop reading (end of the section). */
        private boolean process(CSVRecord rec, long line) {
            if (isBlank(rec)) {
                return !(binding.type.has(Flag.ENDS_AT_BLANK_LINE) && dataRows > 0);
            }
            dataRows++;
            if (dataRows == 1 && isDescriptionRow(rec)) {
                notAHeader(rec, line);
                return true;
            }
            read++;
            if (rec.size() < binding.header.length) {
                shortRows++;
            }
            if (binding.type.has(Flag.SKIP_TOTAL_ROW) && rec.get(0).strip().equalsIgnoreCase("total")) {
                skip("total row", null, line);
                return true;
            }
            try {
                if (rec.size() > binding.header.length) {
                    for (int i = binding.header.length; i < rec.size(); i++) {
                        if (!rec.get(i).isBlank()) {
                            throw new RowError("row has " + rec.size() + " cells, the header " + binding.header.length);
                        }
                    }
                }
                switch (binding.type.kind()) {
                    case POSTS -> sink.post(post(rec, line));
                    case SERIES -> series(rec, line);
                    case INBOX -> sink.inbox(inboxItem(rec, line));
                }
                used++;
                runLength = 0;
            } catch (RowError e) {
                notAHeader(rec, line);
                misfit(e.getMessage(), line);
                skip("malformed", e.getMessage(), line);
            }
            return true;
        }

        /** A row that does not fit (or is taken for a description row) must not be an export's header: files put together. */
        private void notAHeader(CSVRecord rec, long line) {
            ExportType other = ExportTypes.detect(rec.toList(), candidates);
            if (other != null) {
                throw EditoException.input(new SourcePos(file, (int) line, 0), "a header row ("
                        + (other == binding.type ? "this export's own, again" : "of a '" + other.id() + "' export")
                        + ") inside a '" + binding.type.id() + "' export: this file is several exports put"
                        + " together; give each export as a FILE of its own");
            }
        }

        /** Counts a row that does not fit the type and keeps the longest run of consecutive ones. */
        private void misfit(String message, long line) {
            badRows++;
            if (runLength == 0) {
                runStart = line;
                runMessage = message;
            }
            runLength++;
            if (runLength > worstLength) {
                worstLength = runLength;
                worstStart = runStart;
                worstMessage = runMessage;
            }
        }

        /**
         * Refuses a file whose rows do not fit its detected type beyond {@link #MAX_BAD_RATIO} (and
         * {@link #MAX_BAD_ROWS}): its totals would be invented. The line named starts the longest run of rows that
         * do not fit, where the file stops being an export of its type.
         */
        void checkFit() {
            if (badRows > MAX_BAD_ROWS && badRows > MAX_BAD_RATIO * dataRowsRead()) {
                throw EditoException.input(new SourcePos(file, (int) worstStart, 0), "rows stop fitting a '"
                        + binding.type.id() + "' export here (" + worstMessage + "); " + badRows + " of "
                        + dataRowsRead() + " data rows do not fit, more than the "
                        + Math.round(MAX_BAD_RATIO * 100) + " % an export may have: not an export of this type, or a"
                        + " damaged one (see docs/kpi.md#limits)");
            }
        }

        /** Data rows read, total rows aside (they fit by definition). */
        private long dataRowsRead() {
            return read - reasons.getOrDefault("total row", 0L);
        }

        /** A data row with more than {@link #MAX_FIELDS} fields: counted as read and skipped, with its line. */
        void tooWide(CSVRecord rec, long line) {
            dataRows++;
            read++;
            misfit(rec.size() + " fields, more than " + MAX_FIELDS, line);
            skip("malformed", rec.size() + " fields, more than " + MAX_FIELDS, line);
        }

        /** The description row some exports put under the header (Facebook Insights): text where numbers go. */
        private boolean isDescriptionRow(CSVRecord rec) {
            int text = 0;
            for (int c : binding.metricCol) {
                String v = cell(rec, c);
                if (Values.isEmpty(v)) {
                    continue;
                }
                try {
                    Values.parseNumber(v, decimalComma);
                    return false;
                } catch (NumberFormatException e) {
                    text++;
                }
            }
            return text > 0;
        }

        private void skip(String reason, String message, long line) {
            skipped++;
            reasons.merge(reason, 1L, Long::sum);
            if (message != null) {
                String full = fileName + ":" + line + ": " + message;
                if (options.strict()) {
                    throw EditoException.input(new SourcePos(file, (int) line, 0), message + " (--strict)");
                }
                issueLines.add(new long[] {line});
                issueText.put(line, full);
                if (issueLines.size() > MAX_ISSUES) {
                    issueText.remove(issueLines.poll()[0]);
                }
            }
        }

        private String cell(CSVRecord rec, int col) {
            return col >= 0 && col < rec.size() ? rec.get(col) : "";
        }

        private String text(CSVRecord rec, Attr a) {
            String v = cell(rec, binding.col(a));
            return Values.isEmpty(v) ? null : v.strip();
        }

        private double number(CSVRecord rec, int col) {
            String v = cell(rec, col);
            try {
                return Values.parseNumber(v, decimalComma);
            } catch (NumberFormatException e) {
                throw new RowError("column '" + binding.header[col].strip() + "': " + e.getMessage());
            }
        }

        private ExportTimeParser.Parsed parseTime(CSVRecord rec, int col, long line) {
            String v = cell(rec, col);
            try {
                return time.parse(v);
            } catch (ExportTimeParser.OrderConflict e) {
                throw EditoException.input(new SourcePos(file, (int) line, 0), "column '" + binding.header[col].strip()
                        + "': " + e.getMessage() + " (" + orderReason + "): one file cannot mix both orders");
            } catch (RuntimeException e) {
                throw new RowError("column '" + binding.header[col].strip() + "': " + e.getMessage());
            }
        }

        private PostMetrics post(CSVRecord rec, long line) {
            double[] values = MetricValues.newArray();
            for (int i = 0; i < binding.metricCol.length; i++) {
                double v = number(rec, binding.metricCol[i]);
                if (!Double.isNaN(v)) {
                    int k = binding.metricOf[i].ordinal();
                    values[k] = Double.isNaN(values[k]) ? v : values[k] + v;
                }
            }
            for (int i = 0; i < binding.rateCol.length; i++) {
                ColumnRule rule = binding.rateRule[i];
                int k = ((Metric) rule.field()).ordinal();
                double base = values[rule.rateOf().ordinal()];
                if (Double.isNaN(values[k]) && !Double.isNaN(base)) {
                    String v = cell(rec, binding.rateCol[i]);
                    double rate;
                    try {
                        rate = rule.unit() == ColumnRule.RateUnit.SECONDS_TO_HOURS ? Values.parseSeconds(v, decimalComma)
                                : Values.parseRate(v, decimalComma, rule.unit() == ColumnRule.RateUnit.PERCENT);
                    } catch (NumberFormatException e) {
                        throw new RowError("column '" + binding.header[binding.rateCol[i]].strip() + "': " + e.getMessage());
                    }
                    if (!Double.isNaN(rate)) {
                        // counts stay whole (clicks from a rate); a watch time in hours does not
                        values[k] = rule.unit() == ColumnRule.RateUnit.SECONDS_TO_HOURS ? rate * base / 3600 : Math.round(rate * base);
                    }
                }
            }
            String permalink = text(rec, Attr.PERMALINK);
            String postId = text(rec, Attr.POST_ID);
            if (postId != null && looksRounded(postId)) {
                roundedIds++;
            }
            if (binding.type.has(Flag.YOUTUBE_ID) && permalink == null && postId != null) {
                permalink = "https://www.youtube.com/watch?v=" + postId;
            }
            String net = network;
            if (net == null) {
                String col = text(rec, Attr.NETWORK);
                net = col != null ? NetworkNames.canonical(col) : NetworkNames.fromUrl(permalink);
                if (net == null) {
                    throw new RowError("no network: no network column and no known permalink host");
                }
            }
            Instant at = null;
            boolean timeKnown = false;
            int tc = binding.col(Attr.PUBLISHED_AT);
            ExportTimeParser.Parsed p = tc >= 0 ? parseTime(rec, tc, line) : null;
            if (p != null) {
                at = p.toInstant(time.zone());
                timeKnown = p.time() != null;
            }
            if (!timeKnown && binding.type.has(Flag.TIME_FROM_ID)) {
                Instant fromId = IdClock.decode(net, postId != null ? postId : IdClock.idInPermalink(permalink));
                if (fromId != null) {
                    java.time.LocalDate idDay = java.time.LocalDate.ofInstant(fromId, time.zone());
                    // trust the id only where it agrees with the export's day (month and day: the year may be a guess)
                    if (p == null || idDay.getMonth() == p.date().getMonth() && idDay.getDayOfMonth() == p.date().getDayOfMonth()) {
                        at = fromId;
                        timeKnown = true;
                    } else if (p.yearGuessed()) {
                        // a day apart (the export's zone is not ours): the id still gives the year, the export the day
                        LocalDate near = nearDay(MonthDay.from(p.date()), idDay);
                        if (near != null) {
                            at = near.atStartOfDay(time.zone()).toInstant();
                        }
                    }
                }
            }
            if (at == null) {
                undatedPosts++;
            }
            return new PostMetrics(fileName, line, net, postId, permalink, at, timeKnown, text(rec, Attr.TYPE),
                    text(rec, Attr.CAMPAIGN), text(rec, Attr.PILLAR), text(rec, Attr.LANG), MetricValues.wrap(values));
        }

        private void series(CSVRecord rec, long line) {
            ExportTimeParser.Parsed p = parseTime(rec, binding.col(Attr.DATE), line);
            if (p == null) {
                throw new RowError("no date");
            }
            int hour = -1;
            int hc = binding.col(Attr.HOUR);
            if (hc >= 0) {
                double h = number(rec, hc);
                if (Double.isNaN(h) || h < 0 || h > 23 || h != Math.rint(h)) {
                    throw new RowError("column '" + binding.header[hc].strip() + "': not an hour 0-23: '" + cell(rec, hc) + "'");
                }
                hour = (int) h;
            }
            List<SeriesPoint> points = new ArrayList<>(binding.seriesCol.length);
            for (int i = 0; i < binding.seriesCol.length; i++) {
                double v = number(rec, binding.seriesCol[i]);
                if (!Double.isNaN(v)) {
                    points.add(new SeriesPoint(fileName + ":" + line, network, binding.seriesOf[i], p.date(), hour, v));
                }
            }
            points.forEach(sink::series);
        }

        private InboxItem inboxItem(CSVRecord rec, long line) {
            String channel = cell(rec, inbox[0]).strip();
            if (Values.isEmpty(channel)) {
                throw new RowError("no channel");
            }
            ExportTimeParser.Parsed received = parseTime(rec, inbox[1], line);
            if (received == null) {
                throw new RowError("no received_at");
            }
            ExportTimeParser.Parsed replied = inbox[2] >= 0 ? parseTime(rec, inbox[2], line) : null;
            Boolean resolved;
            try {
                resolved = inbox[3] >= 0 ? Values.parseBoolean(cell(rec, inbox[3])) : null;
            } catch (IllegalArgumentException e) {
                throw new RowError("column 'resolved': " + e.getMessage());
            }
            String kind = inbox[4] >= 0 && !Values.isEmpty(cell(rec, inbox[4]))
                    ? cell(rec, inbox[4]).strip().toLowerCase(Locale.ROOT) : null;
            Instant r = received.toInstant(time.zone());
            Instant rep = replied == null ? null : replied.toInstant(time.zone());
            if (rep != null && rep.isBefore(r)) {
                throw new RowError("replied_at is before received_at");
            }
            return new InboxItem(fileName + ":" + line, channel.toLowerCase(Locale.ROOT), r, rep, resolved, kind);
        }

        ReadSummary summary() {
            List<String> issues = issueText.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue).toList();
            List<String> notes = new ArrayList<>();
            if (roundedIds > 0) {
                notes.add(roundedIds + " post id(s) in scientific notation (6.49E+17): a spreadsheet rounded them, so joins"
                        + " by post id cannot find these posts; use the original export");
            }
            if (orderDefaulted) {
                notes.add("dates such as '" + firstAmbiguous + "' (line " + firstAmbiguousLine + ") read "
                        + time.defaultOrder() + ": no date in the file has a day over 12 to prove the order; month first"
                        + " is the default of ',' and tab files, day first of ';' files");
            }
            if (undatedPosts > 0 && binding.type.kind() == Kind.POSTS) {
                notes.add(undatedPosts + " post(s) without a publication date: counted in totals, left out of dated periods");
            }
            return new ReadSummary(file, binding.type, src.charset().name(), src.delimiter(), read, used, skipped,
                    Map.copyOf(reasons), issues, List.copyOf(notes));
        }
    }

    /** The day {@code md} within one day of {@code idDay} (across a new year too), or null when it is further. */
    static LocalDate nearDay(MonthDay md, LocalDate idDay) {
        for (int y = idDay.getYear() - 1; y <= idDay.getYear() + 1; y++) {
            if (md.isValidYear(y)) {
                LocalDate d = md.atYear(y);
                if (Math.abs(d.toEpochDay() - idDay.toEpochDay()) <= 1) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Ids Excel turned into numbers in scientific notation ({@code 6.49E+17}): their digits are lost. */
    /**
     * Whether {@code id} reads {@code \\d(?:[.,]\\d+)?[eE]\\+?\\d+} (a spreadsheet's scientific notation), by hand:
     * it is asked once per row, and compiling that pattern on every row was a sixth of {@code report}'s CPU time.
     */
    static boolean looksRounded(String id) {
        int n = id.length();
        if (n < 3 || !digit(id.charAt(0))) {
            return false;
        }
        int i = 1;
        if (id.charAt(i) == '.' || id.charAt(i) == ',') {
            int from = ++i;
            while (i < n && digit(id.charAt(i))) {
                i++;
            }
            if (i == from) {
                return false;
            }
        }
        if (i >= n || (id.charAt(i) != 'e' && id.charAt(i) != 'E')) {
            return false;
        }
        i++;
        if (i < n && id.charAt(i) == '+') {
            i++;
        }
        int from = i;
        while (i < n && digit(id.charAt(i))) {
            i++;
        }
        return i > from && i == n;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A row that cannot be used; reported with its line and skipped (or fatal with --strict). */
    private static final class RowError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowError(String message) {
            super(message, null, false, false);
        }
    }
}
