package io.edito.charter;

import io.edito.core.SourcePos;
import java.time.LocalDate;

/** Days with no posts at all (both ends included). */
public record Blackout(LocalDate from, LocalDate to, String reason, SourcePos pos) {
    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
