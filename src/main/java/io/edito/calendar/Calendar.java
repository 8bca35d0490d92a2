package io.edito.calendar;

import io.edito.config.ProjectConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded editorial calendar: the project configuration and every post, in file order.
 *
 * @param files the calendar files read, in the order read
 * @param sources each file's lines, for printing the source line under a finding
 */
public record Calendar(ProjectConfig config, List<Post> posts, List<Path> files, Map<Path, List<String>> sources) {

    public Optional<Post> post(String id) {
        return posts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Line {@code line} (1-based) of {@code file}, or an empty string. */
    public String sourceLine(Path file, int line) {
        List<String> lines = sources.get(file);
        if (lines == null || line < 1 || line > lines.size()) {
            return "";
        }
        return lines.get(line - 1);
    }
}
