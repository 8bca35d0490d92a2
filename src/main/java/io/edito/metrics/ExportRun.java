package io.edito.metrics;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.metrics.ExportType.Flag;
import io.edito.metrics.ExportType.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading one export once its header is found: each data row, one row late (a cut last row is told apart), through
 * the day-order buffer to the row mapper and on to the sink; description, total and malformed rows skipped and
 * logged; a header of another export inside the data refused.
 */
final class ExportRun {
    private final Path file;
    private final TextSource src;
    private final MetricsSink sink;
    private final RecordGuard guard;
    /** The types a header row inside the data is recognised against (a file of several exports put together). */
    private final List<ExportType> candidates;
    private final ExportTimeParser time;
    private final boolean decimalComma;
    /** The posts of the exports read before this one, or null when none is compared ({@link PostsSeen}). */
    private final PostsSeen.Export seen;
    final ReadLog log;
    private ColumnBinding binding;
    private ExportRowMapper rows;
    private DayOrderBuffer order;
    private YearlessBuffer years;
    /** The last row seen, handled when the next one comes or at the end (a cut last row is told apart). */
    private CSVRecord lastRec;
    private long lastLine;
    /** Data rows shorter than the header so far (Meta writes them: then a short last row is not a cut). */
    private long shortRows;

    ExportRun(Path file, TextSource src, MetricsSink sink, RecordGuard guard, List<ExportType> candidates,
              ExportReader.Options options, PostsSeen.Export seen) {
        this.file = file;
        this.seen = seen;
        this.src = src;
        this.sink = sink;
        this.guard = guard;
        this.candidates = candidates;
        this.decimalComma = src.decimalComma();
        this.time = new ExportTimeParser(options.zone(), options.asOf(), decimalComma);
        this.log = new ReadLog(file, options.strictBy());
    }

    boolean bound() {
        return binding != null;
    }

    /** The header row found at {@code line}. */
    void bind(HeaderDetector.Header header, long line) {
        ExportType type = header.type();
        List<String> cells = header.cells();
        List<String> titles = header.titles();
        SeriesMetric titleMetric = null;
        String network = type.network();
        if (type.has(Flag.METRIC_FROM_TITLE)) {
            String title = titles.isEmpty() ? "" : titles.get(titles.size() - 1);
            titleMetric = SeriesMetric.fromMetaTitle(title);
            if (titleMetric == null) {
                throw EditoException.input(new SourcePos(file, (int) line - 1, 0), "daily series '" + title
                        + "' is not one edito knows (reach, follows, followers, visits, views, link clicks, interactions)");
            }
            network = title.toLowerCase(Locale.ROOT).contains("instagram") ? "instagram" : "facebook";
        }
        binding = new ColumnBinding(type, cells, titleMetric);
        int[] inbox = null;
        int[] dateCols;
        if (type.kind() == Kind.INBOX) {
            List<String> norm = cells.stream().map(ExportTypes::normalize).toList();
            inbox = ExportTypes.INBOX_COLUMNS.stream().mapToInt(norm::indexOf).toArray();
            dateCols = IntStream.of(inbox[1], inbox[2]).filter(c -> c >= 0).toArray();
        } else {
            dateCols = IntStream.of(binding.col(Attr.PUBLISHED_AT), binding.col(Attr.DATE)).filter(c -> c >= 0).toArray();
        }
        // the rows of an export whose dates have no year wait for its newest day (TikTok's video ids give theirs)
        int yearCol = type.kind() == Kind.INBOX || type.has(Flag.TIME_FROM_ID) ? -1
                : binding.col(Attr.DATE) >= 0 ? binding.col(Attr.DATE) : binding.col(Attr.PUBLISHED_AT);
        years = new YearlessBuffer(time, yearCol, this::process);
        order = new DayOrderBuffer(time, dateCols, type.has(Flag.ENDS_AT_BLANK_LINE), years::offer);
        rows = new ExportRowMapper(file, binding, network, time, decimalComma, inbox, () -> order.orderReason());
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
        boolean go = order.offer(prev, prevLine);
        if (!go) {
            lastRec = null;
        }
        return go;
    }

    /**
     * At the end of the file: the last row is handled (a row shorter than the header, without final newline, in a
     * file whose other rows are full, was cut: it is skipped and told), then held rows are read in the default order.
     */
    void finish() {
        if (lastRec != null) {
            CSVRecord rec = lastRec;
            lastRec = null;
            if (rec.size() < binding.header.length && !guard.endsWithNewline() && shortRows == 0
                    && !ExportRowMapper.isBlank(rec)) {
                log.dataRows++;
                log.read++;
                log.skip("row ends early", "row ends early (" + rec.size() + " of " + binding.header.length
                        + " cells): the file was cut", lastLine);
            } else if (!order.offer(rec, lastLine)) {
                order.drop();
                return;
            }
        }
        order.finish();
        years.finish();
    }

    /** Refuses a file whose rows do not fit its type ({@link ReadLog#checkFit}). */
    void checkFit() {
        log.checkFit(binding.type.id());
    }

    /** Handles one data row once the day order is settled; false to stop reading (end of the section). */
    private boolean process(CSVRecord rec, long line) {
        if (ExportRowMapper.isBlank(rec)) {
            return !(binding.type.has(Flag.ENDS_AT_BLANK_LINE) && log.dataRows > 0);
        }
        log.dataRows++;
        if (log.dataRows == 1 && isDescriptionRow(rec)) {
            notAHeader(rec, line);
            return true;
        }
        log.read++;
        if (rec.size() < binding.header.length) {
            shortRows++;
        }
        if (totalRow(rec)) {
            log.skip("total row", null, line);
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
                case POSTS -> {
                    PostMetrics post = rows.post(rec, line);
                    if (seen != null && seen.readBefore(post)) {
                        rows.notCounted(post); // its notes (undated, rounded id) belong to the file that counted it
                        log.readBefore(line);
                        return true;
                    }
                    sink.post(post);
                }
                case SERIES -> rows.series(rec, line, sink);
                case INBOX -> sink.inbox(rows.inboxItem(rec, line));
            }
            log.fitted();
        } catch (RowError e) {
            notAHeader(rec, line);
            log.misfit(e.getMessage(), line);
            log.skip("malformed", e.getMessage(), line);
        }
        return true;
    }

    /** A row that does not fit (or is taken for a description row) must not be an export's header: files put together. */
    private void notAHeader(CSVRecord rec, long line) {
        if (endsWithOwnHeader(rec)) {
            throw EditoException.input(new SourcePos(file, (int) line, 0), "this row ends with this export's own header"
                    + " (" + binding.header.length + " columns from '" + ExportTypes.normalize(binding.header[0])
                    + "'): this file is several exports put together, one without a final line break (its last row and"
                    + " the next export's header are one line); give each export as a FILE of its own");
        }
        ExportType other = ExportTypes.detect(rec.toList(), candidates);
        if (other != null) {
            throw EditoException.input(new SourcePos(file, (int) line, 0), "a header row ("
                    + (other == binding.type ? "this export's own, again" : "of a '" + other.id() + "' export")
                    + ") inside a '" + binding.type.id() + "' export: this file is several exports put"
                    + " together; give each export as a FILE of its own");
        }
    }

    /**
     * Whether {@code rec} is the last row of one export and the header of the next on one line ({@code cat} of exports
     * without a final line break): longer than the header, its last cells are the header's names after the first,
     * and the cell before them ends with the first (the last value and the first name are read as one cell).
     */
    private boolean endsWithOwnHeader(CSVRecord rec) {
        int h = binding.header.length;
        if (h < 2 || rec.size() < h + 1) {
            return false;
        }
        int from = rec.size() - (h - 1); // where the header's second name would be
        for (int i = 1; i < h; i++) {
            if (!ExportTypes.normalize(rec.get(from + i - 1)).equals(ExportTypes.normalize(binding.header[i]))) {
                return false;
            }
        }
        String joined = ExportTypes.normalize(rec.get(from - 1)).replace("\"", "");
        String first = ExportTypes.normalize(binding.header[0]).replace("\"", "");
        return !first.isEmpty() && joined.endsWith(first);
    }

    /** A data row with more than {@link ExportReader#MAX_FIELDS} fields: counted as read and skipped, with its line. */
    void tooWide(CSVRecord rec, long line) {
        log.dataRows++;
        log.read++;
        log.misfit(rec.size() + " fields, more than " + ExportReader.MAX_FIELDS, line);
        log.skip("malformed", rec.size() + " fields, more than " + ExportReader.MAX_FIELDS, line);
    }

    /** The description row some exports put under the header (Facebook Insights): text where numbers go. */
    private boolean isDescriptionRow(CSVRecord rec) {
        int text = 0;
        for (int c : binding.metricCol) {
            String v = ExportRowMapper.cell(rec, c);
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

    /** What a total row's first cell says (a spreadsheet's sum line under a sheet of posts). */
    private static final java.util.Set<String> TOTAL_LABELS = java.util.Set.of("total", "totals", "grand total",
            "total général", "total general", "totaux", "sum", "somme", "totaal", "gesamt", "summe", "totale", "suma",
            "المجموع", "الإجمالي", "إجمالي");

    /** Whole phrases a spreadsheet writes for its sum line. */
    private static final java.util.Set<String> TOTAL_PHRASES = java.util.Set.of("total posts", "posts total",
            "total publications", "total des publications", "total général des publications");

    /**
     * Whether {@code cell} is a total label: one of {@link #TOTAL_LABELS}, case aside, as a spreadsheet writes it
     * ({@code Total:}, {@code Totals :}, {@code Total posts}, {@code Grand total (March)}, {@code Totals: 12 posts});
     * a label followed by other words ({@code Total Recall launch}, a campaign) is not one.
     */
    static boolean totalLabel(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || s.charAt(0) <= '9') {
            return false; // an id, a date, a number: most first cells, told at once
        }
        // a no-break space (a French spreadsheet's "Total :") read as a space
        s = s.replace('\u00A0', ' ').replace('\u202F', ' ').strip().toLowerCase(java.util.Locale.ROOT);
        int end = s.length();
        while (end > 0 && (":：.*=".indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        s = s.substring(0, end);
        if (TOTAL_LABELS.contains(s) || TOTAL_PHRASES.contains(s)) {
            return true;
        }
        // the label, then ':', '(', a dash or a number, and what a spreadsheet adds: "totals: 12 posts",
        // "grand total (march)", "total - mars", "total 12"
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean after = c == ':' || c == '(' || c == '：' || c == '-' || c == '–' || c == '—'
                    || c >= '0' && c <= '9' && i > 0 && s.charAt(i - 1) == ' ';
            if (after && TOTAL_LABELS.contains(s.substring(0, i).strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A total row, skipped and counted rather than read as a post whose figures double every sum: YouTube's own
     * ({@code Total} first); in any export of posts, a row whose first filled cell is a total label ({@code Total},
     * {@code Grand total}, {@code المجموع}...) and that names no post: no id, no link and no date, besides the label.
     */
    private boolean totalRow(CSVRecord rec) {
        if (binding.type.has(Flag.SKIP_TOTAL_ROW)) {
            return rec.get(0).strip().equalsIgnoreCase("total");
        }
        if (binding.type.kind() != Kind.POSTS) {
            return false;
        }
        String first = null;
        for (String cell : rec) {
            if (!cell.isBlank()) {
                first = cell;
                break;
            }
        }
        if (first == null || !totalLabel(first)) {
            return false;
        }
        for (Attr a : new Attr[] {Attr.POST_ID, Attr.PERMALINK, Attr.PUBLISHED_AT}) {
            int c = binding.col(a);
            if (c >= 0 && c < rec.size() && !rec.get(c).isBlank() && !totalLabel(rec.get(c))) {
                return false;
            }
        }
        return true;
    }

    ReadSummary summary() {
        List<String> notes = new ArrayList<>();
        if (rows.roundedIds > 0) {
            notes.add(rows.roundedIds + " post id(s) in scientific notation (6.49E+17): a spreadsheet rounded them, so"
                    + " joins by post id cannot find these posts; use the original export");
        }
        if (src.delimiter() == ';' && !decimalComma) {
            notes.add("read with '.' as the decimal mark: a ';' file usually writes 2,5, but this one's cells write 2.5"
                    + " (so 6.105 is six and a tenth, not 6,105)");
        }
        String unread = ExportTypes.unreadColumnNote(binding.type, java.util.Arrays.asList(binding.header));
        if (unread != null) {
            notes.add(unread);
        }
        if (years.note() != null) {
            notes.add(years.note());
        }
        String defaulted = order.defaultNote();
        if (defaulted != null) {
            notes.add(defaulted);
        }
        if (seen != null) {
            notes.addAll(seen.notes());
        }
        if (!rows.zeroViewsWithReach.isEmpty()) {
            notes.add(rows.zeroViewsWithReach.size() + " post(s) with 0 " + binding.headerOf(Metric.IMPRESSIONS)
                    + " but a reach above 0: 0 is not a measure there, so their impressions are left out (and so of the"
                    + " engagement rate)");
        }
        if (!rows.skippedTimes.isEmpty()) {
            notes.add(ExportTimeParser.ClockChange.SKIPPED.note(rows.skippedTimes.size(), rows.skippedTimes.first(),
                    time.zone()));
        }
        if (!rows.repeatedTimes.isEmpty()) {
            notes.add(ExportTimeParser.ClockChange.REPEATED.note(rows.repeatedTimes.size(), rows.repeatedTimes.first(),
                    time.zone()));
        }
        if (rows.undatedPosts > 0 && binding.type.kind() == Kind.POSTS) {
            notes.add(rows.undatedPosts + " post(s) without a publication date: counted in totals, left out of dated"
                    + " periods");
        }
        return new ReadSummary(file, binding.type, src.charset().name(), src.delimiter(), log.read, log.used,
                log.skipped, Collections.unmodifiableMap(new LinkedHashMap<>(log.reasons)), log.issues(),
                List.copyOf(notes));
    }
}
