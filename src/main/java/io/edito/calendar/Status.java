package io.edito.calendar;

import java.util.Locale;

/** Where a post stands in its life. */
public enum Status {
    DRAFT, REVIEW, APPROVED, SCHEDULED, PUBLISHED, CANCELLED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Approved or scheduled: ready to go out at its time. */
    public boolean isReady() {
        return this == APPROVED || this == SCHEDULED;
    }
}
