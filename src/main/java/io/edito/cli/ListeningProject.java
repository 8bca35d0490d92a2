package io.edito.cli;

import io.edito.calendar.Workspace;
import io.edito.config.BrandConfig;
import io.edito.config.ListeningConfig;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Problem;
import io.edito.core.Suggest;
import io.edito.listen.MentionStore;
import io.edito.listen.MentionStores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * The {@code listening:} block a listening command works with: the project's (edito.yaml found upwards, a PATH or
 * --config), of the brand named by --brand or the only brand that has one. Problems in edito.yaml stop the
 * command (exit 2); problems in the calendar files do not concern listening and are left to validate.
 */
record ListeningProject(BrandConfig brand, ListeningConfig config, Path root, ProjectConfig project) {

    static ListeningProject load(CalendarInput input, EditoCommand root, String brandName, PrintWriter err) {
        Workspace.Loaded loaded = input.loadAll(root);
        Path file = loaded.config().file();
        List<Problem> own = loaded.problems().stream().filter(p -> file != null && file.equals(p.pos().file()))
                .toList();
        int errors = CalendarInput.printProblems(own, root, err);
        if (errors > 0) {
            throw new EditoException(ExitCode.INPUT, errors + (errors == 1 ? " error" : " errors") + " in " + file);
        }
        if (file == null) {
            throw EditoException.input("no edito.yaml found: listening is configured in a project's edito.yaml "
                    + "(docs/listening.md)");
        }
        List<BrandConfig> with = loaded.config().brands().values().stream().filter(b -> b.listening() != null)
                .toList();
        BrandConfig brand;
        if (brandName != null) {
            brand = loaded.config().brand(brandName).orElseThrow(() -> EditoException.input("no brand '" + brandName
                    + "' in " + file + Suggest.didYouMean(brandName, loaded.config().brands().keySet())));
            if (brand.listening() == null) {
                throw EditoException.input(file + ": brand '" + brandName + "' has no listening: block "
                        + "(docs/listening.md)");
            }
        } else if (with.isEmpty()) {
            throw EditoException.input(file + " has no listening: block (sources, keywords: see docs/listening.md)");
        } else if (with.size() > 1) {
            throw EditoException.input("several brands listen (" + String.join(", ", with.stream()
                    .map(BrandConfig::name).toList()) + "): name one with --brand");
        } else {
            brand = with.get(0);
        }
        return new ListeningProject(brand, brand.listening(), loaded.config().root(), loaded.config());
    }

    ZoneId zone(ZoneId override) {
        return override != null ? override : brand.zone() != null ? brand.zone() : ZoneId.systemDefault();
    }

    /** The store, created when missing. */
    MentionStore openStore() {
        return MentionStores.open(config.store(), System.getenv());
    }

    /** The store for reading: an empty one in memory when it does not exist yet (a read never creates it). */
    MentionStore readStore() {
        return MentionStores.openForRead(config.store(), System.getenv());
    }
}
