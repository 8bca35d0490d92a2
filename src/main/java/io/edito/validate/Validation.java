package io.edito.validate;

import io.edito.calendar.Workspace;
import io.edito.core.Problem;
import java.util.List;

/**
 * The result of {@code edito validate}: what was read and every structural problem found (edito.yaml, the calendar,
 * the brands' charters).
 */
public record Validation(int files, int posts, List<Problem> problems) {

    /**
     * With more problems (the publish: settings, the brands' charters) after those of edito.yaml and the calendar.
     */
    public static Validation of(Workspace.Loaded loaded, List<Problem> more) {
        List<Problem> all = new java.util.ArrayList<>(loaded.problems());
        all.addAll(more);
        return new Validation(loaded.calendar().files().size(), loaded.calendar().posts().size(), List.copyOf(all));
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
