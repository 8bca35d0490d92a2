package io.edito.listen;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.metrics.ExportTimeParser;
import io.edito.metrics.TextSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a listening tool's CSV export into items (docs/listening.md#import). The file is opened like the metric
 * exports ({@link TextSource}: encoding, BOM, {@code sep=} line and delimiter detected); columns are found by their
 * header, in any order, under the names each format uses. A row without text, or with a date that cannot be read,
 * is an input error naming file:line: nothing is imported then (no silent loss).
 */
public final class MentionImport {
    /** The formats {@code --type} names ({@code inbox}, the community-care inbox export, is read by InboxImport). */
    public enum Type {
        generic, meltwater, brandwatch, inbox;
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
                    "lang", List.of("language"), "sentiment", List.of("sentiment")));
    private static final int MAX_ROWS = 200_000;

    private MentionImport() {
    }

    /** The items of {@code file}; dates without an offset are read in {@code zone}. */
    public static List<FoundItem> read(Path file, Type type, ZoneId zone) {
        if (!Files.isRegularFile(file)) {
            throw EditoException.input(SourcePos.ofFile(file), Files.isDirectory(file) ? "is a folder, not a CSV file"
                    : "no such file");
        }
        if (type == Type.inbox) {
            throw new IllegalArgumentException("an inbox export is read by InboxImport");
        }
        Map<String, List<String>> names = COLUMNS.get(type);
        List<FoundItem> out = new ArrayList<>();
        try (TextSource src = TextSource.open(file, null);
                CSVParser csv = CSVParser.builder().setReader(src.reader()).setFormat(CSVFormat.RFC4180.builder()
                        .setDelimiter(src.delimiter()).setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get()).get()) {
            Map<String, Integer> at = new LinkedHashMap<>();
            Map<String, Integer> header = new LinkedHashMap<>();
            csv.getHeaderMap().forEach((h, i) -> header.put(h.strip().toLowerCase(Locale.ROOT), i));
            names.forEach((field, candidates) -> {
                for (String c : candidates) {
                    if (header.containsKey(c)) {
                        at.put(field, header.get(c));
                        return;
                    }
                }
            });
            int line = src.hadSepLine() ? 2 : 1;
            if (!at.containsKey("text")) {
                throw EditoException.input(new SourcePos(file, line, 1), "no text column for a " + type + " export "
                        + "(expected one of: " + String.join(", ", names.get("text")) + "; found: "
                        + String.join(", ", header.keySet()) + ")");
            }
            ExportTimeParser times = new ExportTimeParser(zone, LocalDate.now(zone), true);
            for (CSVRecord r : csv) {
                if (out.size() >= MAX_ROWS) {
                    throw EditoException.input(SourcePos.ofFile(file), "more than " + MAX_ROWS + " rows: split the "
                            + "export");
                }
                int row = (int) r.getRecordNumber() + line;
                String text = cell(r, at, "text");
                if (text == null) {
                    throw EditoException.input(new SourcePos(file, row, 1), "row without text");
                }
                Instant when = null;
                String date = cell(r, at, "date");
                if (date != null) {
                    when = Dates.parse(date);
                    if (when == null) {
                        try {
                            ExportTimeParser.Parsed p = times.parse(date);
                            when = p == null ? null : p.toInstant(zone);
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
                        sentiment(cell(r, at, "sentiment"))));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw EditoException.input(SourcePos.ofFile(file), "cannot read the CSV (" + e.getMessage() + ")");
        }
        return out;
    }

    private static String sentiment(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String cell(CSVRecord r, Map<String, Integer> at, String field) {
        Integer i = at.get(field);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
