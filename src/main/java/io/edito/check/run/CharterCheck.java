package io.edito.check.run;

import io.edito.calendar.Calendar;
import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Problem;
import io.edito.core.Problems;
import io.edito.network.Networks;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The whole calendar checked against each brand's charter: what preview and publish need from {@code check}. */
public final class CharterCheck {
    private CharterCheck() {
    }

    /** Every finding of the calendar at {@code now}; a charter with errors is an input error naming the first. */
    public static CheckResult run(Calendar calendar, Instant now) {
        Checker checker = new Checker(Networks.defaults());
        Problems problems = new Problems();
        var charters = Charters.load(calendar, null, checker.catalog(), problems);
        List<Problem> errors = problems.all().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new EditoException(ExitCode.INPUT, errors.get(0).pos().describe() + ": " + errors.get(0).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors in the charter)" : ""));
        }
        return checker.check(calendar, charters, new Checker.Options(Set.of(), Set.of(), null, null, null, now));
    }

    /** The findings of {@link #run} at the current time. */
    public static List<Finding> findings(Calendar calendar) {
        return run(calendar, Instant.now()).findings();
    }
}
