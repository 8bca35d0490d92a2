package io.edito.kpi;

import java.time.LocalDate;

/** Which period a record's day falls in: the report's, the previous one ({@code --compare previous}), or neither. */
final class PeriodWindow {
    static final int CURRENT = 0;
    static final int PREVIOUS = 1;
    static final int NEITHER = -1;

    private final LocalDate from;
    private final LocalDate to;
    private final boolean comparePrevious;
    private final LocalDate previousFrom;
    private final LocalDate previousTo;

    PeriodWindow(ReportSpec spec) {
        this.from = spec.from();
        this.to = spec.to();
        this.comparePrevious = spec.comparePrevious();
        this.previousFrom = comparePrevious ? spec.previousFrom() : null;
        this.previousTo = comparePrevious ? spec.previousTo() : null;
    }

    /** {@link #CURRENT}, {@link #PREVIOUS} or {@link #NEITHER}; undated: in an open period only. */
    int of(LocalDate day) {
        if (from == null && to == null) {
            return CURRENT;
        }
        if (day == null) {
            return NEITHER;
        }
        if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
            return CURRENT;
        }
        if (comparePrevious && !day.isBefore(previousFrom) && !day.isAfter(previousTo)) {
            return PREVIOUS;
        }
        return NEITHER;
    }
}
