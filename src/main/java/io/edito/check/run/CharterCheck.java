package io.edito.check.run;

import io.edito.calendar.Calendar;
import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Problem;
import io.edito.core.Problems;
import io.edito.charter.Charter;
import io.edito.network.NetworkRegistry;
import io.edito.network.Networks;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The whole calendar checked against each brand's charter: what preview and publish need from {@code check}. */
public final class CharterCheck {
    private CharterCheck() {
    }

    /** Every finding of the calendar at {@code now}; a charter with errors is an input error naming the first. */
    public static CheckResult run(Calendar calendar, Instant now) {
        Checker checker = new Checker(Networks.defaults());
        return run(calendar, checker, charters(calendar, checker), now);
    }

    private static CheckResult run(Calendar calendar, Checker checker, Map<String, Charter> charters, Instant now) {
        return checker.check(calendar, charters, new Checker.Options(Set.of(), Set.of(), null, null, null, now));
    }

    /** Each brand's charter (key null: posts of no brand); a charter with errors is an input error naming the first. */
    private static Map<String, Charter> charters(Calendar calendar, Checker checker) {
        Problems problems = new Problems();
        Map<String, Charter> charters = Charters.load(calendar, null, checker.catalog(), problems);
        List<Problem> errors = problems.all().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new EditoException(ExitCode.INPUT, errors.get(0).pos().describe() + ": " + errors.get(0).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors in the charter)" : ""));
        }
        return charters;
    }

    /**
     * What a preview shows of the checks, its charters read once for both.
     *
     * @param findings        every finding of the calendar at the current time ({@link #run})
     * @param networksByBrand the network facts of each brand (key null: posts of no brand): {@code base} with its
     *                        charter's {@code limits:}, as {@code check} reads them, so that a preview's lengths,
     *                        folds and crops are check's
     */
    public record ForPreview(List<Finding> findings, Map<String, NetworkRegistry> networksByBrand) {
    }

    /** {@link ForPreview} of {@code calendar}, its network facts {@code base} as each brand's charter changes them. */
    public static ForPreview forPreview(Calendar calendar, NetworkRegistry base) {
        Checker checker = new Checker(Networks.defaults());
        Map<String, Charter> charters = charters(calendar, checker);
        Map<String, NetworkRegistry> networks = new HashMap<>();
        for (Map.Entry<String, Charter> e : charters.entrySet()) {
            networks.put(e.getKey(), base.withOverrides(e.getValue().networkOverrides()));
        }
        return new ForPreview(run(calendar, checker, charters, Instant.now()).findings(), networks);
    }
}
