package io.edito.metrics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An export format, as data: how to recognise its header and which column feeds which normalised field.
 *
 * @param id        short name, used by {@code --type} and in reports
 * @param label     human name of the export ("Meta Business Suite, Instagram content")
 * @param network   the network all its rows belong to, or null when a column or the permalink says
 * @param signature normalised header names that must all be present for the type to be recognised
 */
public record ExportType(String id, String label, Kind kind, String network, List<ColumnRule> columns,
                         List<String> signature, Set<Flag> flags) {

    public enum Kind {
        /** One row per post. */
        POSTS,
        /** One row per day (or hour) of account-level values. */
        SERIES,
        /** One row per inbox message (community care). */
        INBOX
    }

    public enum Flag {
        /** A {@code Total} row (first cell) sums the others: skipped and counted (YouTube Studio). */
        SKIP_TOTAL_ROW,
        /** The posts table is one section of a report: a blank line after it ends it (Publer insights). */
        ENDS_AT_BLANK_LINE,
        /** The series metric and network come from the title line above the header (Meta daily exports). */
        METRIC_FROM_TITLE,
        /** The post id is a YouTube video id: the permalink is derived from it. */
        YOUTUBE_ID,
        /**
         * The export gives a day but no time (or no year): the time encoded in the post id (X snowflakes,
         * TikTok video ids) is used when it falls on that day.
         */
        TIME_FROM_ID,
        /** The generic format: every header name must belong to its vocabulary. */
        GENERIC
    }

    public ExportType {
        signature = signature.stream().map(ExportTypes::normalize).toList();
        columns = List.copyOf(columns);
        // an enum set: has() is asked several times per row of a large export, and a bit test is the cheapest answer
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        set.addAll(flags);
        flags = Collections.unmodifiableSet(set);
    }

    public boolean has(Flag f) {
        return flags.contains(f);
    }

    /** Every header name this type knows (all alternatives of all columns). */
    public Set<String> knownHeaders() {
        java.util.Set<String> s = new java.util.LinkedHashSet<>(signature);
        columns.forEach(c -> s.addAll(c.headers()));
        return s;
    }
}
