package io.edito.listen;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.metrics.ExportTimeParser;
import io.edito.metrics.TextSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a listening tool's CSV export into items (docs/listening.md#import). The file is opened like the metric
 * exports ({@link TextSource}: encoding, BOM, {@code sep=} line and delimiter detected); columns are found by their
 * header, in any order, under the names each format uses; blank or one-cell title rows above the header (a
 * spreadsheet report saved as CSV) are passed over. A row without text, or with a date that cannot be read, is an
 * input error naming file:line: nothing is imported then (no silent loss).
 */
public final class MentionImport {
    /** The formats {@code --type} names ({@code inbox}, the community-care inbox export, is read by InboxImport). */
    public enum Type {
        generic, meltwater, brandwatch, brand24, mention, talkwalker, inbox,
        /** Google's reviews of the brand's places, as its APIs answer (JSON: {@link ReviewImport}). */
        reviews;
    }

    /** Field to the header names that hold it (lower case), per type. */
    private static final Map<Type, Map<String, List<String>>> COLUMNS = Map.of(
            Type.generic, Map.of("date", List.of("date", "published_at", "published"), "url", List.of("url", "link"),
                    "author", List.of("author"), "title", List.of("title"), "text", List.of("text", "content"),
                    "lang", List.of("lang", "language"), "sentiment", List.of("sentiment"), "id", List.of("id")),
            // Meltwater's export header: Date, Headline, URL, Opening Text, Hit Sentence, Source, Influencer, ...
            Type.meltwater, Map.of("date", List.of("date"), "url", List.of("url"), "author", List.of("influencer"),
                    "title", List.of("headline"), "text", List.of("hit sentence", "opening text"),
                    "lang", List.of("language"), "sentiment", List.of("sentiment")),
            // Brandwatch's: Date, Author, Full Text, Title, Thread Id, Thread Author, Domain, Url, ...
            Type.brandwatch, Map.of("date", List.of("date"), "url", List.of("url"), "author", List.of("author"),
                    "title", List.of("title"), "text", List.of("full text", "snippet"),
                    "lang", List.of("language"), "sentiment", List.of("sentiment")),
            // Brand24's report workbook, sheet Mentions: (an unnamed first column), ID, Date, Hrs, Title, Content,
            // Source (the mention's URL), Domain, Category, Sentiment (-1, 0, 1), Tags; the header on the second row
            // (github.com/edforman-75/bentham, packages/social-listening/src/brand24-importer.ts). The same project's
            // CSV reader adds url, text, author, language, time; no Brand24 CSV header row could be checked.
            Type.brand24, Map.of("date", List.of("date"), "time", List.of("hrs", "time"),
                    "url", List.of("url", "source"), "author", List.of("author"), "title", List.of("title"),
                    "text", List.of("content", "text"), "lang", List.of("language"),
                    "sentiment", List.of("sentiment"), "id", List.of("id")),
            // Mention (mention.com): its API's mention fields, as no CSV export header could be checked: id, title,
            // description, original_url, published_at, tone (-1, 0, 1: negative, neutral, positive)
            // (dev.mention.com/current/src/account/alert/mention/GetMention.html and GetMentions.html); language
            // as a Python client documents it (github.com/mazi76erX2/mention-python).
            Type.mention, Map.of("date", List.of("published_at"), "url", List.of("original_url"),
                    "title", List.of("title"), "text", List.of("description"), "lang", List.of("language"),
                    "sentiment", List.of("tone"), "id", List.of("id")),
            // Talkwalker's export header (a real export: github.com/ALB5/talkwalker_gephi, sample.xlsx): url,
            // indexed, published, search_indexed, title_snippet, content_snippet, title, content, ..., lang, ...,
            // sentiment (-5, 0, 5), source_type, ..., extra_author_attributes.name, ...short_name, ..., engagement,
            // reach; published as 22/09/17 11:00:24 (day first), or epoch milliseconds as its API writes it.
            Type.talkwalker, Map.of("date", List.of("published"), "url", List.of("url"),
                    "author", List.of("extra_author_attributes.name", "extra_author_attributes.short_name"),
                    "title", List.of("title"), "text", List.of("content", "content_snippet"), "lang", List.of("lang"),
                    "sentiment", List.of("sentiment")));
    private static final int MAX_ROWS = 200_000;
    /** Blank or one-cell title rows looked through for the header row. */
    private static final int MAX_TITLE_ROWS = 10;
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{12,13}");
    private static final Pattern DAY_FIRST_SHORT_YEAR =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}) (\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private MentionImport() {
    }

    /** {@link #read(Path, Type, ZoneId, java.util.function.Consumer)}, its notes left out: for tests. */
    static List<FoundItem> read(Path file, Type type, ZoneId zone) {
        return read(file, type, zone, note -> { });
    }

    /**
     * The items of {@code file}; dates without an offset are read in {@code zone}. What is worth knowing about how the
     * file was read (the order of its slash dates when nothing in it proves one) is told to {@code notes}.
     */
    public static List<FoundItem> read(Path file, Type type, ZoneId zone, java.util.function.Consumer<String> notes) {
        if (Files.isDirectory(file) || !Files.exists(file)) { // a pipe (listen --import <(unzip -p x.zip)) is read
            throw EditoException.input(SourcePos.ofFile(file), Files.isDirectory(file) ? "is a folder, not a CSV file"
                    : "no such file");
        }
        if (type == Type.inbox || type == Type.reviews) {
            throw new IllegalArgumentException(type + " is read by " + (type == Type.inbox ? "InboxImport" : "ReviewImport"));
        }
        Map<String, List<String>> names = COLUMNS.get(type);
        List<FoundItem> out = new ArrayList<>();
        int offset = 0; // a "sep=;" line before the CSV
        try (TextSource src = TextSource.open(file, null);
                CSVParser csv = CSVParser.builder().setReader(src.reader()).setFormat(CSVFormat.RFC4180.builder()
                        .setDelimiter(src.delimiter()).setIgnoreEmptyLines(true).get()).get()) {
            offset = src.hadSepLine() ? 1 : 0;
            Iterator<CSVRecord> records = csv.iterator();
            Map<String, Integer> at = null;
            int headerCells = 0;
            Map<String, Integer> firstRow = null;
            long firstLine = 1 + offset;
            for (int i = 0; i < MAX_TITLE_ROWS && records.hasNext(); i++) {
                CSVRecord r = records.next();
                Map<String, Integer> header = header(r);
                if (firstRow == null && !header.isEmpty()) {
                    firstRow = header;
                    firstLine = r.getRecordNumber() + offset;
                }
                Map<String, Integer> bound = bind(names, header);
                if (bound.containsKey("text")) {
                    at = bound;
                    headerCells = r.size();
                    break;
                }
                if (header.size() > 1) {
                    // a row of several cells that is not the header: the header is missing, say what the file has
                    firstRow = header;
                    firstLine = r.getRecordNumber() + offset;
                    break;
                }
            }
            if (at == null) {
                throw EditoException.input(new SourcePos(file, (int) firstLine, 1), startsLikeJson(file)
                        ? JSON_NOT_CSV : "no text column for a " + type
                        + " export (expected one of: " + String.join(", ", names.get("text")) + "; found: "
                        + (firstRow == null ? "nothing" : found(firstRow.keySet())) + ")");
            }
            List<CSVRecord> rows = new ArrayList<>();
            while (records.hasNext()) {
                rows.add(records.next());
                if (rows.size() > MAX_ROWS) {
                    throw EditoException.input(SourcePos.ofFile(file), "more than " + MAX_ROWS + " rows: split the "
                            + "export");
                }
            }
            // slash dates are read in one order for the whole file, as the report reads exports (docs/kpi.md)
            ExportTimeParser times = new ExportTimeParser(zone, LocalDate.now(zone), src.decimalComma());
            if (at.containsKey("date") && type != Type.talkwalker) {
                dayOrder(file, rows, at.get("date"), offset, times, notes);
            }
            // rows whose local time a daylight-saving change skipped or repeated: how many, and the first's line
            Map<ExportTimeParser.ClockChange, long[]> clockChanges = new java.util.EnumMap<>(ExportTimeParser.ClockChange.class);
            for (CSVRecord r : rows) {
                int row = (int) (r.getRecordNumber() + offset);
                String text = cell(r, at, "text");
                if (text == null) {
                    throw EditoException.input(new SourcePos(file, row, 1), "row without text");
                }
                for (int i = headerCells; i < r.size(); i++) {
                    if (!r.get(i).isBlank()) { // a cell past the header: the row's columns are not the header's
                        throw EditoException.input(new SourcePos(file, row, i + 1), "row has " + r.size()
                                + " cells, the header " + headerCells + " (a comma inside a cell that is not quoted?)");
                    }
                }
                if (at.containsKey("date") && cell(r, at, "date") == null) {
                    throw EditoException.input(new SourcePos(file, row, at.get("date") + 1), "row without a date (its "
                            + "mention would be dated at the import, not when it was written)");
                }
                Instant when = null;
                String date = cell(r, at, "date");
                if (date != null) {
                    String time = cell(r, at, "time");
                    if (time != null) {
                        date = date + " " + time;
                    }
                    when = toolDate(type, date, zone);
                    if (when == null) {
                        when = Dates.parse(date);
                    }
                    if (when == null) {
                        try {
                            ExportTimeParser.Parsed p = times.parse(date);
                            when = p == null ? null : p.toInstant(zone);
                            if (p != null) {
                                clockChanges.merge(p.clockChange(zone), new long[] {1, row},
                                        (a, b) -> new long[] {a[0] + 1, a[1]});
                            }
                        } catch (RuntimeException e) {
                            when = null;
                        }
                    }
                    if (when == null) {
                        throw EditoException.input(new SourcePos(file, row, at.get("date") + 1), "'" + date + "' is not "
                                + "a date (use 2026-12-18T10:15:00+01:00 or 2026-12-18 10:15)");
                    }
                }
                String id = cell(r, at, "id");
                out.add(new FoundItem(id == null ? null : "import:" + type + ":" + id, cell(r, at, "url"),
                        cell(r, at, "author"), cell(r, at, "title"), HtmlText.toText(text), cell(r, at, "lang"), when,
                        sentiment(type, cell(r, at, "sentiment"))));
            }
            clockChanges.forEach((change, seen) -> {
                String note = change.note(seen[0], seen[1], zone);
                if (note != null) {
                    notes.accept(file + ": " + note);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                throw EditoException.input(SourcePos.ofFile(file), "not valid text in its encoding; re-save it as UTF-8");
            }
            int line = TextSource.csvStartLine(e);
            throw EditoException.input(line > 0 ? new SourcePos(file, line + offset, 0) : SourcePos.ofFile(file),
                    "unreadable CSV: " + TextSource.csvWhy(e) + (startsLikeJson(file) ? " (" + JSON_NOT_CSV + ")" : ""));
        }
        return out;
    }

    /** A row's cells as header names (stripped, lower case) to their column; blank names left out, the first kept. */
    private static Map<String, Integer> header(CSVRecord r) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < r.size(); i++) {
            String h = r.get(i).strip().toLowerCase(Locale.ROOT);
            if (!h.isEmpty()) {
                header.putIfAbsent(h, i);
            }
        }
        return header;
    }

    /** Each field to the column of its first candidate name present in {@code header}. */
    private static Map<String, Integer> bind(Map<String, List<String>> names, Map<String, Integer> header) {
        Map<String, Integer> at = new LinkedHashMap<>();
        names.forEach((field, candidates) -> {
            for (String c : candidates) {
                if (header.containsKey(c)) {
                    at.put(field, header.get(c));
                    return;
                }
            }
        });
        return at;
    }

    /**
     * Decides the order of the file's slash dates ({@code 03/04/2026}): the first date with a day over 12 decides it,
     * a later one in the other order is an error at its cell; when none proves an order and some are ambiguous, the
     * default is taken (month first in a {@code ,} or tab file, day first in a {@code ;} file, as the report does)
     * and said in a note.
     */
    private static void dayOrder(Path file, List<CSVRecord> rows, int col, int offset, ExportTimeParser times,
                                 java.util.function.Consumer<String> notes) {
        ExportTimeParser.DayOrder decided = null;
        String decidedBy = null;
        String ambiguous = null;
        for (CSVRecord r : rows) {
            String v = col < r.size() ? r.get(col).strip() : "";
            ExportTimeParser.Evidence e = ExportTimeParser.evidence(v);
            if (e == ExportTimeParser.Evidence.AMBIGUOUS && ambiguous == null) {
                ambiguous = v;
            }
            ExportTimeParser.DayOrder o = e.proves();
            if (o == null) {
                continue;
            }
            int line = (int) (r.getRecordNumber() + offset);
            if (decided == null) {
                decided = o;
                decidedBy = "'" + v + "' (line " + line + ")";
            } else if (o != decided) {
                throw EditoException.input(new SourcePos(file, line, col + 1), "'" + v + "' is " + o + ", but "
                        + decidedBy + " is " + decided + ": the dates of one file are in one order");
            }
        }
        if (decided != null) {
            times.decide(decided);
        } else if (ambiguous != null) {
            times.decide(times.defaultOrder());
            notes.accept(file + ": dates such as '" + ambiguous + "' read " + times.defaultOrder() + " (no date of the "
                    + "file has a day over 12 to say which comes first)");
        }
    }

    /**
     * The dates only one tool writes, or null: Talkwalker's epoch milliseconds (its API's {@code published}) and its
     * export's {@code 22/09/17 11:00:24} (day first, two-digit year, read in {@code zone}), which the general
     * readers would take for the year 17.
     */
    static Instant toolDate(Type type, String s, ZoneId zone) {
        if (type != Type.talkwalker) {
            return null;
        }
        if (EPOCH_MILLIS.matcher(s).matches()) {
            return Instant.ofEpochMilli(Long.parseLong(s));
        }
        Matcher m = DAY_FIRST_SHORT_YEAR.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDateTime.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6))).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The tool's sentiment as stored ({@code tool_sentiment}): lower case; a number becomes positive, neutral or
     * negative by its sign where the tool's scale is signed around neutral (Mention's tone and Brand24's -1, 0, 1;
     * Talkwalker's -5, 0, 5), and is kept as written for the other types.
     */
    static String sentiment(Type type, String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (type != Type.brand24 && type != Type.mention && type != Type.talkwalker) {
            return v;
        }
        if (!SIGNED_NUMBER.matcher(v).matches()) {
            return v;
        }
        double d = Double.parseDouble(v.replace(',', '.'));
        return d > 0 ? "positive" : d < 0 ? "negative" : "neutral";
    }

    private static String cell(CSVRecord r, Map<String, Integer> at, String field) {
        Integer i = at.get(field);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** Said of a JSON file given where a CSV export is read: the one JSON import there is. */
    private static final String JSON_NOT_CSV = "this file is JSON, not a CSV export: Google's reviews (their APIs' "
            + "answers) are read with --type reviews";

    /** Whether the file's first char that is not white space (after a byte order mark) opens a JSON object or list. */
    private static boolean startsLikeJson(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "")
                    .stripLeading();
            return start.startsWith("{") || start.startsWith("[");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The first cells of a row that is not a header, as the error quotes them: at most 8 cells of at most 40 chars (a
     * file that is not CSV, a feed given to --import, is one long row; quoted whole it was a 14,000-char line).
     */
    static String found(java.util.Collection<String> cells) {
        List<String> shown = new ArrayList<>();
        for (String c : cells) {
            if (shown.size() == 8) {
                shown.add("... (" + cells.size() + " cells)");
                break;
            }
            String one = c.replaceAll("\\s+", " ").strip();
            shown.add(one.length() > 40 ? one.substring(0, 40) + "..." : one);
        }
        return String.join(", ", shown);
    }
}
