package io.edito.cli.completion;

import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.config.BrandConfig;
import io.edito.network.Networks;
import io.edito.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values completed from the calendar at TAB time: post ids, channels and brands of the project that the
 * command line being typed would read (its project folder or calendar paths and {@code --config}, else the
 * project of the working folder). Never throws: completion must stay silent.
 */
public final class Candidates {
    private final Set<String> valueOptions;
    private final Path cwd;

    /**
     * @param valueOptions every option name that takes a value (its value is not a path to read)
     * @param cwd          the working folder
     */
    public Candidates(Set<String> valueOptions, Path cwd) {
        this.valueOptions = Set.copyOf(valueOptions);
        this.cwd = cwd;
    }

    /** The values of {@code kind} for the command line {@code words} (without the program name). */
    public List<String> of(CommandTree.Dynamic kind, List<String> words) {
        Workspace.Loaded loaded;
        try {
            loaded = load(words);
        } catch (RuntimeException e) {
            loaded = null; // no project here, or an unreadable one: complete what does not need it
        }
        Set<String> out = new LinkedHashSet<>();
        switch (kind) {
            case POSTS -> {
                if (loaded != null) {
                    loaded.calendar().posts().forEach(p -> out.add(p.id()));
                }
            }
            case BRANDS -> {
                if (loaded != null) {
                    out.addAll(loaded.config().brands().keySet());
                    loaded.calendar().posts().stream().map(Post::brand).filter(b -> b != null).forEach(out::add);
                }
            }
            case CHANNELS -> {
                if (loaded != null) {
                    for (BrandConfig b : loaded.config().brands().values()) {
                        out.addAll(b.channels().keySet());
                    }
                    loaded.calendar().posts().forEach(p -> out.addAll(p.channels()));
                }
                if (out.isEmpty()) {
                    out.addAll(Networks.defaults().ids());
                }
            }
        }
        out.removeIf(v -> v == null || v.isBlank() || v.chars().anyMatch(Character::isWhitespace));
        return List.copyOf(out);
    }

    private Workspace.Loaded load(List<String> words) {
        Path config = null;
        List<Path> paths = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!optionsEnded && w.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && w.startsWith("--config=")) {
                config = Path.of(w.substring("--config=".length()));
            } else if (!optionsEnded && w.startsWith("-")) {
                if (!w.contains("=") && valueOptions.contains(w) && i + 1 < words.size()) {
                    if (w.equals("--config")) {
                        config = Path.of(words.get(i + 1));
                    }
                    i++;
                }
            } else if (isCalendarPath(w)) {
                paths.add(Path.of(w));
            }
        }
        return new Workspace(new YamlReader(), Set.copyOf(Networks.defaults().ids()))
                .load(new Workspace.Request(paths, config, null, cwd));
    }

    /** A folder, or a YAML file: what a calendar path can be (CSV exports of report are not). */
    private boolean isCalendarPath(String word) {
        try {
            Path p = cwd.resolve(word);
            return Files.isDirectory(p) || Files.isRegularFile(p) && io.edito.calendar.CalendarFiles.isYaml(p);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
