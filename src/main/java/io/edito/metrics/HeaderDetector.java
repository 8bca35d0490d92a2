package io.edito.metrics;

import io.edito.core.EditoException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/** Finding an export's header row: the types it may be, the title and other rows above it, and why none was found. */
final class HeaderDetector {
    /** Records looked at before the header before giving up. */
    private static final int MAX_PREAMBLE = 200;
    /** Characters of "columns seen" in an unknown-export message: a binary file or a 10 KB line stays one short line. */
    static final int MAX_SHOWN = 200;

    /** The header row found: its type, its cells and the one-cell title rows above it. */
    record Header(ExportType type, List<String> cells, List<String> titles) {
    }

    private final String forcedType;
    private final List<ExportType> extraTypes;
    /** The types a header may be: the forced one, else user mappings and then the built-in types. */
    private final List<ExportType> candidates;
    private final List<String> titles = new ArrayList<>();
    /** The first row of several cells above the header, for the message when none is found. */
    private List<String> firstRow;
    private int preamble;

    /**
     * @param forcedType a type id ({@code --type}), or null to detect
     * @param extraTypes user mappings, tried before the built-in types
     */
    HeaderDetector(String forcedType, List<ExportType> extraTypes) {
        this.forcedType = forcedType;
        this.extraTypes = extraTypes;
        this.candidates = candidates(forcedType, extraTypes);
    }

    List<ExportType> candidates() {
        return candidates;
    }

    /** {@code rec}'s header when it is one; otherwise the row is kept as preamble (blank and comment rows skipped). */
    Header offer(CSVRecord rec) {
        if (ExportRowMapper.isBlank(rec)) {
            return null;
        }
        String first0 = rec.get(0).strip();
        if (first0.startsWith("#") && rec.size() <= 2) {
            return null;
        }
        List<String> cells = rec.toList();
        ExportType type = detect(cells);
        if (type != null) {
            return new Header(type, cells, titles);
        }
        if (rec.size() == 1) {
            titles.add(first0);
        } else if (firstRow == null) {
            firstRow = cells;
        }
        preamble++;
        return null;
    }

    /** Whether more rows than {@link #MAX_PREAMBLE} came without a header. */
    boolean gaveUp() {
        return preamble > MAX_PREAMBLE;
    }

    /** The error for {@code file} when no header was found: the columns seen and the closest known types. */
    EditoException unknownHeader(Path file) {
        List<String> seen = firstRow != null ? firstRow : titles;
        List<String> closest = ExportTypes.closest(seen, candidates, 3);
        String cols = seen.isEmpty() ? "(no columns)" : shown(String.join(", ", seen.stream().map(s -> "'" + s.strip() + "'").toList()));
        String which = forcedType != null ? "not a '" + forcedType + "' export" : "unknown export";
        return EditoException.input(file + ": " + which + "; columns seen: " + cols
                + (closest.isEmpty() ? "" : "; closest known types: " + String.join(", ", closest))
                + "; see docs/kpi.md, or add a mapping in edito.yaml");
    }

    private static List<ExportType> candidates(String forcedType, List<ExportType> extraTypes) {
        List<ExportType> all = ExportTypes.withExtra(extraTypes);
        if (forcedType == null) {
            return all;
        }
        ExportType t = ExportTypes.byId(forcedType, all);
        if (t == null) {
            throw EditoException.input("unknown export type '" + forcedType + "' (known: "
                    + String.join(", ", all.stream().map(ExportType::id).toList()) + ")");
        }
        return List.of(t);
    }

    private ExportType detect(List<String> cells) {
        // user mappings win over built-in types on the same header
        List<ExportType> extra = candidates.stream().filter(extraTypes::contains).toList();
        ExportType t = ExportTypes.detect(cells, extra);
        return t != null ? t : ExportTypes.detect(cells, candidates);
    }

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
}
