package io.edito.publish;

import io.edito.config.ProjectConfig;
import io.edito.config.SettingsBlock;
import io.edito.core.Durations;
import io.edito.core.EditoException;
import io.edito.core.Problems;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The {@code publishing:} block of edito.yaml (docs/publishing.md).
 *
 * @param ledger  where the ledger lives: a file resolved against the project root (default .edito/ledger.db), or a
 *                PostgreSQL database ({@code postgresql://...}, password from {@code ledger_password_env})
 * @param catchUp how late a missed post may still go out (default 6h)
 * @param ledgerPasswordEnv the variable holding the ledger database's password ({@code ledger_password_env}), or
 *                null; also used by {@code edito ledger migrate}
 */
public record PublishingSettings(LedgerLocation ledger, Duration catchUp, String ledgerPasswordEnv) {
    static final Duration DEFAULT_CATCH_UP = Duration.ofHours(6);

    public static PublishingSettings of(ProjectConfig config) {
        Path root = config.root();
        SettingsBlock block = config.publishing();
        if (block == null) {
            return new PublishingSettings(new LedgerLocation.File(root.resolve(Ledger.DEFAULT_PATH)),
                    DEFAULT_CATCH_UP, null);
        }
        Problems problems = new Problems();
        block.reportUnknownKeys(List.of("ledger", "catch_up", "ledger_password_env"), "publishing", problems);
        String ledger = block.string("ledger", problems);
        String catchUp = block.string("catch_up", problems);
        String passwordEnv = block.string("ledger_password_env", problems);
        Duration d = DEFAULT_CATCH_UP;
        if (catchUp != null) {
            d = Durations.parse(catchUp);
            if (d == null) {
                problems.error(block.valueAt("catch_up"), "catch_up must be a duration such as 6h or 90m (at most 366d), not '" + catchUp + "'");
            }
        }
        if (problems.hasErrors()) {
            throw EditoException.input(problems.all().get(0).pos(), problems.all().get(0).message());
        }
        LedgerLocation location = LedgerLocation.parse(ledger == null ? Ledger.DEFAULT_PATH.toString() : ledger, root,
                passwordEnv, "publishing.ledger", block.valueAt(ledger == null ? "ledger_password_env" : "ledger"));
        return new PublishingSettings(location, d, passwordEnv);
    }
}
