package io.edito.charter;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** A posting window: on these days, from {@code start} (inclusive) to {@code end} (exclusive; 24:00 = midnight). */
public record Window(Set<DayOfWeek> days, LocalTime start, LocalTime end, boolean untilMidnight) {
    public boolean contains(DayOfWeek day, LocalTime t) {
        return days.contains(day) && !t.isBefore(start) && (untilMidnight || t.isBefore(end));
    }
}
