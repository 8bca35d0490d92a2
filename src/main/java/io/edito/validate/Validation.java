package io.edito.validate;

import io.edito.calendar.Workspace;
import io.edito.core.Problem;
import java.util.List;

/**
 * The result of {@code edito validate}: what was read and every structural problem found.
 */
public record Validation(int files, int posts, List<Problem> problems) {

    public static Validation of(Workspace.Loaded loaded) {
        return new Validation(loaded.calendar().files().size(), loaded.calendar().posts().size(), loaded.problems());
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
