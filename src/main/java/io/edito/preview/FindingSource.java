package io.edito.preview;

import io.edito.calendar.Calendar;
import io.edito.check.Finding;
import java.util.List;

/** Where the preview gets the charter findings of a calendar (the checks run by {@code edito check}). */
@FunctionalInterface
public interface FindingSource {
    /** No checks: cards show no findings. */
    FindingSource NONE = calendar -> List.of();

    List<Finding> findings(Calendar calendar);
}
