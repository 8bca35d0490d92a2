package io.edito.calendar;

import io.edito.config.BrandConfig;
import io.edito.config.ConfigLoader;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.Problem;
import io.edito.core.Problems;
import io.edito.core.SourcePos;
import io.edito.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a user typed (calendar paths, {@code --config}, {@code --tz}) into a loaded project and calendar.
 * <ul>
 *   <li>no path: edito.yaml is searched from the working folder upwards, like git;</li>
 *   <li>a folder holding edito.yaml, or an edito.yaml file: that project, all of its calendar;</li>
 *   <li>other files or folders: just those calendar files, with the edito.yaml above them if there is one.</li>
 * </ul>
 */
public final class Workspace {

    /** What the user asked to load. */
    public record Request(List<Path> paths, Path configFile, ZoneId tz, Path cwd) {
    }

    /** The loaded project and calendar, and every problem met on the way. */
    public record Loaded(ProjectConfig config, Calendar calendar, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private final YamlReader yaml;
    private final Set<String> networkIds;

    public Workspace(YamlReader yaml, Set<String> networkIds) {
        this.yaml = yaml;
        this.networkIds = networkIds;
    }

    public Loaded load(Request req) {
        Problems problems = new Problems();
        Path cwd = req.cwd().toAbsolutePath().normalize();
        Path configFile = req.configFile() == null ? null : display(cwd, req.configFile());
        if (configFile != null && !Files.exists(cwd.resolve(configFile))) { // before comparing it with a project given
            throw EditoException.input(SourcePos.ofFile(configFile), "no such file");
        }
        List<Path> calendarPaths = new ArrayList<>();
        for (Path p : req.paths()) {
            Path abs = cwd.resolve(p).normalize();
            boolean isProjectDir = Files.isDirectory(abs) && Files.isRegularFile(abs.resolve(ProjectConfig.FILE_NAME));
            boolean isProjectFile = Files.isRegularFile(abs) && abs.getFileName().toString().equals(ProjectConfig.FILE_NAME);
            if (isProjectDir || isProjectFile) {
                Path found = display(cwd, isProjectDir ? abs.resolve(ProjectConfig.FILE_NAME) : abs);
                if (configFile != null && !configFile.equals(found)) {
                    throw EditoException.input("two projects given (" + configFile + " and " + found
                            + "): run edito once per project");
                }
                configFile = found;
            } else {
                if (!Files.exists(abs)) {
                    throw EditoException.input(SourcePos.ofFile(display(cwd, abs)), io.edito.core.MissingPath.why(abs));
                }
                calendarPaths.add(display(cwd, abs));
            }
        }
        if (configFile == null) {
            Path start = calendarPaths.isEmpty() ? cwd : cwd.resolve(calendarPaths.get(0));
            Optional<Path> found = ConfigLoader.find(start);
            if (found.isPresent()) {
                configFile = display(cwd, found.get());
            } else if (calendarPaths.isEmpty()) {
                throw EditoException.input("no edito.yaml in " + cwd + " or any folder above it: run edito inside a "
                        + "calendar repository, or pass a project folder, calendar files or --config FILE");
            }
        }
        ProjectConfig config = configFile == null
                ? new ProjectConfig(null, cwd, Map.of(), null)
                : relativize(cwd, new ConfigLoader(yaml, networkIds).load(configFile, problems));
        List<CalendarLoader.Source> sources = new ArrayList<>();
        if (calendarPaths.isEmpty()) {
            for (BrandConfig brand : config.brands().values()) {
                for (Path c : brand.calendar()) {
                    addSources(sources, cwd, c, brand.name(), false, problems);
                }
            }
        } else {
            for (Path c : calendarPaths) {
                addSources(sources, cwd, c, brandOf(config, cwd.resolve(c)), Files.isRegularFile(cwd.resolve(c)),
                        problems);
            }
        }
        Calendar calendar = new CalendarLoader(yaml, networkIds).load(config, dedupe(sources), req.tz(), problems);
        return new Loaded(config, calendar, sorted(problems.all(), calendar.files()));
    }

    /** Problems in file order, then by line and column, so that they read like the files. */
    private static List<Problem> sorted(List<Problem> problems, List<Path> files) {
        java.util.Comparator<Problem> order = java.util.Comparator
                .comparingInt((Problem p) -> {
                    int i = p.pos().file() == null ? -1 : files.indexOf(p.pos().file());
                    return i < 0 ? -1 : i;
                })
                .thenComparingInt(p -> p.pos().line())
                .thenComparingInt(p -> p.pos().column());
        return problems.stream().sorted(order).toList();
    }

    /** @param named {@code path} is a file the user named (not a folder): see {@link CalendarLoader.Source} */
    private static void addSources(List<CalendarLoader.Source> out, Path cwd, Path path, String brand, boolean named,
                                   Problems problems) {
        try {
            for (Path f : CalendarFiles.expand(path, problems)) {
                if (!f.getFileName().toString().equals(ProjectConfig.FILE_NAME)) {
                    // the calendar folder may be the working folder itself (edito run in calendar/): its files are
                    // still shown relative to it, as in every report
                    out.add(new CalendarLoader.Source(display(cwd, f), brand, named));
                }
            }
        } catch (EditoException e) {
            problems.error(e.pos() != null ? e.pos() : SourcePos.ofFile(path), e.detail());
        }
    }

    private static List<CalendarLoader.Source> dedupe(List<CalendarLoader.Source> sources) {
        Set<Path> seen = new LinkedHashSet<>();
        List<CalendarLoader.Source> out = new ArrayList<>();
        for (CalendarLoader.Source s : sources) {
            if (seen.add(s.file().toAbsolutePath().normalize())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The brand whose calendar path holds {@code file}, or null. */
    private static String brandOf(ProjectConfig config, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (BrandConfig b : config.brands().values()) {
            for (Path c : b.calendar()) {
                if (abs.startsWith(c.toAbsolutePath().normalize())) {
                    return b.name();
                }
            }
        }
        return null;
    }

    /** Paths as the user would type them: relative to the working folder when inside it. */
    static Path display(Path cwd, Path p) {
        Path abs = cwd.resolve(p).toAbsolutePath().normalize();
        if (abs.startsWith(cwd) && !abs.equals(cwd)) {
            return cwd.relativize(abs);
        }
        return abs;
    }

    private static ProjectConfig relativize(Path cwd, ProjectConfig c) {
        Map<String, BrandConfig> brands = new LinkedHashMap<>();
        for (BrandConfig b : c.brands().values()) {
            List<Path> cal = b.calendar().stream().map(p -> display(cwd, p)).toList();
            brands.put(b.name() == null ? "brand" : b.name(), new BrandConfig(b.name(), b.displayName(), b.zone(),
                    b.languages(), cal, b.charter() == null ? null : display(cwd, b.charter()), b.channels(),
                    b.targets(), b.mappings(), b.metricFiles(), b.listening(), b.pos()));
        }
        return new ProjectConfig(c.file(), display(cwd, c.root()), brands, c.publishing());
    }
}
