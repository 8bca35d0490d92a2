package io.edito.project;

import io.edito.calendar.Calendar;
import io.edito.calendar.Workspace;
import io.edito.charter.Charter;
import io.edito.check.RuleCatalog;
import io.edito.check.run.Charters;
import io.edito.config.ProjectConfig;
import io.edito.core.Problem;
import io.edito.core.Problems;
import io.edito.publish.Publishers;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A project as a command reads it, loaded once: edito.yaml and the calendar (with their problems), each brand's
 * charter, and the problems of the charters and of the {@code publish:} settings, each at its file:line:column. Not
 * judged: the command decides what stops it ({@code validate} reports everything, {@code check} stops on an error).
 *
 * @param workspace        edito.yaml and the calendar, with the problems of loading them
 * @param charters         each brand's charter (key: brand name; null for posts of no brand when one is given)
 * @param settingsProblems the problems of the {@code publishing:} and channels' {@code publish:} blocks
 * @param charterProblems  the problems of the charters
 */
public record Project(Workspace.Loaded workspace, Map<String, Charter> charters, List<Problem> settingsProblems,
                      List<Problem> charterProblems) {

    /**
     * The charters of {@code workspace}'s brands (or {@code charterOverride} for every brand), read the one way
     * charters are read, and the publish settings judged as {@code publish} reads them.
     *
     * @param rules the rules a charter may name
     */
    public static Project of(Workspace.Loaded workspace, Path charterOverride, RuleCatalog rules) {
        Problems settings = new Problems();
        Publishers.validate(workspace.config(), settings);
        Problems charterProblems = new Problems();
        Map<String, Charter> charters = Charters.load(workspace.calendar(), charterOverride, rules, charterProblems);
        // a charter's limits: are read when the checks start: validate read them not, and said "0 errors" where
        // check stopped at a misspelt key ("instagram.maxmedia")
        java.util.Set<Charter> judged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Charter c : charters.values()) {
            if (judged.add(c)) {
                try {
                    io.edito.network.Networks.defaults().withOverrides(c.networkOverrides());
                } catch (io.edito.core.EditoException e) {
                    charterProblems.error(e.pos(), e.detail());
                }
            }
        }
        return new Project(workspace, Collections.unmodifiableMap(charters), settings.all(), charterProblems.all());
    }

    public ProjectConfig config() {
        return workspace.config();
    }

    public Calendar calendar() {
        return workspace.calendar();
    }
}
