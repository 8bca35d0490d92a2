package io.edito.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.calendar.Workspace;
import io.edito.charter.Charter;
import io.edito.check.CheckResult;
import io.edito.check.run.Charters;
import io.edito.check.run.Checker;
import io.edito.core.Problems;
import io.edito.network.Networks;
import io.edito.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuzz targets only find bugs past the loaders if their fixed project loads cleanly and reaches the checks. */
class FuzzProjectTest {

    @Test
    void theFuzzingProjectLoadsWithoutErrorsAndItsChecksFindSomething() {
        Path dir = Fuzz.project();
        Workspace.Loaded loaded = new Workspace(new YamlReader(), Fuzz.NETWORKS)
                .load(new Workspace.Request(List.of(dir), null, null, Path.of("")));
        assertThat(loaded.problems()).filteredOn(io.edito.core.Problem::isError).isEmpty();
        assertThat(loaded.calendar().posts()).hasSizeGreaterThanOrEqualTo(3);
        Checker checker = new Checker(Networks.defaults());
        Problems problems = new Problems();
        Map<String, Charter> charters = Charters.load(loaded.calendar(), null, checker.catalog(), problems);
        assertThat(problems.all()).filteredOn(io.edito.core.Problem::isError).isEmpty();
        assertThat(charters).containsKey("atlas-air");
        CheckResult result = checker.check(loaded.calendar(), charters,
                new Checker.Options(Set.of(), Set.of(), null, null, null, Fuzz.NOW));
        assertThat(result.findings()).isNotEmpty();
    }
}
